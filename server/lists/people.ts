// The people list: its URL (?q=…&side=…&partner=…&sort=…&dir=…&page=…), its input and its orders.
import { z } from "zod";
import { ZId } from "../schemas/common";
import { listColumns } from "./columns";
import { defineList, filterFields, int, listInput, one, oneOf, type SearchParamsLike } from "./define";

/** "cologne": people of the city's own side (no partner); "partner": people of any partner city. */
export const PERSON_SIDES = ["cologne", "partner"] as const;
export const PERSON_SORT_KEYS = ["name", "organisation", "updatedAt"] as const;

const FILTERS = {
  side: one("side", z.enum(PERSON_SIDES), oneOf(PERSON_SIDES)),
  partnerId: int("partner", ZId, "a partner's id"),
};

/** q searches name, role, organisation and notes. */
export const ZPersonListInput = listInput(filterFields(FILTERS), PERSON_SORT_KEYS, "name");
export type TPersonListInput = z.input<typeof ZPersonListInput>;
export type TPersonListQuery = z.output<typeof ZPersonListInput>;

export const personList = defineList<TPersonListInput, TPersonListQuery, TPersonListQuery["sort"]>({
  path: "/people",
  /** The table's columns; the name links to the record and always shows. */
  columns: listColumns(["name", "role", "organisation", "partner"], ["name"]),
  schema: ZPersonListInput,
  params: FILTERS,
  sorts: {
    keys: {
      name: { path: ["name"] },
      organisation: { path: ["organisation"], nullsLast: true },
      updatedAt: { path: ["updatedAt"] },
    },
    tieBreakers: [{ path: ["name"] }, { path: ["id"] }],
  },
});

export function personListInputFromSearchParams(params: SearchParamsLike): TPersonListInput {
  return personList.fromSearchParams(params);
}
