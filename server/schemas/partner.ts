// Input schemas of the partner aggregate, shared by the tRPC procedures and the forms.
import { z } from "zod";
import { CONTINENTS, PARTNER_KINDS } from "../domain/enums";
import { ZCountryCode } from "./agreement";
import { cleanText, optionalText, requiredText, sourceFields, updateInput, ZId, ZUrl } from "./common";

export const ZContinent = z.enum(CONTINENTS);
export const ZPartnerKind = z.enum(PARTNER_KINDS);

function coordinate(limit: number) {
  return z.number().min(-limit).max(limit).nullable().optional();
}

const partnerFields = {
  nameDe: cleanText(requiredText(200)),
  nameEn: cleanText(requiredText(200)),
  /** In the local language and script, e.g. 重庆. */
  nameLocal: cleanText(optionalText(200)),
  countryCode: ZCountryCode,
  continent: ZContinent,
  kind: ZPartnerKind.default("CITY"),
  latitude: coordinate(90),
  longitude: coordinate(180),
  website: ZUrl,
  ...sourceFields,
};

export const ZPartnerCreateInput = z.strictObject(partnerFields);
export type TPartnerCreateInput = z.input<typeof ZPartnerCreateInput>;

export const ZPartnerUpdateInput = updateInput(partnerFields);
export type TPartnerUpdateInput = z.input<typeof ZPartnerUpdateInput>;

export const ZPartnerByIdInput = z.strictObject({ id: ZId });
