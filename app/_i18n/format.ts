// Formatting for both server and client: interpolation, dates with their precision, numbers, names by locale.
import type { DatePrecision } from "@/server/domain/enums";
import { CITY_TIME_ZONE } from "@/server/domain/time-zone";
import type { Locale } from "./config";
import { COUNTRY_NAMES } from "./country-names";

/** Replaces {name} placeholders. */
export function fmt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

const INTL_LOCALE: Record<Locale, string> = { de: "de-DE", en: "en-GB" };

/** A stored calendar date shown as precisely as it is known: "1952", "Juni 1988", "27. Juni 1984". */
export function formatDate(date: Date | null | undefined, locale: Locale, precision: DatePrecision = "DAY"): string {
  if (!date) return "—";
  const options: Intl.DateTimeFormatOptions =
    precision === "YEAR"
      ? { year: "numeric", timeZone: "UTC" }
      : precision === "MONTH"
        ? { year: "numeric", month: "long", timeZone: "UTC" }
        : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], options).format(date);
}

export function formatDateRange(start: Date, end: Date | null | undefined, locale: Locale): string {
  if (!end || end.getTime() === start.getTime()) return formatDate(start, locale);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeZone: "UTC" }).formatRange(start, end);
}

/** A moment, in Cologne's time (CET/CEST) in both languages. */
export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: CITY_TIME_ZONE,
  }).format(date);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(value);
}

/** The partner's name in the interface language (German or English). */
export function partnerName(partner: { nameDe: string; nameEn: string }, locale: Locale): string {
  return locale === "de" ? partner.nameDe : partner.nameEn;
}

/** The country's name in the interface language from a fixed table (see country-names.ts), or its code if unknown. */
export function countryName(code: string, locale: Locale): string {
  const names = COUNTRY_NAMES[code];
  return names ? names[locale === "de" ? 0 : 1] : code;
}
