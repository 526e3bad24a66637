// German messages of the account administration, the audit page and record histories (m.admin.*).
const admin = {
  nav: "Verwaltung",
  accountsTitle: "Benutzerkonten",
  auditTitle: "Änderungsprotokoll",
};

export default admin;
