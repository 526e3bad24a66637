// Values as the export files write them: unambiguous dates (ISO 8601), Cologne's wall-clock time, file names.
import { cityClockOffset, today } from "../services/shared/dates";

const offsetAt = cityClockOffset;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Cologne's offset from UTC per UTC day, or null for a day with a clock change; a bounded cache. */
const dayOffsets = new Map<number, number | null>();

/**
 * Cologne's offset from UTC in ms at a moment. Asking Intl for every row is slow, so the offset is kept per UTC day:
 * a day whose first and last hour have the same offset has it all day (the clocks change at most once a day); on
 * the two days with a change, Intl is asked for the moment's hour.
 */
function cityOffset(moment: Date): number {
  const ms = moment.getTime();
  const day = Math.floor(ms / DAY);
  let offset = dayOffsets.get(day);
  if (offset === undefined) {
    const first = offsetAt(day * DAY);
    offset = first === offsetAt(day * DAY + DAY - HOUR) ? first : null;
    if (dayOffsets.size > 20_000) dayOffsets.clear();
    dayOffsets.set(day, offset);
  }
  return offset ?? offsetAt(Math.floor(ms / HOUR) * HOUR);
}

/**
 * The moment as Cologne's clock shows it, as a Date whose UTC fields are that wall-clock time (for spreadsheet
 * cells, which have no time zone).
 */
export function cityWallClock(moment: Date): Date {
  return new Date(moment.getTime() + cityOffset(moment));
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A calendar date (stored as UTC midnight) as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A moment in Cologne's time with its offset, to the second: 2026-11-24T14:03:05+01:00. */
export function isoCityTime(moment: Date): string {
  const offset = Math.round(cityOffset(moment) / 60_000);
  const wall = new Date(moment.getTime() + offset * 60_000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${wall.toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * A file name that says what and when: "<stem>-<today in Cologne>.<ext>", e.g. vereinbarungen-2026-11-24.xlsx.
 * The stem may hold non-ASCII letters (änderungsprotokoll); contentDisposition() gives an ASCII fallback.
 */
export function datedFileName(stem: string, extension: string, now: Date): string {
  return `${stem}-${isoDay(today(now))}.${extension}`;
}

const ASCII_FALLBACK: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss" };

/** Content-Disposition for a download: an ASCII file name plus the exact one (RFC 6266 / RFC 5987). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .replace(/[äöüÄÖÜß]/g, (char) => ASCII_FALLBACK[char] ?? "_")
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\;]/g, "_");
  const exact = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16)}`);
  return ascii === fileName
    ? `attachment; filename="${ascii}"`
    : `attachment; filename="${ascii}"; filename*=UTF-8''${exact}`;
}
