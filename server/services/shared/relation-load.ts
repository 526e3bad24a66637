// How a paged list loads its rows' relations (Prisma's relationJoins, issue 6).

/**
 * "join" loads the relations in the page's own statement (one round trip instead of one per relation), but
 * PostgreSQL builds them for every row a sort or OFFSET passes over. Measured at country scale: agreements sorted by
 * partner 235 ms instead of 16, the last list page 0.57 s in the database, the dashboard's five working groups 32 ms.
 * So a page loads its relations in extra queries, for its own rows only, unless it is read in an index's order near
 * the start (relationLoadFor).
 */
export const PAGE_RELATIONS = "query" as const;

/** Up to this many skipped rows a page read in an index's order gains from "join". */
const JOIN_MAX_SKIP = 100;

export function relationLoadFor(page: { skip: number; indexOrdered: boolean }): "join" | "query" {
  return page.indexOrdered && page.skip <= JOIN_MAX_SKIP ? "join" : PAGE_RELATIONS;
}
