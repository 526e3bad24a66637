// The agreement list's "valid until" filter values (server/lists/agreements.ts): here, free of the list's schemas, so
// the filter panel in the browser names them without loading zod.

/** "valid until": runs out within 30/90/180 days or has passed (agreements in force), is set, or is not set. */
export const VALID_UNTIL_FILTERS = ["within30", "within90", "within180", "passed", "set", "none"] as const;
export type ValidUntilFilter = (typeof VALID_UNTIL_FILTERS)[number];
