// Bad input, as every role, against every procedure of the app router (found by walking it, so a new procedure is
// covered without being listed here). fast-check generates hostile inputs — mostly a valid input with one to three
// fields replaced by wrong types, huge strings, control characters, unicode, SQL and HTML injection, 10 000-deep
// nesting, out-of-range numbers and dates, prototype-pollution keys or ids of other records; sometimes an object of
// hostile values or one hostile value — and calls the procedure through createCaller or (a quarter of the calls)
// through tRPC's HTTP handler with superjson, there also with broken request bodies.
//
// What must hold: never INTERNAL_SERVER_ERROR (HTTP 500); every refusal is BAD_REQUEST, NOT_FOUND, UNAUTHORIZED,
// FORBIDDEN or CONFLICT with the structured error shape; a refused call leaves every table as it was (row counts
// and checksums), and so does every read; an accepted change writes exactly one audit event and keeps the data's
// invariants (every agreement's history leads to its status along allowed transitions, …); nothing pollutes
// Object.prototype. A failure shows fast-check's shrunk counterexample and the seed to replay it.
//
// FC_SEED=<n> changes the seed (default below, printed), RELIABILITY_RUNS=<n> the runs per procedure and role.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/prisma";
import { createTestDatabase } from "../test/database";
import { appRouter } from "../trpc/root";
import { type Case, caseArbitrary, makeInput } from "./cases";
import {
  assertNone,
  type Fingerprint,
  fingerprint,
  fingerprintDiff,
  hasActiveAdmin,
  invariantViolations,
  rowCount,
} from "./db-state";
import { CATEGORIES, type Category } from "./hostile-values";
import {
  ALLOWED_REFUSALS,
  actorOf,
  BUILDERS_THAT_WRITE,
  callDirect,
  callHttp,
  createFixture,
  type Fixture,
  listProcedures,
  mayCall,
  noteAccepted,
  type ProcedureInfo,
  ROLE_LABELS,
  type RoleLabel,
  shapeProblem,
  validInputs,
} from "./procedures";

const SEED = Number(process.env.FC_SEED ?? 20_260_406);
/** Runs per procedure and role that passes its guard; fewer for procedures without input and for refused roles. */
const RUNS = Number(process.env.RELIABILITY_RUNS ?? 20);
const NO_INPUT_RUNS = Math.max(2, Math.round(RUNS / 4));
const GUARD_RUNS = Math.max(2, Math.round(RUNS / 6));

const procedures = listProcedures();

let db: Db;
let fixture: Fixture;
let inputs: ReturnType<typeof validInputs>;
let cases: fc.Arbitrary<Case>;

interface Tally {
  runs: number;
  http: number;
  accepted: number;
  refused: Record<string, number>;
  internal: number;
}
const tallies = new Map<string, Tally>();
const categoryTallies = new Map<Category | "http payload", { runs: number; accepted: number; internal: number }>();
const started = Date.now();

/**
 * The fingerprint after the last call: the next call's "before", unless its valid input was built by writing to
 * the database (then, and at the start of each procedure and role, it is taken afresh). Halves the checksums.
 */
let lastPrint: Fingerprint | null = null;

function tally(path: string, role: RoleLabel): Tally {
  const key = `${path}\u0000${role}`;
  let entry = tallies.get(key);
  if (!entry) {
    entry = { runs: 0, http: 0, accepted: 0, refused: {}, internal: 0 };
    tallies.set(key, entry);
  }
  return entry;
}

/** A seed per procedure and role, derived from SEED, so that one procedure's runs do not shift another's. */
function seedFor(path: string, role: RoleLabel): number {
  let hash = SEED | 0;
  for (const char of `${path}/${role}`) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  fixture = await createFixture(db);
  inputs = validInputs(fixture);
  cases = caseArbitrary(fixture.existingIds);
  console.log(
    `hostile-input: seed ${SEED} (FC_SEED), ${RUNS} runs per procedure and allowed role (RELIABILITY_RUNS), ` +
      `${NO_INPUT_RUNS} without input, ${GUARD_RUNS} per refused role; ${procedures.length} procedures`,
  );
});

async function runCase(info: ProcedureInfo, role: RoleLabel, c: Case): Promise<void> {
  const actor = actorOf(role);
  const allowed = mayCall(info, role);
  const sample = await inputs[info.path]?.(actor);
  const made = makeInput(c, sample, info.keys);
  const adminBefore = info.path.startsWith("account.") ? await hasActiveAdmin(db) : false;
  const before = lastPrint && !BUILDERS_THAT_WRITE.has(info.path) ? lastPrint : await fingerprint(db);
  const outcome = c.http
    ? await callHttp(db, info, actor, made.payload)
    : await callDirect(db, info, actor, made.input);
  const after = await fingerprint(db);
  lastPrint = after;

  const entry = tally(info.path, role);
  entry.runs++;
  if (c.http) entry.http++;
  if (outcome.ok) entry.accepted++;
  else if (outcome.code === "INTERNAL_SERVER_ERROR") entry.internal++;
  else entry.refused[outcome.code] = (entry.refused[outcome.code] ?? 0) + 1;
  const kinds = made.payload.kind === "raw" ? (["http payload"] as const) : made.categories;
  for (const category of kinds) {
    const byCategory = categoryTallies.get(category) ?? { runs: 0, accepted: 0, internal: 0 };
    byCategory.runs++;
    if (outcome.ok) byCategory.accepted++;
    if (!outcome.ok && outcome.code === "INTERNAL_SERVER_ERROR") byCategory.internal++;
    categoryTallies.set(category, byCategory);
  }

  const what = `${info.path} as ${role}${c.http ? " over HTTP" : ""} with ${made.description}`;
  const polluted = Object.keys(Object.prototype).concat(
    ["polluted", "isAdmin"].filter((key) => key in ({} as Record<string, unknown>)),
  );
  if (polluted.length) throw new Error(`${what}: Object.prototype polluted with ${polluted.join(", ")}`);

  if (!outcome.ok) {
    if (outcome.code === "INTERNAL_SERVER_ERROR" || outcome.status >= 500) {
      throw new Error(`${what}: internal server error (HTTP ${outcome.status}): ${outcome.detail}`);
    }
    if (!(ALLOWED_REFUSALS as readonly string[]).includes(outcome.code)) {
      throw new Error(`${what}: refused with ${outcome.code} (HTTP ${outcome.status}): ${outcome.detail}`);
    }
    if (!allowed && outcome.code !== (role === "nobody" ? "UNAUTHORIZED" : "FORBIDDEN")) {
      throw new Error(`${what}: the guard should refuse first, but the answer was ${outcome.code}`);
    }
    const problem = shapeProblem(outcome);
    if (problem) throw new Error(`${what}: error shape: ${problem}`);
    const diff = fingerprintDiff(before, after);
    if (diff.length) throw new Error(`${what}: refused with ${outcome.code}, but changed ${diff.join(", ")}`);
    return;
  }

  if (!allowed) throw new Error(`${what}: accepted, but ${role} may not call it`);
  if (info.type === "query") {
    const diff = fingerprintDiff(before, after);
    if (diff.length) throw new Error(`${what}: a read changed ${diff.join(", ")}`);
  } else {
    const events = rowCount(after, "AuditEvent") - rowCount(before, "AuditEvent");
    const sent = made.payload.kind === "value" && c.http ? made.payload.value : made.input;
    const expected = auditEventsOf(info.path, sent);
    if (events !== expected) {
      throw new Error(`${what}: accepted change wrote ${events} audit events, not ${expected}`);
    }
    assertNone(await invariantViolations(db, adminBefore), `${what}: accepted, but broke invariants`);
  }
  noteAccepted(fixture, info.path, actor, made.payload.kind === "value" && c.http ? made.payload.value : made.input);
}

/**
 * The audit events an accepted change must write: one, except a bulk change, which writes one per record it
 * changed — and it changes exactly the records it was given (all of them or none).
 */
function auditEventsOf(path: string, input: unknown): number {
  if (path.endsWith(".bulkApply")) return (input as { items: unknown[] }).items.length;
  return 1;
}

describe("hostile input to every procedure, as nobody, viewer, editor and admin", () => {
  it("walks the whole app router (no lazy routers hide procedures from it)", () => {
    expect(Object.keys(appRouter._def.lazy ?? {})).toEqual([]);
    expect(procedures.length).toBeGreaterThan(30);
    // A procedure without a valid input in procedures.ts is fuzzed all the same, with objects of its schema's keys
    // and whole hostile values; a valid input there lets the mutations of single fields reach its service.
    const withoutSample = procedures.filter((info) => !(info.path in inputs)).map((info) => info.path);
    if (withoutSample.length) {
      console.warn(`hostile-input: no valid input (random inputs only) for ${withoutSample.join(", ")}`);
    }
  });

  it.each(procedures.map((info) => info.path))(
    "%s",
    async (path) => {
      const info = procedures.find((candidate) => candidate.path === path) as ProcedureInfo;
      for (const role of ROLE_LABELS) {
        lastPrint = null;
        const numRuns = !mayCall(info, role) ? GUARD_RUNS : info.parser ? RUNS : NO_INPUT_RUNS;
        await fc.assert(
          fc.asyncProperty(cases, (c) => runCase(info, role, c)),
          { seed: seedFor(path, role), numRuns },
        );
      }
    },
    180_000,
  );
});

describe("what the fuzzing found (regressions)", () => {
  // Text that reached PostgreSQL unchecked: a NUL made it fail ("invalid byte sequence for encoding UTF8: 0x00",
  // Prisma P2039) and the call answered 500. Now the input schemas refuse it (cleanText), with the field named.
  it.each([
    ["agreement.list", "q", { q: "a\u0000b" }],
    ["partner.list", "q", { q: "\u0000" }],
    ["person.list", "q", { q: "\u0000" }],
    ["activity.list", "q", { q: "\u0000" }],
    ["workingGroup.list", "q", { q: "\u0000" }],
    ["account.list", "q", { q: "\u0000" }],
    ["account.byId", "id", { id: "a\u0000" }],
    ["account.setPassword", "id", { id: "\u0000", password: "Ein-gutes-Passwort-2026" }],
    ["audit.list", "actorId", { actorId: "\u0000" }],
    ["audit.list", "entityId", { entityId: "\u0000" }],
    ["audit.list", "q", { q: "\u0000" }],
    ["audit.history", "entityId", { entityType: "USER", entityId: "\u0000" }],
    [
      "partner.create",
      "website",
      { nameDe: "X", nameEn: "X", countryCode: "FR", continent: "EUROPE", website: "https://x\u0000" },
    ],
    // A lone surrogate would be stored as U+FFFD: the text would change silently.
    ["partner.create", "nameDe", { nameDe: "\ud800", nameEn: "X", countryCode: "FR", continent: "EUROPE" }],
  ] as const)("%s with a bad %s → BAD_REQUEST naming it, nothing written", async (path, field, input) => {
    const info = procedures.find((candidate) => candidate.path === path) as ProcedureInfo;
    const before = await fingerprint(db);
    const outcome = await callDirect(db, info, actorOf("ADMIN"), input);
    expect(outcome.ok ? "accepted" : `${outcome.code}: ${outcome.detail}`).toMatch(/^BAD_REQUEST/);
    const data = outcome.ok ? undefined : (outcome.shape as { data?: { fieldErrors?: object } }).data;
    expect(Object.keys(data?.fieldErrors ?? {})).toEqual([field]);
    expect(fingerprintDiff(before, await fingerprint(db))).toEqual([]);
  });
});

afterAll(() => {
  const codes = ALLOWED_REFUSALS;
  const header = ["procedure", "role", "runs", "http", "accepted", ...codes, "other", "500s"];
  const rows: string[][] = [];
  const totals = { runs: 0, http: 0, accepted: 0, internal: 0, other: 0, refused: {} as Record<string, number> };
  for (const info of procedures) {
    for (const role of ROLE_LABELS) {
      const entry = tallies.get(`${info.path}\u0000${role}`);
      if (!entry) continue;
      const other = Object.entries(entry.refused)
        .filter(([code]) => !(codes as readonly string[]).includes(code))
        .reduce((sum, [, count]) => sum + count, 0);
      rows.push([
        info.path in inputs ? info.path : `${info.path} (no valid input)`,
        role,
        String(entry.runs),
        String(entry.http),
        String(entry.accepted),
        ...codes.map((code) => String(entry.refused[code] ?? 0)),
        String(other),
        String(entry.internal),
      ]);
      totals.runs += entry.runs;
      totals.http += entry.http;
      totals.accepted += entry.accepted;
      totals.internal += entry.internal;
      totals.other += other;
      for (const code of codes) totals.refused[code] = (totals.refused[code] ?? 0) + (entry.refused[code] ?? 0);
    }
  }
  rows.push([
    "TOTAL",
    "",
    String(totals.runs),
    String(totals.http),
    String(totals.accepted),
    ...codes.map((code) => String(totals.refused[code] ?? 0)),
    String(totals.other),
    String(totals.internal),
  ]);
  console.log(
    `\nHostile input (seed ${SEED}, ${((Date.now() - started) / 1000).toFixed(1)} s): procedure × role → outcome\n` +
      table(header, rows),
  );
  const categoryRows = [...CATEGORIES, "http payload" as const]
    .filter((category) => categoryTallies.has(category))
    .map((category) => {
      const entry = categoryTallies.get(category) ?? { runs: 0, accepted: 0, internal: 0 };
      return [category, String(entry.runs), String(entry.accepted), String(entry.internal)];
    });
  console.log(
    `\nHostile values tried, by kind (a call may use several)\n${table(["kind", "calls", "accepted", "500s"], categoryRows, 1)}`,
  );
});

/** A text table; the first `textColumns` columns are left-aligned, the numbers after them right-aligned. */
function table(header: string[], rows: string[][], textColumns = 2): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i < textColumns ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}
