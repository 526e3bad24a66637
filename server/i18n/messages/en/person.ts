// English messages of the people screens (m.person.*); the shape must match the German ones.
const person: typeof import("../de/person").default = {
  listTitle: "People",
  newTitle: "New person",
  editTitle: "Edit person",
  create: "Add person",
  searchPlaceholder: "Name, role, organisation, notes",
  side: "Side",
  sideCologne: "Cologne",
  sidePartner: "Partner city",
  cologneSide: "Cologne (no partner)",
  partnerHint: "Leave empty for people on the Cologne side.",
  email: "E-mail",
  emailHint: "name@example.org",
  general: "General",
  contact: "Contact",
  activities: "Activities",
  noActivities: "No participation in activities recorded.",
  workingGroups: "Working groups",
  noWorkingGroups: "No working groups recorded.",
  roleIn: "Role: {role}",
  member: "Member",
  leadCologne: "Lead, Cologne side",
  leadPartner: "Lead, partner side",
  lastUpdated: "Last changed",
};

export default person;
