// The working-group list input that a URL describes (?status=…&agreement=…&q=…&sort=…&dir=…&page=…). Used by the
// server prefetch and the client list alike, so both ask for the same query; invalid values are left out.

import { z } from "zod";
import { ZId } from "@/server/schemas/common";
import { type SearchParamsLike, searchParamReader } from "@/server/schemas/search-params";
import {
  MILESTONE_FILTERS,
  type TWorkingGroupListInput,
  WORKING_GROUP_SORT_KEYS,
  ZWorkingGroupStatus,
} from "@/server/schemas/working-group";

export function workingGroupListInputFromSearchParams(params: SearchParamsLike): TWorkingGroupListInput {
  const { one, many, number, searchSortAndPage } = searchParamReader(params);
  return {
    status: many(ZWorkingGroupStatus, "status"),
    agreementId: number(ZId, "agreement"),
    milestones: one(z.enum(MILESTONE_FILTERS), "milestones"),
    ...searchSortAndPage(WORKING_GROUP_SORT_KEYS),
  };
}
