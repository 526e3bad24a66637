// Calendar arithmetic for the benchmark data: days since 1970-01-01 (UTC), never the machine's clock or time zone.
// Every date is based on the fixed reference day below, so the data set is the same whenever it is generated.
import type { DatePrecision } from "../server/domain/enums";

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** "Today" for the data: no effective date, done date or recorded time lies after it. */
export const REFERENCE_DAY = dayOf(2026, 11, 24);
export const REFERENCE_DATE = "2026-11-24";
/** The latest moment any row was recorded or updated (07:00 UTC on the reference day). */
export const NOW_MS = REFERENCE_DAY * DAY_MS + 7 * HOUR_MS;
/** When the historic records were taken over into the system: older facts are recorded at this moment. */
export const IMPORT_DAY = dayOf(2015, 1, 15);
export const IMPORT_MS = IMPORT_DAY * DAY_MS + 5 * HOUR_MS;

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

// Formatting millions of dates with Date#toISOString dominates the generator's time; days repeat, so cache them.
const dayText = new Map<number, string>();

/** YYYY-MM-DD. */
export function isoDay(day: number): string {
  let text = dayText.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    dayText.set(day, text);
  }
  return text;
}

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** YYYY-MM-DDTHH:MM:SS.mmmZ, as Date#toISOString writes it. */
export function isoTime(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let rest = ms - day * DAY_MS;
  const hours = Math.floor(rest / HOUR_MS);
  rest -= hours * HOUR_MS;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  return `${isoDay(day)}T${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(rest - seconds * 1000, 3)}Z`;
}

/** Precisions as small numbers in the typed arrays; the names are the DatePrecision enum's. */
export const PRECISIONS = ["DAY", "MONTH", "YEAR"] as const satisfies readonly DatePrecision[];
export const DAY = 0;
export const MONTH = 1;
export const YEAR = 2;

/** The first day of the period a date is known to: the stored value for a date of that precision. */
export function truncate(day: number, precision: number): number {
  if (precision === DAY) return day;
  const date = new Date(day * DAY_MS);
  return precision === MONTH
    ? Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS
    : Date.UTC(date.getUTCFullYear(), 0, 1) / DAY_MS;
}
