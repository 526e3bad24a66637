// The partner list: its input, its URL (?q=…&continent=…&country=…&kind=…&sort=…&dir=…&page=…) and its orders.
import { z } from "zod";
import { CONTINENTS, PARTNER_KINDS } from "../domain/enums";
import { ZCountryCode } from "../schemas/agreement";
import { ZContinent, ZPartnerKind } from "../schemas/partner";
import { defineList, listInput, many, one, oneOf, type SearchParamsLike } from "./define";

export const PARTNER_SORT_KEYS = ["nameDe", "nameEn", "countryCode", "continent", "updatedAt"] as const;

export const ZPartnerListInput = listInput(
  {
    country: z.array(ZCountryCode).max(50).optional(),
    continent: z.array(ZContinent).max(10).optional(),
    kind: ZPartnerKind.optional(),
  },
  PARTNER_SORT_KEYS,
  "nameDe",
);

export type TPartnerListInput = z.input<typeof ZPartnerListInput>;
export type TPartnerListQuery = z.output<typeof ZPartnerListInput>;

export const partnerList = defineList<TPartnerListInput, TPartnerListQuery, TPartnerListQuery["sort"]>({
  path: "/partners",
  schema: ZPartnerListInput,
  params: {
    continent: many("continent", ZContinent, oneOf(CONTINENTS)),
    country: many("country", ZCountryCode, "a two-letter country code"),
    kind: one("kind", ZPartnerKind, oneOf(PARTNER_KINDS)),
  },
  sorts: {
    keys: {
      nameDe: { path: ["nameDe"] },
      nameEn: { path: ["nameEn"] },
      countryCode: { path: ["countryCode"] },
      continent: { path: ["continent"], enumValues: CONTINENTS },
      updatedAt: { path: ["updatedAt"] },
    },
    tieBreakers: [{ path: ["nameDe"] }, { path: ["id"] }],
  },
  // Without a sort in the URL, partners are listed by their name in the interface's language.
  defaults: (language) => ({ sort: language === "en" ? "nameEn" : "nameDe" }),
});

export function partnerListInputFromSearchParams(params: SearchParamsLike, language: string): TPartnerListInput {
  return partnerList.fromSearchParams(params, language);
}
