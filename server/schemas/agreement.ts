// Input schemas of the agreement aggregate, shared by the tRPC procedures and the forms.
import { z } from "zod";
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, AREA_LINK_STATUSES, CONTINENTS } from "../domain/enums";
import { EN as VALIDATION } from "../i18n/validation";
import {
  cleanText,
  optionalText,
  requiredText,
  ZId,
  ZOptionalDateInput,
  ZPage,
  ZPageSize,
  ZPartialDateInput,
  ZSearch,
  ZSortDirection,
  ZVersion,
} from "./common";
import { type SearchParamsLike, searchParamReader } from "./search-params";

export const ZAgreementStatus = z.enum(AGREEMENT_STATUSES);
export const ZAgreementType = z.enum(AGREEMENT_TYPES);
export const ZAreaCode = z.string().regex(/^[A-Z_]{2,50}$/, VALIDATION.areaCode);
export const ZCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, VALIDATION.countryCode);

/** "partner" sorts by the partner's German name, "partnerEn" by its English one (the list uses the UI's language). */
export const AGREEMENT_SORT_KEYS = [
  "title",
  "partner",
  "partnerEn",
  "type",
  "status",
  "signedOn",
  "updatedAt",
] as const;

export const ZAgreementListInput = z.strictObject({
  status: z.array(ZAgreementStatus).max(20).optional(),
  type: z.array(ZAgreementType).max(20).optional(),
  area: z.array(ZAreaCode).max(50).optional(),
  /** The status of the link to a cooperation area (with `area`: of the link to one of those areas). */
  areaStatus: z.array(z.enum(AREA_LINK_STATUSES)).max(10).optional(),
  country: z.array(ZCountryCode).max(50).optional(),
  continent: z.array(z.enum(CONTINENTS)).max(10).optional(),
  yearFrom: z.number().int().min(1000).max(2200).optional(),
  yearTo: z.number().int().min(1000).max(2200).optional(),
  /** Only agreements in force with no activity and no status change for QUIET_YEARS years (as on the dashboard). */
  quiet: z.boolean().optional(),
  q: ZSearch,
  /** Count every match (reports); the list screen's count stops at countCap(page, pageSize). */
  exactTotal: z.boolean().optional(),
  sort: z.enum(AGREEMENT_SORT_KEYS).default("signedOn"),
  dir: ZSortDirection,
  page: ZPage,
  pageSize: ZPageSize,
});
export type TAgreementListInput = z.input<typeof ZAgreementListInput>;
export type TAgreementListQuery = z.output<typeof ZAgreementListInput>;

export const ZAgreementAreaInput = z.strictObject({
  code: ZAreaCode,
  status: z.enum(AREA_LINK_STATUSES).default("PLANNED"),
  notes: cleanText(optionalText(2000)),
});

const agreementFields = {
  type: ZAgreementType,
  title: cleanText(requiredText(300)),
  partnerId: ZId,
  councilDecisionOn: ZPartialDateInput,
  signedOn: ZPartialDateInput,
  countersignedOn: ZPartialDateInput,
  validFrom: ZPartialDateInput,
  validUntil: ZPartialDateInput,
  responsibleUnit: cleanText(optionalText(200)),
  predecessorId: ZId.nullable().optional(),
  source: cleanText(optionalText(1000)),
  verified: z.boolean().default(false),
  notes: cleanText(optionalText(10_000)),
  areas: z.array(ZAgreementAreaInput).max(50).default([]),
};

export const ZAgreementCreateInput = z.strictObject({
  ...agreementFields,
  status: ZAgreementStatus.default("PROPOSED"),
  statusScope: cleanText(optionalText(500)),
});
export type TAgreementCreateInput = z.input<typeof ZAgreementCreateInput>;

/** Status is not part of an update: it changes only through a transition, which records its history. */
export const ZAgreementUpdateInput = z.strictObject({
  id: ZId,
  /** The version the editor started from; a newer one in the database means somebody else saved first. */
  version: ZVersion,
  ...agreementFields,
});
export type TAgreementUpdateInput = z.input<typeof ZAgreementUpdateInput>;

export const ZAgreementTransitionInput = z.strictObject({
  id: ZId,
  /** The version the user saw; if the agreement changed since (another status, say), the change is refused. */
  version: ZVersion.optional(),
  to: ZAgreementStatus,
  reason: cleanText(requiredText(2000).min(3, VALIDATION.reasonTooShort)),
  scope: cleanText(optionalText(500)),
  /** When the change took effect; defaults to today. */
  effectiveOn: ZOptionalDateInput,
});
export type TAgreementTransitionInput = z.input<typeof ZAgreementTransitionInput>;

export const ZAgreementByIdInput = z.strictObject({ id: ZId });

export type { SearchParamsLike } from "./search-params";

/**
 * The list input that a URL describes (?status=ACTIVE&type=…&area=…&country=…&continent=…&from=…&to=…&q=…&sort=…
 * &dir=…&page=…). The one translation used by the list screen, its server prefetch and the exports; values that
 * are not valid are left out rather than failing the page.
 */
export function agreementListInputFromSearchParams(params: SearchParamsLike): TAgreementListInput {
  const { many, number, searchSortAndPage } = searchParamReader(params);
  const shape = ZAgreementListInput.shape;
  return {
    status: many(ZAgreementStatus, "status"),
    type: many(ZAgreementType, "type"),
    area: many(ZAreaCode, "area"),
    areaStatus: many(z.enum(AREA_LINK_STATUSES), "areaStatus"),
    country: many(ZCountryCode, "country"),
    continent: many(z.enum(CONTINENTS), "continent"),
    yearFrom: number(shape.yearFrom, "from"),
    yearTo: number(shape.yearTo, "to"),
    quiet: params.get("quiet") === "1" ? true : undefined,
    ...searchSortAndPage(AGREEMENT_SORT_KEYS),
  };
}
