// German messages of the export menus (m.export.*).
const exportMessages = {
  menu: "Exportieren",
  menuOf: "Exportieren: {what}",
  csv: "CSV (Excel, Semikolon)",
  xlsx: "Excel-Arbeitsmappe (XLSX)",
  pdfReport: "Partnerschaftsbericht (PDF)",
  pdfDossier: "Dossier dieser Vereinbarung (PDF)",
  annualReport: "Jahresbericht {year, number, ::group-off} (PDF)",
  annualReportOf: "Jahresbericht für",
  annualReportButton: "Jahresbericht herunterladen",
  filteredHint: "Mit den aktuellen Filtern und der Sortierung der Liste, alle Seiten.",
  kinds: {
    agreements: "Vereinbarungen",
    workingGroups: "Arbeitsgruppen mit Meilensteinen",
    activities: "Aktivitäten",
    people: "Personen",
    audit: "Änderungsprotokoll",
    partners: "Partner",
    commitments: "Zusagen",
  },
  ofAgreement: "dieser Vereinbarung",
  ofPartner: "mit diesem Partner",
};

export default exportMessages;
