// The fast writer of superjson's format: for every answer the app gives (read on the seed through the real router)
// and for the edge cases, it writes what superjson writes, and superjson reads it back to the same value.
import superjson, { type SuperJSONResult } from "superjson";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/prisma";
import { callerFor, TEST_ACTORS } from "../test/caller";
import { createTestDatabase } from "../test/database";
import { serialize } from "./transformer";

/** superjson's result without its record of shared objects (the fast writer sends copies instead). */
function superjsonValues(value: unknown): SuperJSONResult {
  const result = superjson.serialize(value);
  if (!result.meta) return result;
  const { referentialEqualities: _, ...meta } = result.meta;
  return Object.keys(meta).length > 1 ? { json: result.json, meta } : { json: result.json };
}

/** Sent over the wire (JSON text) and read as the browser reads it. */
function roundTrip(result: SuperJSONResult): unknown {
  return superjson.deserialize(JSON.parse(JSON.stringify(result)));
}

function expectSameAsSuperjson(value: unknown) {
  const fast = serialize(value);
  expect(fast).toEqual(superjsonValues(value));
  expect(JSON.stringify(fast)).toBe(JSON.stringify(superjsonValues(value)));
  expect(roundTrip(fast)).toEqual(value);
}

let db: Db;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
});

describe("serialize (superjson's format, written faster)", () => {
  it("writes every answer of the app's read procedures as superjson does", async () => {
    const caller = callerFor(db, TEST_ACTORS.ADMIN);
    const agreements = await caller.agreement.list({ pageSize: 50 });
    const first = agreements.items[0];
    if (!first) throw new Error("the seed has no agreements");
    const chongqing = await caller.agreement.list({ q: "Chongqing" });
    const groups = await caller.workingGroup.list({});
    const partners = await caller.partner.list({ pageSize: 50 });
    const people = await caller.person.list({ pageSize: 50 });
    const activities = await caller.activity.list({});
    const answers: unknown[] = [
      agreements,
      chongqing,
      await caller.agreement.byId({ id: chongqing.items[0]?.id ?? first.id }),
      await caller.agreement.options(),
      await caller.statistics.dashboard(),
      groups,
      await caller.workingGroup.byId({ id: groups.items[0]?.id ?? 0 }),
      partners,
      await caller.partner.byId({ id: partners.items[0]?.id ?? 0 }),
      await caller.partner.countries(),
      people,
      await caller.person.byId({ id: people.items[0]?.id ?? 0 }),
      activities,
      await caller.activity.byId({ id: activities.items[0]?.id ?? 0 }),
      await caller.cooperationArea.list(),
      await caller.audit.list({}),
      await caller.account.me(),
    ];
    for (const answer of answers) expectSameAsSuperjson(answer);
    // The answers do carry what the format annotates.
    expect(serialize(agreements).meta?.values).toMatchObject({ "items.0.updatedAt": ["Date"] });
  });

  it("writes undefined, nested arrays, keys with dots and backslashes, and empty values as superjson does", () => {
    expectSameAsSuperjson({
      a: undefined,
      "b.c": new Date("2019-08-27T00:00:00.000Z"),
      "d\\e": [[new Date(0), undefined, null], [], {}],
      f: { g: { h: [1, -2.5, "x", true, false] } },
      list: [undefined, { at: new Date("2024-08-28T10:00:00.000Z") }],
      empty: "",
      zero: 0,
    });
    expectSameAsSuperjson({ items: [], total: 0 });
    expectSameAsSuperjson([new Date(1), "a"]);
    expect(serialize({ items: [] })).toEqual({ json: { items: [] } });
  });

  it("leaves what it does not write to superjson: Map, Set, BigInt, NaN, -0, class instances, cycles, bare values", () => {
    class Money {
      constructor(readonly cents: number) {}
    }
    const cyclic: Record<string, unknown> = { name: "loop" };
    cyclic.self = cyclic;
    const values: unknown[] = [
      { map: new Map([["a", 1]]) },
      { set: new Set([1, 2]) },
      { big: 10n },
      { nan: Number.NaN, inf: Number.POSITIVE_INFINITY },
      { negativeZero: -0 },
      { money: new Money(5) },
      { invalid: new Date(Number.NaN) },
      cyclic,
      new Date(0),
      undefined,
      null,
      "text",
      42,
    ];
    for (const value of values) expect(serialize(value)).toEqual(superjson.serialize(value));
  });

  it("refuses a __proto__ key as superjson does", () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}}');
    expect(() => serialize(value)).toThrow(/prototype pollution/);
  });
});
