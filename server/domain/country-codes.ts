// The ISO 3166-1 alpha-2 codes a country field accepts, and the codes people still type from older lists or other
// standards with the code meant today. Pure and without zod: the browser's filters and pages use it
// (server/schemas/country.ts builds the input schema on it).
import { COUNTRY_NAMES } from "../i18n/country-names";

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
