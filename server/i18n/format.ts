// Formatting for both server and client: ICU messages, dates with their precision, numbers, names by locale.
import { IntlMessageFormat } from "intl-messageformat";
import { isCountryCode } from "../domain/country-codes";
import type { DatePrecision } from "../domain/enums";
import { CITY_TIME_ZONE } from "../domain/time-zone";
import { COUNTRY_NAMES } from "./country-names";
import { INTL_LOCALE, type Locale } from "./locales";
import dePartner from "./messages/de/partner";
import enPartner from "./messages/en/partner";

export type MessageValues = Record<string, string | number | Date>;

/** Parsed messages per language: each is parsed once per process (the catalogue is fixed). */
const compiled: Record<Locale, Map<string, IntlMessageFormat>> = { de: new Map(), en: new Map() };

/**
 * A catalogue message in ICU MessageFormat with its values: plurals ("{count, plural, one {# Treffer} other {…}}")
 * and numbers ("10.000" in German, "10,000" in English) as the language has them. A message without "{" is
 * returned as it is. The language is required: a report in English must not count in German ("10.000 agreements").
 */
export function fmt(template: string, values: MessageValues, locale: Locale): string {
  if (!template.includes("{")) return template;
  const cache = compiled[locale];
  let message = cache.get(template);
  if (!message) {
    message = new IntlMessageFormat(template, INTL_LOCALE[locale], undefined, { ignoreTag: true });
    cache.set(template, message);
  }
  return String(message.format(values));
}

/**
 * The date formats per language and precision, made once: making an Intl.DateTimeFormat costs about 0.2 ms, using one
 * about 0.01 ms (Node 20), and a page of the timeline writes hundreds of dates (its bars' names), on the server and
 * again in the browser.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A stored calendar date shown as precisely as it is known: "1952", "Juni 1988", "27. Juni 1984". */
export function formatDate(date: Date | null | undefined, locale: Locale, precision: DatePrecision = "DAY"): string {
  if (!date) return "—";
  const key = `${locale}:${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      precision === "YEAR"
        ? { year: "numeric", timeZone: "UTC" }
        : precision === "MONTH"
          ? { year: "numeric", month: "long", timeZone: "UTC" }
          : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], options);
    dateFormats.set(key, format);
  }
  return format.format(date);
}

export function formatDateRange(start: Date, end: Date | null | undefined, locale: Locale): string {
  if (!end || end.getTime() === start.getTime()) return formatDate(start, locale);
  // Thin and narrow spaces as plain ones: ICU versions differ in which they put around the dash (Node's ICU wrote
  // "25 – 26 August 2019" with thin spaces, Chromium's with plain ones), and the page rendered on the server must be
  // the page the browser renders (otherwise React refuses to hydrate it).
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeZone: "UTC" })
    .formatRange(start, end)
    .replace(/[\u2009\u202f]/g, " ");
}

/** A moment, in Cologne's time (CET/CEST) in both languages. */
export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: CITY_TIME_ZONE,
  }).format(date);
}

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  de: new Intl.NumberFormat(INTL_LOCALE.de),
  en: new Intl.NumberFormat(INTL_LOCALE.en),
};

export function formatNumber(value: number, locale: Locale): string {
  return numberFormats[locale].format(value);
}

/** The partner's name in the interface language (German or English). */
export function partnerName(partner: { nameDe: string; nameEn: string }, locale: Locale): string {
  return locale === "de" ? partner.nameDe : partner.nameEn;
}

/**
 * The country's name in the interface language from a fixed table (see country-names.ts). A code ISO 3166-1 does not
 * assign (one stored before the field took only assigned codes, which no migration could match: YU, SU, CS, AN …)
 * is shown as what it is, never as a country it might not mean: "„YU“ (ungültiger Ländercode)".
 */
export function countryName(code: string, locale: Locale): string {
  if (!isCountryCode(code)) {
    return fmt((locale === "de" ? dePartner : enPartner).countryInvalidShort, { code: code.trim() }, locale);
  }
  const names = COUNTRY_NAMES[code];
  return names ? names[locale === "de" ? 0 : 1] : code;
}
