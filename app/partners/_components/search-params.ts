// The partner list input a URL describes (?q=…&continent=…&country=…&kind=…&sort=…&dir=…&page=…). Used by the
// server prefetch and the client list alike, so both ask for the same query; invalid values are left out.
import { ZCountryCode } from "@/server/schemas/agreement";
import { PARTNER_SORT_KEYS, type TPartnerListInput, ZContinent, ZPartnerKind } from "@/server/schemas/partner";
import { type SearchParamsLike, searchParamReader } from "@/server/schemas/search-params";

export function partnerListInputFromSearchParams(params: SearchParamsLike): TPartnerListInput {
  const { one, many, searchSortAndPage } = searchParamReader(params);
  return {
    continent: many(ZContinent, "continent"),
    country: many(ZCountryCode, "country"),
    kind: one(ZPartnerKind, "kind"),
    ...searchSortAndPage(PARTNER_SORT_KEYS),
  };
}
