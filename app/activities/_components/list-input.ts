// The activity list input that a URL describes (?type=…&year=…&partner=…&agreement=…&area=…&q=…&sort=…&dir=…
// &page=…). Used by the server prefetch and the client list alike; invalid values are left out.
import { z } from "zod";
import {
  ACTIVITY_SORT_KEYS,
  type TActivityListInput,
  ZActivityListInput,
  ZActivityType,
} from "@/server/schemas/activity";
import { type SearchParamsLike, ZAreaCode } from "@/server/schemas/agreement";
import { ZId } from "@/server/schemas/common";

export function activityListInputFromSearchParams(params: SearchParamsLike): TActivityListInput {
  const valid = <T>(schema: z.ZodType<T>, value: unknown): T | undefined => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  const int = (name: string) => {
    const text = params.get(name);
    return text && /^\d{1,9}$/.test(text) ? Number(text) : undefined;
  };
  const type = params
    .getAll("type")
    .map((value) => valid(ZActivityType, value))
    .filter((value) => value !== undefined);
  const shape = ZActivityListInput.shape;
  return {
    type: type.length ? type : undefined,
    year: valid(shape.year, int("year")),
    partnerId: valid(ZId, int("partner")),
    agreementId: valid(ZId, int("agreement")),
    area: valid(ZAreaCode, params.get("area") ?? undefined),
    q: valid(shape.q, params.get("q") ?? undefined) || undefined,
    sort: valid(z.enum(ACTIVITY_SORT_KEYS), params.get("sort")),
    dir: valid(z.enum(["asc", "desc"]), params.get("dir")),
    page: valid(z.number().int().min(1).max(100_000), int("page")),
  };
}
