// A country as ISO 3166-1 alpha-2 code: only codes ISO has assigned (and XK), so "UK" cannot become a second
// United Kingdom beside GB. Codes people still type from older lists or other standards (UK, SU, YU, EL…) are
// refused with the code meant, named in the message.
import { z } from "zod";
import { COUNTRY_NAMES } from "../i18n/country-names";
import { EN as VALIDATION } from "../i18n/validation";

/**
 * Codes the name table knows that ISO 3166-1 has not assigned (withdrawn, transitionally or exceptionally reserved),
 * each with the assigned code that stands for the country today. XK (Kosovo) is not among them: ISO has not
 * assigned it, but the EU, Germany's Federal Foreign Office and CLDR use it, and a partner in Kosovo needs a code.
 */
export const REPLACED_COUNTRY_CODES: Readonly<Record<string, string>> = {
  AN: "CW", // Netherlands Antilles, dissolved 2010 (also BQ, SX)
  BU: "MM", // Burma
  CQ: "GG", // Sark, exceptionally reserved; part of the Bailiwick of Guernsey
  CS: "RS", // Serbia and Montenegro
  DD: "DE", // German Democratic Republic
  DY: "BJ", // Dahomey
  EL: "GR", // Greece in the EU's own list
  FX: "FR", // Metropolitan France
  HV: "BF", // Upper Volta
  NH: "VU", // New Hebrides
  RH: "ZW", // Southern Rhodesia
  SU: "RU", // USSR
  TP: "TL", // East Timor
  UK: "GB", // exceptionally reserved; the United Kingdom's ISO code is GB
  VD: "VN", // North Vietnam
  YD: "YE", // South Yemen
  YU: "RS", // Yugoslavia
  ZR: "CD", // Zaire
};

/** The codes a country field accepts: the 249 ISO 3166-1 alpha-2 codes and XK. */
export const COUNTRY_CODES: readonly string[] = Object.keys(COUNTRY_NAMES)
  .filter((code) => !Object.hasOwn(REPLACED_COUNTRY_CODES, code))
  .sort();

const ACCEPTED = new Set(COUNTRY_CODES);

export function isCountryCode(code: string): boolean {
  return ACCEPTED.has(code);
}

/** Input: a country code in any case → the code in capitals; refused unless ISO 3166-1 assigned it. */
export const ZCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((code, ctx) => {
    if (isCountryCode(code)) return;
    const meant = REPLACED_COUNTRY_CODES[code];
    if (meant) {
      const name = COUNTRY_NAMES[meant]?.[1] ?? meant;
      ctx.addIssue({
        code: "custom",
        message: VALIDATION.countryReplaced
          .replace("{value}", code)
          .replace("{code}", meant)
          .replace("{country}", name),
        params: { key: "countryReplaced", value: code, code: meant, country: meant },
      });
      return;
    }
    if (code === "") {
      ctx.addIssue({ code: "custom", message: VALIDATION.required, params: { key: "required" } });
      return;
    }
    ctx.addIssue({
      code: "custom",
      message: VALIDATION.countryUnknown.replace("{value}", code.slice(0, 20)),
      params: { key: "countryUnknown", value: code.slice(0, 20) },
    });
  });
