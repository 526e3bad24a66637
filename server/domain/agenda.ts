// The kinds of entries on the agenda: an agreement running out, a milestone, a commitment, an anniversary of a
// signing, a human-rights review. Pure: the catalogue, the list definition and the browser use it.
export const AGENDA_KINDS = ["VALID_UNTIL", "MILESTONE", "COMMITMENT", "ANNIVERSARY", "REVIEW"] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];
