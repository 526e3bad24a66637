// Saved views: a named filter, sort and choice of columns (?cols=…, server/lists/columns.ts) of a list, stored as
// the list's URL query. The lists that can have them, and the input schemas of the saved-view procedures. A stored query is read with the list's own definition, strictly,
// when it is saved and again whenever it is shown: a view whose filter no longer parses says so (and which
// parameter), instead of opening a list that silently shows something else.
import { z } from "zod";
import { cleanText, requiredText, ZId, ZVersion } from "../schemas/common";
import { activityList } from "./activities";
import { agreementList } from "./agreements";
import { COLUMNS_PARAM, strictColumnsValue } from "./columns";
import { commitmentList } from "./commitments";
import { ParameterError } from "./define";
import { partnerList } from "./partners";
import { personList } from "./people";
import { workingGroupList } from "./working-groups";

/** The lists with saved views, by the name stored with a view. */
export const SAVED_VIEW_LISTS = {
  agreements: agreementList,
  partners: partnerList,
  workingGroups: workingGroupList,
  commitments: commitmentList,
  activities: activityList,
  people: personList,
} as const;
export type SavedViewList = keyof typeof SAVED_VIEW_LISTS;
export const SAVED_VIEW_LIST_NAMES = Object.keys(SAVED_VIEW_LISTS) as [SavedViewList, ...SavedViewList[]];

/** A URL query of at most this many characters (the column's length). */
export const SAVED_VIEW_QUERY_MAX = 4000;

const ZName = cleanText(requiredText(100));

export const ZSavedViewListInput = z.strictObject({ list: z.enum(SAVED_VIEW_LIST_NAMES) });
export const ZSavedViewCreateInput = z.strictObject({
  list: z.enum(SAVED_VIEW_LIST_NAMES),
  name: ZName,
  /** The list's URL query, with or without "?". */
  query: z.string().max(SAVED_VIEW_QUERY_MAX),
  shared: z.boolean().default(false),
});
export const ZSavedViewUpdateInput = z.strictObject({
  id: ZId,
  version: ZVersion,
  name: ZName,
  shared: z.boolean(),
});
export const ZSavedViewDeleteInput = z.strictObject({ id: ZId });

/**
 * The stored form of a list's query: read strictly with the list's definition (a bad parameter → ParameterError),
 * then written back by it, without the page (a view is a filter, a sort and the shown columns, not a place in the
 * results). The columns come last, in the list's order; a view showing every column has none.
 */
export function normaliseViewQuery(list: SavedViewList, query: string): string {
  const definition = SAVED_VIEW_LISTS[list];
  const params = new URLSearchParams(query.startsWith("?") ? query.slice(1) : query);
  definition.strictFromSearchParams(params);
  const columns = definition.columns ? strictColumnsValue(definition.columns, params) : [];
  const input = definition.fromSearchParams(params) as Record<string, unknown>;
  const normal = definition.toSearchParams({ ...input, page: undefined });
  for (const key of columns) normal.append(COLUMNS_PARAM, key);
  return normal.toString();
}

/** Why a stored query cannot be opened any more (its parameter and what is wrong), or null if it can. */
export function viewQueryProblem(list: string, query: string): { parameter: string; message: string } | null {
  if (!(list in SAVED_VIEW_LISTS)) return { parameter: "list", message: `no list named ${list}` };
  try {
    normaliseViewQuery(list as SavedViewList, query);
    return null;
  } catch (error) {
    if (error instanceof ParameterError) return { parameter: error.parameter, message: error.message };
    throw error;
  }
}

/** The list screen's address showing the view. */
export function viewHref(list: SavedViewList, query: string): string {
  const path = SAVED_VIEW_LISTS[list].path;
  return query ? `${path}?${query}` : path;
}
