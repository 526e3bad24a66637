// Reading one cell as the value a field wants: dates at the precision they are written with, truth values in German
// and English, whole numbers. A cell that cannot be read gives a reason (a catalogue key), never a guess.
import { type PartialDate, parsePartialDate } from "../../schemas/common";
import type { Cell } from "./file";

export type ValueReason = "notADate" | "notABoolean" | "notANumber";

export type Read<T> = { ok: true; value: T } | { ok: false; reason: ValueReason; value: string };

/** The text of a cell, trimmed ("" for an empty one); a number as written, a day as YYYY-MM-DD. */
export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

const pad = (n: string) => n.padStart(2, "0");

/**
 * A date known to the year, the month or the day: "1958", "06/1988", "06.1988", "1988-06", "27.06.1984",
 * "1984-06-27", or an Excel date cell (a day). Day/month orders that could be read two ways ("06/07/1984") are refused.
 */
export function readPartialDate(cell: Cell): Read<PartialDate | null> {
  if (cell === null) return { ok: true, value: null };
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, reason: "notADate", value: String(cell) };
    // An Excel date cell is a day; a time of day in it is not part of the date.
    return { ok: true, value: { date: new Date(`${cell.toISOString().slice(0, 10)}T00:00:00Z`), precision: "DAY" } };
  }
  const text = cellText(cell);
  if (text === "") return { ok: true, value: null };
  const dayMonthYear = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const monthYear = /^(\d{1,2})[./](\d{4})$/.exec(text);
  const iso = /^\d{4}(-\d{2}){0,2}$/.test(text)
    ? text
    : dayMonthYear
      ? `${dayMonthYear[3]}-${pad(dayMonthYear[2] as string)}-${pad(dayMonthYear[1] as string)}`
      : monthYear
        ? `${monthYear[2]}-${pad(monthYear[1] as string)}`
        : null;
  const parsed = iso ? parsePartialDate(iso) : null;
  return parsed ? { ok: true, value: parsed } : { ok: false, reason: "notADate", value: text };
}

const TRUE = new Set(["ja", "yes", "true", "wahr", "1", "x", "✓"]);
const FALSE = new Set(["nein", "no", "false", "falsch", "0", ""]);

/** Ja/Nein, Yes/No, true/false, 1/0 (empty: no). */
export function readBoolean(cell: Cell): Read<boolean> {
  if (typeof cell === "boolean") return { ok: true, value: cell };
  const text = cellText(cell).toLowerCase();
  if (TRUE.has(text)) return { ok: true, value: true };
  if (FALSE.has(text)) return { ok: true, value: false };
  return { ok: false, reason: "notABoolean", value: cellText(cell) };
}

/** A whole positive number (an id, a version), or null for an empty cell. */
export function readWholeNumber(cell: Cell): Read<number | null> {
  const text = cellText(cell);
  if (text === "") return { ok: true, value: null };
  const value = typeof cell === "number" ? cell : /^\d{1,10}$/.test(text) ? Number(text) : Number.NaN;
  return Number.isSafeInteger(value) && value > 0 && value <= 2_147_483_647
    ? { ok: true, value }
    : { ok: false, reason: "notANumber", value: text };
}

/** The same text for comparing names and headers: trimmed, single spaces, lower case, Unicode NFC. */
export function normalName(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("de");
}

/** "A", "B", … "AA": a 1-based column number as a spreadsheet program names the column. */
export function columnLetter(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
