// English messages of the erasure of a person's personal data under GDPR Art. 17 (m.erasure.*).
const erasure: typeof import("../de/erasure").default = {
  title: "Erase personal data (GDPR Art. 17)",
  hint: "Name, function, organisation, e-mail address, notes and source are removed from the record and from the audit trail. What stays: the side (Cologne or a partner city), the links to working groups and activities, and that, when and by whom something was changed. This cannot be undone.",
  button: "Erase personal data …",
  question:
    "Erase the personal data of “{name}” for good? It also disappears from the audit trail and from every future export and backup.",
  confirm: "Erase for good",
  done: "The personal data has been erased.",
  erased: "This person's personal data was erased on {at} by {by} (GDPR Art. 17).",
};

export default erasure;
