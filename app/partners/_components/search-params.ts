// The partner list input a URL describes (?q=…&continent=…&country=…&kind=…&sort=…&dir=…&page=…). Used by the
// server prefetch and the client list alike, so both ask for the same query; invalid values are left out.

import type { Locale } from "@/server/i18n/locales";
import { ZCountryCode } from "@/server/schemas/agreement";
import { PARTNER_SORT_KEYS, type TPartnerListInput, ZContinent, ZPartnerKind } from "@/server/schemas/partner";
import { type SearchParamsLike, searchParamReader } from "@/server/schemas/search-params";

/** Without a sort in the URL, partners are listed by their name in the interface's language. */
export function partnerListInputFromSearchParams(params: SearchParamsLike, locale: Locale): TPartnerListInput {
  const { one, many, searchSortAndPage } = searchParamReader(params);
  const common = searchSortAndPage(PARTNER_SORT_KEYS);
  return {
    continent: many(ZContinent, "continent"),
    country: many(ZCountryCode, "country"),
    kind: one(ZPartnerKind, "kind"),
    ...common,
    sort: common.sort ?? (locale === "de" ? "nameDe" : "nameEn"),
  };
}
