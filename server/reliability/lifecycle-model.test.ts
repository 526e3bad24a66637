// A model-based test of the agreement status lifecycle. fast-check runs random sequences of commands against a
// fresh agreement (signed on a random day in the past) and against a model of it (status, version, statusSince,
// history length, accepted changes):
// - a transition to any status (allowed or not), effective on no date, today, the current status's day, a day in
//   between, a day in the future or a day before the current status, with or without a scope, with the current,
//   an outdated, a newer or no version;
// - two such transitions at the same time (parallel pairs), whose outcome must be that of one of the two orders.
// The model predicts each outcome (accepted, or refused with which code and field). After every command: the real
// agreement equals the model; a refused command changed nothing in any table; the history (StatusChange ordered by
// effectiveOn, recordedAt, id — and as the detail page orders it) is a path of allowed transitions from its first
// entry to the current status; there is exactly one STATUS_CHANGE audit event per accepted transition.
import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/prisma";
import { AGREEMENT_TRANSITIONS, canTransition, SCOPED_STATUSES } from "../domain/agreement-status";
import { AGREEMENT_STATUSES, type AgreementStatus } from "../domain/enums";
import { MAX_YEAR, MIN_YEAR } from "../schemas/common";
import { addDays, today } from "../services/shared/dates";
import { callerFor, refusedFields, TEST_ACTORS } from "../test/caller";
import { createTestDatabase } from "../test/database";
import { auditCount, fingerprint, fingerprintDiff, type HistoryRow, historyProblems } from "./db-state";

const SEED = Number(process.env.FC_SEED ?? 20_260_406);
const RUNS = Number(process.env.RELIABILITY_MODEL_RUNS ?? 25);
const MAX_COMMANDS = 24;

// ---------------------------------------------------------------------------------------------------------------
// The model

interface Model {
  status: AgreementStatus;
  version: number;
  statusSince: Date;
  /** What a dormancy or suspension covers (null for other statuses). */
  scope: string | null;
  historyLength: number;
  /** Accepted transitions, i.e. STATUS_CHANGE audit events expected for this agreement. */
  accepted: number;
}

interface Real {
  db: Db;
  id: number;
}

type DayChoice =
  | { kind: "omitted" }
  | { kind: "today" }
  | { kind: "statusSince" }
  | { kind: "between"; fraction: number }
  | { kind: "future"; days: number }
  | { kind: "before"; days: number };

type VersionChoice = "current" | "omitted" | "outdated" | "newer";

/** A status by name, or "the n-th allowed one other than ENDED" from whatever the status then is. */
type Target = { kind: "status"; status: AgreementStatus } | { kind: "onward"; index: number };

interface TransitionSpec {
  to: Target;
  day: DayChoice;
  scope: boolean;
  version: VersionChoice;
}

/** The input a user would send, resolved against the state they saw. */
interface TransitionInput {
  id: number;
  version?: number;
  to: AgreementStatus;
  reason: string;
  scope?: string;
  effectiveOn?: string;
}

type Expected = { ok: true } | { ok: false; code: "BAD_REQUEST" | "CONFLICT"; field: string | null; why: string };

const iso = (date: Date) => date.toISOString().slice(0, 10);

function resolveDay(day: DayChoice, model: Model, now: Date): Date | undefined {
  switch (day.kind) {
    case "omitted":
      return undefined;
    case "today":
      return now;
    case "statusSince":
      return model.statusSince;
    case "between": {
      const span = Math.round((now.getTime() - model.statusSince.getTime()) / 86_400_000);
      return addDays(model.statusSince, Math.floor(span * day.fraction));
    }
    case "future":
      return addDays(now, day.days);
    case "before":
      return addDays(model.statusSince, -day.days);
  }
}

function resolveTarget(target: Target, from: AgreementStatus): AgreementStatus {
  if (target.kind === "status") return target.status;
  const onward = AGREEMENT_TRANSITIONS[from].filter((status) => status !== "ENDED");
  return onward[target.index % Math.max(1, onward.length)] ?? "ENDED";
}

function resolve(spec: TransitionSpec, model: Model, id: number, now: Date): TransitionInput {
  const version =
    spec.version === "current"
      ? model.version
      : spec.version === "outdated"
        ? model.version - 1
        : spec.version === "newer"
          ? model.version + 1
          : undefined;
  const day = resolveDay(spec.day, model, now);
  return {
    id,
    ...(version === undefined ? {} : { version }),
    to: resolveTarget(spec.to, model.status),
    reason: "Modellprüfung des Lebenszyklus",
    ...(spec.scope ? { scope: "nur offizielle Kontakte" } : {}),
    ...(day === undefined ? {} : { effectiveOn: iso(day) }),
  };
}

/** What the server must answer to `input` in the state `model`, in the order the checks are made. */
function expectedOutcome(model: Model, input: TransitionInput, now: Date): Expected {
  // The input schema first: it names every invalid field (in the schema's order).
  const effective = input.effectiveOn ? new Date(`${input.effectiveOn}T00:00:00.000Z`) : now;
  const year = effective.getUTCFullYear();
  const invalid = [
    ...(input.version !== undefined && input.version < 1 ? ["version"] : []),
    // A date in the future is refused by the input schema too (issue 15's date rules), before the version check.
    ...(year < MIN_YEAR || year > MAX_YEAR || effective > now ? ["effectiveOn"] : []),
  ];
  if (invalid.length) {
    return { ok: false, code: "BAD_REQUEST", field: invalid.join(","), why: `invalid input (${invalid.join(", ")})` };
  }
  if (input.version !== undefined && input.version !== model.version) {
    return { ok: false, code: "CONFLICT", field: null, why: "outdated version" };
  }
  if (!canTransition(model.status, input.to)) {
    return { ok: false, code: "BAD_REQUEST", field: "to", why: "transition not allowed" };
  }
  if (input.scope && !SCOPED_STATUSES.includes(input.to)) {
    return { ok: false, code: "BAD_REQUEST", field: "scope", why: "scope on an unscoped status" };
  }
  if (effective < model.statusSince) {
    return { ok: false, code: "BAD_REQUEST", field: "effectiveOn", why: "before the current status" };
  }
  return { ok: true };
}

function applyAccepted(model: Model, input: TransitionInput, now: Date): Model {
  return {
    status: input.to,
    version: model.version + 1,
    statusSince: input.effectiveOn ? new Date(`${input.effectiveOn}T00:00:00.000Z`) : now,
    scope: input.scope ?? null,
    historyLength: model.historyLength + 1,
    accepted: model.accepted + 1,
  };
}

/** The model after `inputs` in this order, with each one's expected outcome. */
function simulate(
  model: Model,
  inputs: TransitionInput[],
  now: Date,
): { model: Model; outcomes: Expected[]; froms: AgreementStatus[] } {
  let state = model;
  const outcomes: Expected[] = [];
  const froms: AgreementStatus[] = [];
  for (const input of inputs) {
    const outcome = expectedOutcome(state, input, now);
    outcomes.push(outcome);
    froms.push(state.status);
    if (outcome.ok) state = applyAccepted(state, input, now);
  }
  return { model: state, outcomes, froms };
}

// ---------------------------------------------------------------------------------------------------------------
// Calls and checks

interface Actual {
  ok: boolean;
  code?: string;
  fields?: string[];
  allowed?: readonly string[];
}

async function transition(db: Db, input: TransitionInput): Promise<Actual> {
  try {
    await callerFor(db, TEST_ACTORS.EDITOR).agreement.transition(input);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const allowed = (error as { details?: { allowedTransitions?: readonly string[] } }).details?.allowedTransitions;
    return { ok: false, code: error.code, fields: refusedFields(error), allowed };
  }
}

function matches(expected: Expected, actual: Actual): boolean {
  return expected.ok ? actual.ok : !actual.ok && expected.code === actual.code;
}

function describeOutcome(outcome: Expected | Actual): string {
  if (outcome.ok) return "accepted";
  const field = "field" in outcome ? outcome.field : outcome.fields?.join(",");
  return `${outcome.code}${field ? ` (${field})` : ""}`;
}

/** The real agreement compared with the model, its history checked in both orders, its audit events counted. */
async function checkAgainstModel(real: Real, model: Model, context: string): Promise<void> {
  const row = await real.db.agreement.findUniqueOrThrow({
    where: { id: real.id },
    select: { status: true, version: true, statusSince: true, statusScope: true },
  });
  expect(
    {
      status: row.status,
      version: row.version,
      statusSince: row.statusSince && iso(row.statusSince),
      scope: row.statusScope,
    },
    `${context}: the agreement differs from the model`,
  ).toEqual({ status: model.status, version: model.version, statusSince: iso(model.statusSince), scope: model.scope });

  const select = { agreementId: true, fromStatus: true, toStatus: true } as const;
  const byEffective: HistoryRow[] = await real.db.statusChange.findMany({
    where: { agreementId: real.id },
    select,
    orderBy: [{ effectiveOn: "asc" }, { recordedAt: "asc" }, { id: "asc" }],
  });
  expect(byEffective.length, `${context}: history length`).toBe(model.historyLength);
  expect(historyProblems(row.status, byEffective), `${context}: history by effectiveOn, recordedAt, id`).toEqual([]);
  // The order the detail page shows (newest first by effectiveOn, then id), read oldest first.
  const asShown: HistoryRow[] = await real.db.statusChange.findMany({
    where: { agreementId: real.id },
    select,
    orderBy: [{ effectiveOn: "asc" }, { id: "asc" }],
  });
  expect(historyProblems(row.status, asShown), `${context}: history as the detail page orders it`).toEqual([]);

  expect(await auditCount(real.db, "STATUS_CHANGE", real.id), `${context}: STATUS_CHANGE audit events`).toBe(
    model.accepted,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// What was tried, for the printed tables

const tried = {
  transitions: new Map<string, number>(),
  /** from → to: [tried, accepted] */
  matrix: new Map<string, [number, number]>(),
  pairs: new Map<string, number>(),
  sequences: 0,
  commands: 0,
};
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

function noteTransition(from: AgreementStatus, input: TransitionInput, expected: Expected): void {
  tried.commands++;
  bump(tried.transitions, expected.ok ? "accepted" : `${expected.code}: ${expected.why}`);
  const key = `${from}→${input.to}`;
  const [count, accepted] = tried.matrix.get(key) ?? [0, 0];
  tried.matrix.set(key, [count + 1, accepted + (expected.ok ? 1 : 0)]);
}

// ---------------------------------------------------------------------------------------------------------------
// Commands

function specText(spec: TransitionSpec): string {
  const day =
    spec.day.kind === "between"
      ? `between(${spec.day.fraction.toFixed(2)})`
      : spec.day.kind === "future" || spec.day.kind === "before"
        ? `${spec.day.kind}(${spec.day.days}d)`
        : spec.day.kind;
  const to = spec.to.kind === "status" ? spec.to.status : `onward #${spec.to.index}`;
  return `${to} effective ${day}${spec.scope ? " with scope" : ""}, version ${spec.version}`;
}

class TransitionCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly spec: TransitionSpec) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    const now = today();
    const input = resolve(this.spec, model, real.id, now);
    const expected = expectedOutcome(model, input, now);
    noteTransition(model.status, input, expected);
    const before = await fingerprint(real.db);
    const actual = await transition(real.db, input);
    const context = `${model.status} → ${this.toString()} (sent ${JSON.stringify(input)})`;
    expect(describeOutcome(actual), `${context}: outcome`).toBe(describeOutcome(expected));
    if (!actual.ok && actual.fields?.includes("to")) {
      expect(actual.allowed, `${context}: the allowed transitions named`).toEqual(AGREEMENT_TRANSITIONS[model.status]);
    }
    if (expected.ok) Object.assign(model, applyAccepted(model, input, now));
    else expect(fingerprintDiff(before, await fingerprint(real.db)), `${context}: refused, but changed`).toEqual([]);
    await checkAgainstModel(real, model, context);
  }
  toString = () => `transition to ${specText(this.spec)}`;
}

class ParallelPairCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly first: TransitionSpec,
    readonly second: TransitionSpec,
  ) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    const now = today();
    // Both users saw the same state.
    const inputs = [resolve(this.first, model, real.id, now), resolve(this.second, model, real.id, now)];
    const before = await fingerprint(real.db);
    const actual = await Promise.all(inputs.map((input) => transition(real.db, input)));
    const orders = [simulate(model, inputs, now), simulate(model, [...inputs].reverse(), now)];
    // The second order's outcomes, put back in the order of the inputs.
    const second = orders[1] as (typeof orders)[number];
    second.outcomes.reverse();
    second.froms.reverse();
    const context = `${model.status} → parallel [${this.toString()}] (sent ${JSON.stringify(inputs)})`;
    const row = await real.db.agreement.findUniqueOrThrow({
      where: { id: real.id },
      select: { status: true, version: true },
    });
    const explained = orders.find(
      (order) =>
        order.outcomes.every((outcome, i) => matches(outcome, actual[i] as Actual)) &&
        order.model.status === row.status &&
        order.model.version === row.version,
    );
    expect(
      explained ? "explained by one order" : actual.map(describeOutcome).join(" + "),
      `${context}: outcome not explained by either order (order 1: ${orders[0]?.outcomes.map(describeOutcome).join(" + ")}; order 2: ${second.outcomes.map(describeOutcome).join(" + ")})`,
    ).toBe("explained by one order");
    if (!explained) return;
    tried.commands += 2;
    const accepted = actual.filter((outcome) => outcome.ok).length;
    bump(
      tried.pairs,
      `${accepted} accepted; ${actual.map((outcome) => (outcome.ok ? "ok" : outcome.code)).join(" + ")}`,
    );
    for (const [i, input] of inputs.entries()) {
      const outcome = explained.outcomes[i] as Expected;
      const key = `${explained.froms[i]}→${input.to}`;
      const [count, ok] = tried.matrix.get(key) ?? [0, 0];
      tried.matrix.set(key, [count + 1, ok + (outcome.ok ? 1 : 0)]);
    }
    if (accepted === 0) expect(fingerprintDiff(before, await fingerprint(real.db)), `${context}: changed`).toEqual([]);
    Object.assign(model, explained.model);
    await checkAgainstModel(real, model, context);
  }
  toString = () => `${specText(this.first)} ‖ ${specText(this.second)}`;
}

/** Mostly a day to a few years away; sometimes far enough to leave the years a date may have (1000–2200). */
const days = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 3000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 3000, max: 500_000 }) },
);

const dayChoice: fc.Arbitrary<DayChoice> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: "omitted" as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: "today" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "statusSince" as const }) },
  {
    weight: 3,
    arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((fraction) => ({ kind: "between" as const, fraction })),
  },
  { weight: 1, arbitrary: days.map((n) => ({ kind: "future" as const, days: n })) },
  { weight: 1, arbitrary: days.map((n) => ({ kind: "before" as const, days: n })) },
);

const spec: fc.Arbitrary<TransitionSpec> = fc.record({
  to: fc.oneof(
    { weight: 5, arbitrary: fc.nat({ max: 5 }).map((index): Target => ({ kind: "onward", index })) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(...AGREEMENT_STATUSES).map((status): Target => ({ kind: "status", status })),
    },
  ),
  day: dayChoice,
  scope: fc.nat({ max: 3 }).map((n) => n === 0),
  version: fc.oneof(
    { weight: 6, arbitrary: fc.constant<VersionChoice>("current") },
    { weight: 2, arbitrary: fc.constant<VersionChoice>("omitted") },
    { weight: 1, arbitrary: fc.constant<VersionChoice>("outdated") },
    { weight: 1, arbitrary: fc.constant<VersionChoice>("newer") },
  ),
});

const commands = fc.commands(
  [spec.map((s) => new TransitionCommand(s)), fc.tuple(spec, spec).map(([a, b]) => new ParallelPairCommand(a, b))],
  { maxCommands: MAX_COMMANDS },
);

// ---------------------------------------------------------------------------------------------------------------

let db: Db;
let partnerId: number;
let seq = 0;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  partnerId = (await db.partner.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
  console.log(`lifecycle-model: seed ${SEED} (FC_SEED), ${RUNS} sequences of up to ${MAX_COMMANDS} commands`);
});

describe("the status lifecycle against its model", () => {
  it("random sequences of transitions and parallel pairs never leave the table, and the history leads to the status", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2024-12-31T00:00:00Z"), noInvalidDate: true }),
        commands,
        async (signed, sequence) => {
          const signedOn = iso(signed);
          const created = await callerFor(db, TEST_ACTORS.EDITOR).agreement.create({
            type: "PROJECT_PARTNERSHIP",
            title: `Lebenszyklus ${++seq}`,
            partnerId,
            signedOn,
          });
          tried.sequences++;
          const model: Model = {
            status: "PROPOSED",
            version: created.version,
            statusSince: new Date(`${signedOn}T00:00:00.000Z`),
            scope: null,
            historyLength: 1,
            accepted: 0,
          };
          const real: Real = { db, id: created.id };
          await checkAgainstModel(real, model, "after creation");
          await fc.asyncModelRun(() => ({ model, real }), sequence);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  }, 240_000);
});

afterAll(() => {
  const statuses = AGREEMENT_STATUSES;
  const width = Math.max(...statuses.map((status) => status.length));
  const cells = statuses.map((from) =>
    [
      from.padEnd(width),
      ...statuses.map((to) => {
        const [count, accepted] = tried.matrix.get(`${from}→${to}`) ?? [0, 0];
        const allowed = canTransition(from, to) ? "" : "×";
        return `${allowed}${accepted}/${count}`.padStart(to.length);
      }),
    ].join("  "),
  );
  console.log(
    `\nLifecycle model (seed ${SEED}): ${tried.sequences} sequences, ${tried.commands} transitions tried\n` +
      `from \\ to: accepted/tried (× = not in the table; must be 0/n)\n${"".padEnd(width)}  ${statuses.join("  ")}\n${cells.join("\n")}`,
  );
  const outcomes = [...tried.transitions.entries()].sort((a, b) => b[1] - a[1]);
  console.log(
    `\nSingle transitions by outcome\n${outcomes.map(([key, n]) => `${String(n).padStart(5)}  ${key}`).join("\n")}`,
  );
  const pairs = [...tried.pairs.entries()].sort((a, b) => b[1] - a[1]);
  console.log(`\nParallel pairs by outcome\n${pairs.map(([key, n]) => `${String(n).padStart(5)}  ${key}`).join("\n")}`);
});
