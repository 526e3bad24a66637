// The people list input a URL describes (?q=…&side=…&partner=…&sort=…&dir=…&page=…). Used by the server prefetch
// and the client list alike, so both ask for the same query; invalid values are left out.
import { z } from "zod";
import type { SearchParamsLike } from "@/server/schemas/agreement";
import { ZId, ZSearch } from "@/server/schemas/common";
import { PERSON_SIDES, PERSON_SORT_KEYS, type TPersonListInput } from "@/server/schemas/person";

export function personListInputFromSearchParams(params: SearchParamsLike): TPersonListInput {
  const valid = <T>(schema: z.ZodType<T>, value: unknown): T | undefined => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  const int = (name: string) => {
    const text = params.get(name);
    return text && /^\d{1,9}$/.test(text) ? Number(text) : undefined;
  };
  return {
    q: valid(ZSearch, params.get("q") ?? undefined) || undefined,
    side: valid(z.enum(PERSON_SIDES), params.get("side")),
    partnerId: valid(ZId, int("partner")),
    sort: valid(z.enum(PERSON_SORT_KEYS), params.get("sort")),
    dir: valid(z.enum(["asc", "desc"]), params.get("dir")),
    page: valid(z.number().int().min(1).max(100_000), int("page")),
  };
}
