// The catalogue of hostile values the property-based tests feed to the API, each with a category and a short label
// (for the printed tables and for readable counterexamples), and fast-check arbitraries that pick from it or make
// random ones. Values are built when used (`make`), so that 100 000-character strings and 10 000-deep arrays are
// not kept, printed or shrunk by fast-check.
import fc from "fast-check";
import { MARKUP_STRINGS } from "./markup";

export const CATEGORIES = [
  "wrong type",
  "huge/boundary string",
  "control chars",
  "unicode",
  "sql injection",
  "markup",
  "deep nesting",
  "big array",
  "number edge",
  "date edge",
  "prototype pollution",
  "existing id",
  "random string",
  "random number",
  "random value",
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Hostile {
  category: Category;
  label: string;
  /** Builds the value (afresh for each use, so that a call cannot alter the catalogue). */
  make: () => unknown;
  /** The value as JSON text, for HTTP requests, where superjson cannot carry it (10 000-deep nesting). */
  json?: () => string;
  [fc.toStringMethod]: () => string;
}

function hostile(category: Category, label: string, make: () => unknown, json?: () => string): Hostile {
  return { category, label, make, json, [fc.toStringMethod]: () => `«${category}: ${label}»` };
}

function short(text: string): string {
  const shown = JSON.stringify(text);
  return shown.length > 40 ? `${shown.slice(0, 37)}…" (${text.length} chars)` : shown;
}

const texts = (category: Category, values: readonly string[]) =>
  values.map((v) => hostile(category, short(v), () => v));

export const DEPTH = 10_000;

function deepArray(depth: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function deepObject(depth: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** An object with an own "__proto__" key, as JSON.parse makes it (an assignment would change the prototype). */
function withOwnKey(key: string, value: unknown, base: Record<string, unknown> = {}): Record<string, unknown> {
  const object = { ...base };
  Object.defineProperty(object, key, { value, enumerable: true, configurable: true, writable: true });
  return object;
}

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

export const CATALOGUE: readonly Hostile[] = [
  // Wrong types.
  hostile("wrong type", "null", () => null),
  hostile("wrong type", "undefined", () => undefined),
  hostile("wrong type", "true", () => true),
  hostile("wrong type", "false", () => false),
  hostile("wrong type", '""', () => ""),
  hostile("wrong type", '"   "', () => "   "),
  hostile("wrong type", '"42"', () => "42"),
  hostile("wrong type", '"true"', () => "true"),
  hostile("wrong type", "[]", () => []),
  hostile("wrong type", "[null]", () => [null]),
  hostile("wrong type", "{}", () => ({})),
  hostile("wrong type", "{ id: 1 }", () => ({ id: 1 })),
  hostile("wrong type", "Date(0)", () => new Date(0)),
  hostile("wrong type", "Invalid Date", () => new Date(Number.NaN)),
  hostile("wrong type", "Map", () => new Map([["id", 1]])),
  hostile("wrong type", "Set", () => new Set([1, 2])),
  hostile("wrong type", "1n (bigint)", () => 1n),
  hostile("wrong type", "2n**70n", () => 2n ** 70n),
  hostile("wrong type", "/x/ (RegExp)", () => /x/g),
  hostile("wrong type", "ACTIVE (enum value elsewhere)", () => "ACTIVE"),
  hostile("wrong type", "lower-case enum", () => "active"),
  // Huge strings and strings at and just over the length limits (200, 300, 500, 1000, 2000, 10 000).
  hostile("huge/boundary string", '"x" × 100 000', () => "x".repeat(100_000)),
  hostile("huge/boundary string", '"€" × 100 000', () => "€".repeat(100_000)),
  hostile("huge/boundary string", '" " × 100 000 + "a"', () => `${" ".repeat(100_000)}a`),
  hostile("huge/boundary string", '"\\n" × 50 000', () => "\n".repeat(50_000)),
  ...[64, 65, 128, 129, 200, 201, 300, 301, 320, 321, 500, 501, 1000, 1001, 2000, 2001, 10_000, 10_001].map((n) =>
    hostile("huge/boundary string", `"x" × ${n}`, () => "x".repeat(n)),
  ),
  hostile("huge/boundary string", '"😀" × 100 (200 UTF-16 units)', () => "😀".repeat(100)),
  hostile("huge/boundary string", '"😀" × 101', () => "😀".repeat(101)),
  hostile("huge/boundary string", '"😀" × 150', () => "😀".repeat(150)),
  hostile("huge/boundary string", '"a" × 199 + "😀"', () => `${"a".repeat(199)}😀`),
  hostile("huge/boundary string", '"ß" × 300', () => "ß".repeat(300)),
  // Control characters (NUL is refused by PostgreSQL in text).
  ...texts("control chars", [
    "\u0000",
    "a\u0000b",
    "Köln\u0000",
    "\u0001\u0002\u0003",
    "\b",
    "\t",
    "\n",
    "\r\n",
    "\u000b",
    "\u000c",
    "\u001b[2J\u001b[31mrot",
    "\u007f",
    "\u0085",
    "\u2028\u2029",
    "\ufffe\uffff",
    "Titel\r\nX-Injected: 1",
  ]),
  // Unicode: right-to-left override, scripts, emoji sequences, zero-width, lone surrogates, combining marks.
  ...texts("unicode", [
    "\u202egnp.exe",
    "مرحبا بالعالم",
    "שלום עולם",
    "👩‍👩‍👧‍👦",
    "🇩🇪🇺🇦",
    "a\u200bb",
    "\u200b",
    "\ufeff",
    "\u00ad",
    "\ud800",
    "\udfff",
    "x\ud83d",
    "\ude00x",
    "e\u0301",
    "Z̴̡̛̤a̷l̸g̶o̷",
    "重庆",
    "Волгоград",
    "Liège",
    "ǅ",
    "ß",
    "ﬀ",
    "İ",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "\u3000",
    "ＡＢ",
  ]),
  // SQL injection and LIKE wildcards.
  ...texts("sql injection", [
    '\'; DROP TABLE "Agreement"; --',
    "' OR '1'='1",
    '" OR ""="',
    "1; SELECT pg_sleep(5); --",
    '\' UNION SELECT id, email FROM "User" --',
    "%",
    "_",
    "\\",
    "%_%\\",
    "$1",
    "\\'",
    "E'\\x00'",
    "admin'--",
    "*/ /*",
    "'||(SELECT version())||'",
  ]),
  ...texts("markup", MARKUP_STRINGS),
  // Deep nesting: 10 000 levels, as a value and (over HTTP) as raw JSON text.
  hostile(
    "deep nesting",
    `array ${DEPTH} deep`,
    () => deepArray(DEPTH),
    () => `${"[".repeat(DEPTH)}"bottom"${"]".repeat(DEPTH)}`,
  ),
  hostile(
    "deep nesting",
    `object ${DEPTH} deep`,
    () => deepObject(DEPTH),
    () => `${'{"a":'.repeat(DEPTH)}"bottom"${"}".repeat(DEPTH)}`,
  ),
  hostile("deep nesting", "array 50 deep", () => deepArray(50)),
  // Big arrays.
  hostile("big array", "100 000 numbers", () => Array.from({ length: 100_000 }, (_, i) => i + 1)),
  hostile("big array", "10 000 × 1", () => Array(10_000).fill(1)),
  hostile("big array", '1000 × "ECONOMY"', () => Array(1000).fill("ECONOMY")),
  hostile("big array", "51 objects", () => Array.from({ length: 51 }, () => ({ code: "ECONOMY" }))),
  hostile("big array", "sparse [ , , 1]", () => {
    const sparse: unknown[] = [];
    sparse[2] = 1;
    return sparse;
  }),
  // Numbers at and beyond the edges.
  ...(
    [
      ["NaN", Number.NaN],
      ["Infinity", Number.POSITIVE_INFINITY],
      ["-Infinity", Number.NEGATIVE_INFINITY],
      ["-0", -0],
      ["0", 0],
      ["-1", -1],
      ["1.5", 1.5],
      ["2^31 - 1", 2 ** 31 - 1],
      ["2^31", 2 ** 31],
      ["2^53", 2 ** 53],
      ["2^53 + 2", 2 ** 53 + 2],
      ["-2^53", -(2 ** 53)],
      ["MAX_VALUE", Number.MAX_VALUE],
      ["MIN_VALUE", Number.MIN_VALUE],
      ["1e-320 (subnormal)", 1e-320],
      ["EPSILON", Number.EPSILON],
      ["90.000001", 90.000001],
      ["-180", -180],
      ["100 000", 100_000],
      ["100 001", 100_001],
      ["999", 999],
      ["2201", 2201],
    ] as const
  ).map(([label, value]) => hostile("number edge", label, () => value)),
  // Dates: impossible, out of range, odd formats; today, tomorrow and far away.
  ...texts("date edge", [
    "0000-00-00",
    "9999-12-31",
    "2026-02-30",
    "2023-02-29",
    "2024-02-29",
    "1000-01-01",
    "0999-12-31",
    "2200-12-31",
    "2201-01-01",
    "2024-13-01",
    "2024-00-10",
    "2024-1-1",
    "20240101",
    "2024-01-01T00:00:00Z",
    " 2024-01-01 ",
    "２０２４-０１-０１",
    "-2024-01-01",
    "+02024-01-01",
    "1952",
    "1988-06",
    "1970-01-01",
    "1900-01-01",
  ]),
  hostile("date edge", "today", () => isoDay(0)),
  hostile("date edge", "tomorrow", () => isoDay(1)),
  hostile("date edge", "in a year", () => isoDay(366)),
  hostile("date edge", "Date(8.64e15)", () => new Date(8.64e15)),
  hostile("date edge", "Date(-8.64e15)", () => new Date(-8.64e15)),
  // Prototype pollution.
  hostile("prototype pollution", '{"__proto__": {polluted}}', () =>
    withOwnKey("__proto__", { polluted: "yes", role: "ADMIN" }),
  ),
  hostile("prototype pollution", "{constructor: {prototype: {polluted}}}", () => ({
    constructor: { prototype: { polluted: "yes" } },
  })),
  hostile("prototype pollution", '"__proto__"', () => "__proto__"),
  hostile("prototype pollution", '"constructor"', () => "constructor"),
  hostile("prototype pollution", '"toString"', () => "toString"),
  hostile("prototype pollution", '"hasOwnProperty"', () => "hasOwnProperty"),
];

/** Keys added to an input object beside (or instead of) its own fields. */
export const EXTRA_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "extra",
  "",
  " id",
  "id ",
  "ID",
  "role",
  "isAdmin",
  "status",
  "version",
  "createdAt",
  "actorId",
  "\u0000",
  "a.b",
  "areas[0]",
] as const;

export { withOwnKey };

/** Random values, wrapped so that they count and print like catalogue entries. */
function randomHostiles(): fc.Arbitrary<Hostile> {
  return fc.oneof(
    fc.string({ unit: "binary", maxLength: 40 }).map((text) => hostile("random string", short(text), () => text)),
    fc.oneof(fc.integer(), fc.double(), fc.maxSafeInteger()).map((n) => hostile("random number", String(n), () => n)),
    fc
      .anything({ maxDepth: 2, maxKeys: 4, withBigInt: true, withDate: true, withMap: true, withSet: true })
      .map((value) => hostile("random value", fc.stringify(value).slice(0, 60), () => structuredClone(value))),
  );
}

/**
 * One hostile value: mostly from the catalogue, sometimes an id of an existing record (of any kind, so that a
 * reference points to the wrong table or to the record itself), sometimes random.
 */
export function hostileValue(existingIds: readonly (number | string)[]): fc.Arbitrary<Hostile> {
  const ids = existingIds.length ? existingIds : [1];
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...CATALOGUE) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...ids).map((id) => hostile("existing id", JSON.stringify(id), () => id)),
    },
    { weight: 2, arbitrary: randomHostiles() },
  );
}
