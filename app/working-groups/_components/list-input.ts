// The working-group list input that a URL describes (?status=…&agreement=…&q=…&sort=…&dir=…&page=…). Used by the
// server prefetch and the client list alike, so both ask for the same query; invalid values are left out.
import { z } from "zod";
import type { SearchParamsLike } from "@/server/schemas/agreement";
import { ZId } from "@/server/schemas/common";
import {
  type TWorkingGroupListInput,
  WORKING_GROUP_SORT_KEYS,
  ZWorkingGroupListInput,
  ZWorkingGroupStatus,
} from "@/server/schemas/working-group";

export function workingGroupListInputFromSearchParams(params: SearchParamsLike): TWorkingGroupListInput {
  const valid = <T>(schema: z.ZodType<T>, value: unknown): T | undefined => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  const int = (name: string) => {
    const text = params.get(name);
    return text && /^\d{1,9}$/.test(text) ? Number(text) : undefined;
  };
  const status = params
    .getAll("status")
    .map((value) => valid(ZWorkingGroupStatus, value))
    .filter((value) => value !== undefined);
  return {
    status: status.length ? status : undefined,
    agreementId: valid(ZId, int("agreement")),
    q: valid(ZWorkingGroupListInput.shape.q, params.get("q") ?? undefined) || undefined,
    sort: valid(z.enum(WORKING_GROUP_SORT_KEYS), params.get("sort")),
    dir: valid(z.enum(["asc", "desc"]), params.get("dir")),
    page: valid(z.number().int().min(1).max(100_000), int("page")),
  };
}
