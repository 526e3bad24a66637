// The activity list input that a URL describes (?type=…&year=…&partner=…&agreement=…&area=…&q=…&sort=…&dir=…
// &page=…). Used by the server prefetch and the client list alike; invalid values are left out.
import {
  ACTIVITY_SORT_KEYS,
  type TActivityListInput,
  ZActivityListInput,
  ZActivityType,
} from "@/server/schemas/activity";
import { ZAreaCode } from "@/server/schemas/agreement";
import { ZId } from "@/server/schemas/common";
import { type SearchParamsLike, searchParamReader } from "@/server/schemas/search-params";

export function activityListInputFromSearchParams(params: SearchParamsLike): TActivityListInput {
  const { one, many, number, searchSortAndPage } = searchParamReader(params);
  return {
    type: many(ZActivityType, "type"),
    year: number(ZActivityListInput.shape.year, "year"),
    partnerId: number(ZId, "partner"),
    agreementId: number(ZId, "agreement"),
    area: one(ZAreaCode, "area"),
    ...searchSortAndPage(ACTIVITY_SORT_KEYS),
  };
}
