// The people list: its URL (?q=…&side=…&partner=…&sort=…&dir=…&page=…), its input and its orders.
import { z } from "zod";
import { ZId } from "../schemas/common";
import { listColumns } from "./columns";
import { defineRecordList, int, one, oneOf } from "./define";

/** "cologne": people of the city's own side (no partner); "partner": people of any partner city. */
export const PERSON_SIDES = ["cologne", "partner"] as const;

const FILTERS = {
  side: one("side", z.enum(PERSON_SIDES), oneOf(PERSON_SIDES)),
  partnerId: int("partner", ZId, "a partner's id"),
};

/** q searches name, role, organisation and notes. */
export const personList = defineRecordList({
  path: "/people",
  /** The table's columns; the name links to the record and always shows. */
  columns: listColumns(["name", "role", "organisation", "partner"], ["name"]),
  filters: FILTERS,
  sorts: {
    keys: { name: {}, organisation: { nullsLast: true }, updatedAt: {} },
    tieBreakers: [{ path: ["name"] }, { path: ["id"] }],
  },
  defaultSort: "name",
});

export const ZPersonListInput = personList.schema;
export type TPersonListInput = z.input<typeof ZPersonListInput>;
export type TPersonListQuery = z.output<typeof ZPersonListInput>;
