// The people list input a URL describes (?q=…&side=…&partner=…&sort=…&dir=…&page=…). Used by the server prefetch
// and the client list alike, so both ask for the same query; invalid values are left out.
import { z } from "zod";
import { ZId } from "@/server/schemas/common";
import { PERSON_SIDES, PERSON_SORT_KEYS, type TPersonListInput } from "@/server/schemas/person";
import { type SearchParamsLike, searchParamReader } from "@/server/schemas/search-params";

export function personListInputFromSearchParams(params: SearchParamsLike): TPersonListInput {
  const { one, number, searchSortAndPage } = searchParamReader(params);
  return {
    side: one(z.enum(PERSON_SIDES), "side"),
    partnerId: number(ZId, "partner"),
    ...searchSortAndPage(PERSON_SORT_KEYS),
  };
}
