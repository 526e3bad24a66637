// English messages of the account administration, the audit page and record histories (m.admin.*).
const admin: typeof import("../de/admin").default = {
  nav: "Administration",
  accountsTitle: "Accounts",
  auditTitle: "Audit trail",
};

export default admin;
