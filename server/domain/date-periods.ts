// A partial date (known to the day, the month or the year) stands for a period: "2027-03" is all of March 2027.
// Due dates and deadlines compare by that period, so a date known only to the month is not overdue before the month
// has ended and never gets an invented day. Pure: the browser and the services use it alike.
import type { DatePrecision } from "./enums";

/** The last calendar day (UTC midnight, as stored) of the period a stored partial date stands for. */
export function periodEnd(date: Date, precision: DatePrecision): Date {
  const year = date.getUTCFullYear();
  if (precision === "YEAR") return new Date(Date.UTC(year, 11, 31));
  if (precision === "MONTH") return new Date(Date.UTC(year, date.getUTCMonth() + 1, 0));
  return new Date(Date.UTC(year, date.getUTCMonth(), date.getUTCDate()));
}

/** The first calendar day of the period (the stored value: the 1st of the month, 1 January). */
export function periodStart(date: Date, precision: DatePrecision): Date {
  const year = date.getUTCFullYear();
  if (precision === "YEAR") return new Date(Date.UTC(year, 0, 1));
  if (precision === "MONTH") return new Date(Date.UTC(year, date.getUTCMonth(), 1));
  return new Date(Date.UTC(year, date.getUTCMonth(), date.getUTCDate()));
}

/** True when the whole period of `a` lies before the whole period of `b` (they do not even overlap). */
export function periodBefore(
  a: { date: Date; precision: DatePrecision },
  b: { date: Date; precision: DatePrecision },
): boolean {
  return periodEnd(a.date, a.precision) < periodStart(b.date, b.precision);
}
