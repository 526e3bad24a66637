// Input schemas of the partner aggregate, shared by the tRPC procedures and the forms.
import { z } from "zod";
import { CONTINENTS, PARTNER_KINDS } from "../domain/enums";
import { recordInputs, sourceFields, ZByIdInput } from "./common";
import { ZCountryCode } from "./country";
import { fieldSchemas, type RecordField } from "./fields";

export const ZContinent = z.enum(CONTINENTS);
export const ZPartnerKind = z.enum(PARTNER_KINDS);

function coordinate(limit: number) {
  return z.number().min(-limit).max(limit).nullable().optional();
}

/** A partner's plain fields (see AGREEMENT_FIELDS): form, detail page, export and audit labels read them. */
export const PARTNER_FIELDS = {
  nameDe: {
    kind: "text",
    max: 200,
    required: true,
    lang: "de",
    label: "partner.nameDe",
    section: "names",
    list: false,
  },
  nameEn: {
    kind: "text",
    max: 200,
    required: true,
    lang: "en",
    label: "partner.nameEn",
    section: "names",
    list: false,
  },
  /** In the local language and script, e.g. 重庆. */
  nameLocal: {
    kind: "text",
    max: 200,
    label: "partner.nameLocal",
    hint: "partner.nameLocalHint",
    section: "names",
    list: false,
  },
  website: {
    kind: "text",
    max: 500,
    format: "url",
    wide: true,
    label: "partner.website",
    hint: "partner.websiteHint",
    section: "location",
    list: false,
  },
} as const satisfies Record<string, RecordField>;

const partnerFields = {
  ...fieldSchemas(PARTNER_FIELDS),
  countryCode: ZCountryCode,
  continent: ZContinent,
  kind: ZPartnerKind.default("CITY"),
  latitude: coordinate(90),
  longitude: coordinate(180),
  ...sourceFields,
};

export const { create: ZPartnerCreateInput, update: ZPartnerUpdateInput } = recordInputs(partnerFields);
export type TPartnerCreateInput = z.input<typeof ZPartnerCreateInput>;
export const ZPartnerByIdInput = ZByIdInput;
