// English messages of the export menus (m.export.*); the shape must match the German ones.
const exportMessages: typeof import("../de/export").default = {
  menu: "Export",
  menuOf: "Export: {what}",
  csv: "CSV (Excel, semicolon)",
  xlsx: "Excel workbook (XLSX)",
  pdfReport: "Partnership report (PDF)",
  pdfDossier: "Dossier of this agreement (PDF)",
  annualReport: "Annual report {year, number, ::group-off} (PDF)",
  annualReportOf: "Annual report for",
  annualReportButton: "Download the annual report",
  filteredHint: "With the list's current filters and sort order, all pages.",
  kinds: {
    agreements: "Agreements",
    workingGroups: "Working groups with milestones",
    activities: "Activities",
    people: "People",
    audit: "Audit trail",
    partners: "Partners",
    commitments: "Commitments",
  },
  ofAgreement: "of this agreement",
  ofPartner: "with this partner",
};

export default exportMessages;
