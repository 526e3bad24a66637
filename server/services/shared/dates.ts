// Date helpers for services: calendar dates are stored as UTC midnight.
import { CITY_TIME_ZONE } from "../../domain/time-zone";

/** Today's date in Cologne, as a calendar date (UTC midnight). */
export { cityToday as today } from "../../domain/time-zone";

export function addYears(date: Date, years: number): Date {
  const copy = new Date(date);
  copy.setUTCFullYear(copy.getUTCFullYear() + years);
  return copy;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function yearStart(year: number): Date {
  return new Date(Date.UTC(year, 0, 1));
}

const cityWall = new Intl.DateTimeFormat("en-CA", {
  timeZone: CITY_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** How far Cologne's clock is ahead of UTC at a moment, in ms (one or two hours). */
export function cityClockOffset(ms: number): number {
  const parts: Record<string, string> = {};
  for (const part of cityWall.formatToParts(new Date(ms))) parts[part.type] = part.value;
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wall - Math.floor(ms / 1000) * 1000;
}

/** The instant a calendar day (UTC midnight, as stored) begins in Cologne, e.g. for "changed on or after". */
export function cityDayStart(day: Date): Date {
  // Cologne's wall-clock time at UTC midnight of that day tells the offset.
  return new Date(day.getTime() - cityClockOffset(day.getTime()));
}
