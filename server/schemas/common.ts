// Zod building blocks shared by every aggregate's input schemas (server procedures and browser forms alike).
import { z } from "zod";
import type { DatePrecision } from "../domain/enums";
import { cityToday } from "../domain/time-zone";
import { EN as MESSAGES, type ValidationKey } from "../i18n/validation";

export const ZId = z.number().int().positive().max(2_147_483_647);

/** The version of a record the editor started from (optimistic concurrency; see services/shared/versioning.ts). */
export const ZVersion = z.number().int().positive().max(2_147_483_647);

/** Optional free text: trimmed, empty becomes null, with a length cap. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional();
}

export function requiredText(max: number) {
  return z.string().trim().min(1, "required").max(max, `at most ${max} characters`);
}

/**
 * No control characters other than tab and newlines in stored text, and no lone UTF-16 surrogates (half of an
 * emoji, say: PostgreSQL would store U+FFFD instead, so the text would silently change).
 */
export function cleanText<T extends z.ZodType<string | null | undefined>>(schema: T) {
  return (
    schema
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
      .refine((value) => value == null || !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value), {
        message: MESSAGES.controlChars,
      })
      .refine((value) => value == null || !/\p{Cs}/u.test(value), { message: MESSAGES.brokenText })
  );
}

export const ZUrl = cleanText(z.string().trim().max(500))
  .refine((value) => value === "" || /^https?:\/\/[^\s]+$/i.test(value), MESSAGES.notAUrl)
  .transform((value) => (value === "" ? null : value))
  .nullable()
  .optional();

export const MIN_YEAR = 1000;
export const MAX_YEAR = 2200;

/** A calendar date as stored: UTC midnight. */
export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export interface PartialDate {
  date: Date;
  precision: DatePrecision;
}

/**
 * The ways a date known to the year, the month or the day may be typed, each with the precision it gives: ISO
 * ("1958", "1988-06", "1984-06-27") and the German forms ("06/1988", "06.1988", "27.06.1984", "27.6.1984").
 * Day-first slashes ("27/06/1984") are not among them: read as American, they mean another day.
 */
const DATE_FORMATS: readonly { pattern: RegExp; precision: DatePrecision; parts: (m: string[]) => number[] }[] = [
  { pattern: /^(\d{4})$/, precision: "YEAR", parts: (m) => [Number(m[1]), 1, 1] },
  { pattern: /^(\d{4})-(\d{1,2})$/, precision: "MONTH", parts: (m) => [Number(m[1]), Number(m[2]), 1] },
  { pattern: /^(\d{1,2})[/.](\d{4})$/, precision: "MONTH", parts: (m) => [Number(m[2]), Number(m[1]), 1] },
  {
    pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
    precision: "DAY",
    parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/,
    precision: "DAY",
    parts: (m) => [Number(m[3]), Number(m[2]), Number(m[1])],
  },
];

/**
 * Parses a year, a month or a day as people type them ("1958", "06/1988", "1988-06", "27.06.1984", "27.6.1984",
 * "1984-06-27"); null for anything else or an impossible date (31.02., month 13, a year outside 1000–2200).
 */
export function parsePartialDate(text: string): PartialDate | null {
  const trimmed = text.trim();
  for (const format of DATE_FORMATS) {
    const match = format.pattern.exec(trimmed);
    if (!match) continue;
    const [year = 0, month = 0, day = 0] = format.parts(match);
    if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
    const date = utcDate(year, month, day);
    if (date.getUTCMonth() !== month - 1) return null; // e.g. 2023-02-30
    return { date, precision: format.precision };
  }
  return null;
}

/** Formats a stored partial date back to the text a user types: "1988", "1988-06" or "1988-06-27". */
export function formatPartialDate(date: Date | null | undefined, precision: DatePrecision = "DAY"): string {
  if (!date) return "";
  const iso = date.toISOString().slice(0, 10);
  return precision === "YEAR" ? iso.slice(0, 4) : precision === "MONTH" ? iso.slice(0, 7) : iso;
}

/** Input: a year, a month or a day as parsePartialDate reads it (empty: no date) → { date, precision } or null. */
export const ZPartialDateInput = z
  .string()
  .trim()
  .max(10)
  .nullable()
  .optional()
  .transform((text, ctx) => {
    if (text == null || text === "") return null;
    const parsed = parsePartialDate(text);
    if (!parsed) {
      ctx.addIssue({
        code: "custom",
        message: MESSAGES.notAPartialDate.replace("{value}", text),
        params: { key: "notAPartialDate", value: text },
      });
      return z.NEVER;
    }
    return parsed;
  });

/** A day as parsePartialDate reads it ("27.06.1984", "1984-06-27"), or null: a year or a month is not a day. */
function parseDay(text: string): Date | null {
  const parsed = parsePartialDate(text);
  return parsed?.precision === "DAY" ? parsed.date : null;
}

function notADay(ctx: z.RefinementCtx, text: string) {
  ctx.addIssue({
    code: "custom",
    message: MESSAGES.notADate.replace("{value}", text),
    params: { key: "notADate", value: text },
  });
  return z.NEVER;
}

/** Input: a day ("27.06.1984" or "1984-06-27") → Date (UTC midnight). */
export const ZDateInput = z
  .string()
  .trim()
  .min(1, MESSAGES.required)
  .max(10)
  .transform((text, ctx) => parseDay(text) ?? notADay(ctx, text));

/** Input: a day ("27.06.1984" or "1984-06-27"; empty: no date) → Date (UTC midnight) or null. */
export const ZOptionalDateInput = z
  .string()
  .trim()
  .max(10)
  .nullable()
  .optional()
  .transform((text, ctx) => (text == null || text === "" ? null : (parseDay(text) ?? notADay(ctx, text))));

/** A date as a field gives it after parsing: a day, or a partial date with its precision. */
type SomeDate = Date | PartialDate;

function isPartialDate(value: unknown): value is PartialDate {
  return typeof value === "object" && value !== null && (value as PartialDate).date instanceof Date;
}

/** The first and the last day a date may mean (a year: 1 January to 31 December). */
export function daySpan(value: SomeDate): { first: Date; last: Date } {
  if (value instanceof Date) return { first: value, last: value };
  const { date, precision } = value;
  const year = date.getUTCFullYear();
  const last =
    precision === "YEAR"
      ? utcDate(year, 12, 31)
      : precision === "MONTH"
        ? utcDate(year, date.getUTCMonth() + 2, 0)
        : date;
  return { first: date, last };
}

/** A field's parsed value if it is a date (a field that failed to parse, or is empty, gives none). */
function dateOf(value: unknown): SomeDate | null {
  return value instanceof Date || isPartialDate(value) ? value : null;
}

/** A rule between two date fields of one record: `later` must not lie before `earlier`. */
export interface DateOrder {
  earlier: string;
  later: string;
  /** The message, reported at the field named by `at` (the later one unless it says otherwise). */
  key: ValidationKey;
  at?: "earlier" | "later";
}

/**
 * The cross-field date rules of a record, as a check on its input object: each `order` (a later date certainly
 * before the earlier one is refused: a year and a day within it are not in conflict) and each date of `notInFuture`
 * (after today in Cologne). It runs even when other fields failed to parse, on the dates that did parse, so a form
 * hears of every error at once.
 */
export function dateRules<T extends z.ZodObject>(
  schema: T,
  rules: { order?: readonly DateOrder[]; notInFuture?: readonly string[] },
): T {
  return schema.check(
    z.superRefine(
      (input: Record<string, unknown>, ctx) => {
        const today = cityToday();
        for (const name of rules.notInFuture ?? []) {
          const value = dateOf(input[name]);
          if (value && daySpan(value).first > today) {
            ctx.addIssue({ code: "custom", path: [name], message: MESSAGES.inFuture, params: { key: "inFuture" } });
          }
        }
        for (const rule of rules.order ?? []) {
          const earlier = dateOf(input[rule.earlier]);
          const later = dateOf(input[rule.later]);
          if (!earlier || !later || daySpan(later).last >= daySpan(earlier).first) continue;
          const at = rule.at === "earlier" ? rule.earlier : rule.later;
          ctx.addIssue({ code: "custom", path: [at], message: MESSAGES[rule.key], params: { key: rule.key } });
        }
        // Also when other fields failed (zod skips a check after failed fields unless told otherwise).
      },
      { when: () => true },
    ),
  ) as T;
}

export const ZPage = z.number().int().min(1).max(100_000).default(1);
export const ZPageSize = z.number().int().min(1).max(200).default(25);
export const ZSortDirection = z.enum(["asc", "desc"]).default("asc");
/** A search text; control characters are refused like in stored text (PostgreSQL cannot even compare a NUL). */
export const ZSearch = cleanText(z.string().trim().max(200)).optional();

/** A picker's search on the server: the text typed (empty: the first entries) and how many matches to show. */
export const ZPickerSearchInput = z.strictObject({
  q: ZSearch.default(""),
  limit: z.number().int().min(1).max(50).default(20),
});
export type TPickerSearchInput = z.output<typeof ZPickerSearchInput>;

export interface Paginated<T> {
  items: T[];
  /** The number of matching rows; with `totalCapped`, a lower bound: there are more. */
  total: number;
  /** Counting stopped at `total` (see countCap): the list says "more than …" and can always go on. */
  totalCapped: boolean;
  page: number;
  pageSize: number;
  pageCount: number;
}

export function paginated<T>(
  items: T[],
  total: number,
  page: number,
  pageSize: number,
  totalCapped = false,
): Paginated<T> {
  return { items, total, totalCapped, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/**
 * A list counts at most this many rows beyond the current page's start (bounded pagination, issue 6): ten pages of
 * 25. Counting costs a row visit per counted match (before the partner's place was copied onto agreements, also a
 * partner lookup): at 1,000 the count was 2.7 ms of the list's 3 ms in the database at country scale.
 */
export const COUNT_AHEAD = 250;

/**
 * Where counting a list's matches stops for a page: counting every match of a broad filter costs a pass over all of
 * them (100,000 agreements at stress scale) on every page view, while the page itself reads 25 rows from an index.
 */
export function countCap(page: number, pageSize: number): number {
  return (page - 1) * pageSize + COUNT_AHEAD;
}

/** Where a record comes from and whether the source confirms it, with free notes: every record kind has them. */
export const sourceFields = {
  source: cleanText(optionalText(1000)),
  verified: z.boolean().default(false),
  notes: cleanText(optionalText(10_000)),
};

/**
 * The update input of a record: its fields, the id, and the version the editor started from (a newer one in the
 * database means somebody else saved first: CONFLICT, see services/shared/versioning.ts).
 */
export function updateInput<T extends z.ZodRawShape>(fields: T) {
  return z.strictObject({ id: ZId, version: ZVersion, ...fields });
}

/** The input that names one record: its id. */
export const ZByIdInput = z.strictObject({ id: ZId });

/** A record's create and update inputs from its fields (the update names the id and the version it started from). */
export function recordInputs<T extends z.ZodRawShape>(fields: T) {
  return { create: z.strictObject(fields), update: updateInput(fields) };
}
