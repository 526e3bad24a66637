// Historic dates as the sources give them: "1952" (year), "1988-06" (month) or "1963-05-29" (day).
// Stored as a UTC-midnight Date (for the @db.Date columns) plus its precision.
import type { DatePrecision } from "../../server/domain/enums";

/** A date as written in the sources: YYYY, YYYY-MM or YYYY-MM-DD. */
export type SourceDate = `${number}` | `${number}-${number}` | `${number}-${number}-${number}`;

export interface FuzzyDate {
  date: Date;
  precision: DatePrecision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses YYYY, YYYY-MM or YYYY-MM-DD into the first day of that period (UTC midnight) and its precision. */
export function parseSourceDate(value: string): FuzzyDate {
  const match = PATTERN.exec(value);
  if (!match) throw new Error(`Invalid source date "${value}": expected YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, yearText, monthText, dayText] = match;
  const year = Number(yearText);
  const month = monthText === undefined ? 1 : Number(monthText);
  const day = dayText === undefined ? 1 : Number(dayText);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new Error(`Invalid source date "${value}": no such calendar day`);
  }
  const precision: DatePrecision = dayText !== undefined ? "DAY" : monthText !== undefined ? "MONTH" : "YEAR";
  return { date, precision };
}

/** Parses a date that must be exact to the day (for columns without a precision). */
export function parseExactDate(value: string): Date {
  const parsed = parseSourceDate(value);
  if (parsed.precision !== "DAY") throw new Error(`Date "${value}" must be exact to the day (YYYY-MM-DD)`);
  return parsed.date;
}
