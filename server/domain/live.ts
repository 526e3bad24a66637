// Which of the browser's cached answers a committed change can affect (issue 20): the change feed names the record
// kind that changed (the audit trail's entity), the browser drops exactly the answers of these tRPC routers.
// Pure: used by the live stream in the browser and by its tests.

/** Routers whose answers show records of each kind (lists and pages join partners, agreements, people …). */
const AFFECTS: Record<string, readonly string[]> = {
  AGREEMENT: ["agreement", "partner", "workingGroup", "activity", "cooperationArea", "statistics", "audit", "timeline"],
  PARTNER: ["partner", "agreement", "activity", "statistics", "audit", "timeline"],
  PERSON: ["person", "agreement", "workingGroup", "activity", "audit"],
  ACTIVITY: ["activity", "agreement", "partner", "person", "statistics", "audit", "timeline"],
  WORKING_GROUP: ["workingGroup", "agreement", "person", "statistics", "audit"],
  MILESTONE: ["workingGroup", "agreement", "statistics", "audit"],
  USER: ["account", "audit"],
  /** A saved view changes no record: only the lists' menus of views. */
  SAVED_VIEW: ["savedView", "audit"],
  /** An admin's "send now": the mail runs' overview and the audit trail. */
  MAIL: ["mail", "audit"],
};

/** Every router but the account's: what a record kind this table does not know yet may affect. */
const ALL_RECORDS = [
  "agreement",
  "partner",
  "workingGroup",
  "activity",
  "person",
  "cooperationArea",
  "statistics",
  "audit",
  "timeline",
];

/**
 * Pages drawn on the server from a router's answer (no cached query to drop): rendered again when a change affects
 * that router. The timeline is server-rendered SVG (issue 21).
 */
export const SERVER_RENDERED_PAGES: readonly { path: RegExp; router: string }[] = [
  { path: /^\/timeline\/?$/, router: "timeline" },
];

export function routersAffectedBy(entity: string): readonly string[] {
  return AFFECTS[entity] ?? ALL_RECORDS;
}

/** Record kinds whose ids a viewer's stream leaves out: people are personal data, accounts are admins' business. */
export const PERSONAL_ENTITIES: ReadonlySet<string> = new Set(["PERSON", "USER"]);
