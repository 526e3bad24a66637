// The dashboard's list queries, shared by the page (which prefetches them on the server) and the client component.
// A plain module: constants exported from a "use client" module reach server code as client references, not values.

import type { TWorkingGroupListInput } from "@/server/lists/working-groups";

export const WORKING_GROUPS_INPUT: TWorkingGroupListInput = { sort: "updatedAt", dir: "desc", pageSize: 5 };

/** The agreements in force today as a list query, for the links of the figures and the charts. */
export const IN_FORCE_QUERY = "inForce=1";
