// German messages of the people screens (m.person.*).
const person = {
  listTitle: "Personen",
  newTitle: "Neue Person",
  editTitle: "Person bearbeiten",
  create: "Person anlegen",
  searchPlaceholder: "Name, Funktion, Organisation, Notizen",
  side: "Seite",
  sideCologne: "Köln",
  sidePartner: "Partnerstadt",
  cologneSide: "Köln (kein Partner)",
  partnerHint: "Leer lassen für Personen der Kölner Seite.",
  email: "E-Mail",
  emailHint: "name@example.org",
  general: "Allgemein",
  contact: "Kontakt",
  activities: "Aktivitäten",
  noActivities: "Keine Teilnahme an Aktivitäten erfasst.",
  workingGroups: "Arbeitsgruppen",
  noWorkingGroups: "Keine Arbeitsgruppen erfasst.",
  roleIn: "Rolle: {role}",
  member: "Mitglied",
  leadCologne: "Leitung Kölner Seite",
  leadPartner: "Leitung Partnerseite",
  lastUpdated: "Zuletzt geändert",
};

export default person;
