// The partner list input a URL describes (?q=…&continent=…&country=…&kind=…&sort=…&dir=…&page=…). Used by the
// server prefetch and the client list alike, so both ask for the same query; invalid values are left out.
import { z } from "zod";
import { type SearchParamsLike, ZCountryCode } from "@/server/schemas/agreement";
import { ZSearch } from "@/server/schemas/common";
import { PARTNER_SORT_KEYS, type TPartnerListInput, ZContinent, ZPartnerKind } from "@/server/schemas/partner";

export function partnerListInputFromSearchParams(params: SearchParamsLike): TPartnerListInput {
  const valid = <T>(schema: z.ZodType<T>, value: unknown): T | undefined => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  const list = <T>(schema: z.ZodType<T>, name: string): T[] | undefined => {
    const values = params
      .getAll(name)
      .map((value) => valid(schema, value))
      .filter((value): value is T => value !== undefined);
    return values.length ? values : undefined;
  };
  const page = params.get("page");
  return {
    q: valid(ZSearch, params.get("q") ?? undefined) || undefined,
    continent: list(ZContinent, "continent"),
    country: list(ZCountryCode, "country"),
    kind: valid(ZPartnerKind, params.get("kind")),
    sort: valid(z.enum(PARTNER_SORT_KEYS), params.get("sort")),
    dir: valid(z.enum(["asc", "desc"]), params.get("dir")),
    page: page && /^\d{1,6}$/.test(page) ? valid(z.number().int().min(1).max(100_000), Number(page)) : undefined,
  };
}
