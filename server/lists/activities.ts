// The activity list: its URL (?type=…&year=…&partner=…&agreement=…&area=…&q=…&sort=…&dir=…&page=…), its input and
// its orders.
import { z } from "zod";
import { ACTIVITY_TYPES } from "../domain/enums";
import { ZActivityType } from "../schemas/activity";
import { ZAreaCode } from "../schemas/agreement";
import { MAX_YEAR, MIN_YEAR, ZId } from "../schemas/common";
import { listColumns } from "./columns";
import { defineRecordList, int, many, one, oneOf } from "./define";

const FILTERS = {
  type: many("type", ZActivityType, oneOf(ACTIVITY_TYPES), 20),
  /** Calendar year of the start date. */
  year: int("year", z.number().int().min(MIN_YEAR).max(MAX_YEAR), "a year from 1000 to 2200"),
  partnerId: int("partner", ZId, "a partner's id"),
  agreementId: int("agreement", ZId, "an agreement's id"),
  area: one("area", ZAreaCode, "an area code, e.g. ECONOMY"),
};

export const activityList = defineRecordList({
  path: "/activities",
  /** The table's columns; the name links to the record and always shows. */
  columns: listColumns(["dates", "title", "type", "place", "partner"], ["title"]),
  filters: FILTERS,
  sorts: { keys: { startOn: {}, title: {}, type: { enumValues: ACTIVITY_TYPES } } },
  defaultSort: "startOn",
});

export const ZActivityListInput = activityList.schema;
export type TActivityListInput = z.input<typeof ZActivityListInput>;
export type TActivityListQuery = z.output<typeof ZActivityListInput>;
