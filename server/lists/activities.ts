// The activity list: its URL (?type=…&year=…&partner=…&agreement=…&area=…&q=…&sort=…&dir=…&page=…), its input and
// its orders.
import { z } from "zod";
import { ACTIVITY_TYPES } from "../domain/enums";
import { ZActivityType } from "../schemas/activity";
import { ZAreaCode } from "../schemas/agreement";
import { MAX_YEAR, MIN_YEAR, ZId } from "../schemas/common";
import { listColumns } from "./columns";
import { defineList, filterFields, int, listInput, many, one, oneOf, type SearchParamsLike } from "./define";

export const ACTIVITY_SORT_KEYS = ["startOn", "title", "type"] as const;

const FILTERS = {
  type: many("type", ZActivityType, oneOf(ACTIVITY_TYPES), 20),
  /** Calendar year of the start date. */
  year: int("year", z.number().int().min(MIN_YEAR).max(MAX_YEAR), "a year from 1000 to 2200"),
  partnerId: int("partner", ZId, "a partner's id"),
  agreementId: int("agreement", ZId, "an agreement's id"),
  area: one("area", ZAreaCode, "an area code, e.g. ECONOMY"),
};

export const ZActivityListInput = listInput(filterFields(FILTERS), ACTIVITY_SORT_KEYS, "startOn");
export type TActivityListInput = z.input<typeof ZActivityListInput>;
export type TActivityListQuery = z.output<typeof ZActivityListInput>;

export const activityList = defineList<TActivityListInput, TActivityListQuery, TActivityListQuery["sort"]>({
  path: "/activities",
  /** The table's columns; the name links to the record and always shows. */
  columns: listColumns(["dates", "title", "type", "place", "partner"], ["title"]),
  schema: ZActivityListInput,
  params: FILTERS,
  sorts: {
    keys: {
      startOn: { path: ["startOn"] },
      title: { path: ["title"] },
      type: { path: ["type"], enumValues: ACTIVITY_TYPES },
    },
    tieBreakers: [{ path: ["id"] }],
  },
});

export function activityListInputFromSearchParams(params: SearchParamsLike): TActivityListInput {
  return activityList.fromSearchParams(params);
}
