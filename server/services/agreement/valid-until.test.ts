// The agreement list's "valid until" filter and sort against a real PostgreSQL: dates known to the day, the month or
// the year run to their period's end; only agreements in force are reminded.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { callerFor } from "../../test/caller";
import { createTestDatabase } from "../../test/database";
import { addDays, today } from "../shared/dates";

let db: Db;
let api: ReturnType<typeof callerFor>;
const ids: Record<string, number> = {};

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  api = callerFor(db);
  const active = await db.agreement.findMany({ where: { status: "ACTIVE" }, orderBy: { id: "asc" }, take: 5 });
  const ended = await db.agreement.findFirstOrThrow({ where: { status: "ENDED" } });
  const now = today();
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const rows = [
    ["in20", addDays(now, 20), "DAY"],
    ["in60", addDays(now, 60), "DAY"],
    ["thisMonth", monthStart, "MONTH"],
    ["yesterday", addDays(now, -1), "DAY"],
    ["lastYear", new Date(Date.UTC(now.getUTCFullYear() - 1, 0, 1)), "YEAR"],
  ] as const;
  for (const [index, [name, validUntil, validUntilPrecision]] of rows.entries()) {
    const id = active[index]?.id ?? 0;
    await db.agreement.update({ where: { id }, data: { validUntil, validUntilPrecision } });
    ids[name] = id;
  }
  // An ended agreement whose date has passed is not "expired, still in force".
  await db.agreement.update({
    where: { id: ended.id },
    data: { validUntil: addDays(now, -3), validUntilPrecision: "DAY" },
  });
  ids.ended = ended.id;
});

const idsOf = async (validUntil: "within30" | "within90" | "within180" | "passed" | "set" | "none") =>
  (await api.agreement.list({ validUntil, pageSize: 200 })).items.map((item) => item.id).sort((a, b) => a - b);
const sorted = (...names: string[]) => names.map((name) => ids[name] as number).sort((a, b) => a - b);

describe("agreement.list's valid-until filter", () => {
  it("runs out within 30 and 90 days, at the date's precision", async () => {
    expect(await idsOf("within30")).toEqual(sorted("in20", "thisMonth"));
    expect(await idsOf("within90")).toEqual(sorted("in20", "in60", "thisMonth"));
  });

  it("has passed while still in force (not for ended agreements)", async () => {
    expect(await idsOf("passed")).toEqual(sorted("yesterday", "lastYear"));
  });

  it("set and not set", async () => {
    const set = await idsOf("set");
    expect(set).toEqual(expect.arrayContaining(sorted("in20", "in60", "thisMonth", "yesterday", "lastYear", "ended")));
    const none = await idsOf("none");
    expect(none.some((id) => set.includes(id))).toBe(false);
  });

  it("sorts by valid until, undated last", async () => {
    const page = await api.agreement.list({ sort: "validUntil", validUntil: "set", pageSize: 200 });
    const dates = page.items.map((item) => item.validUntil?.getTime() ?? Number.POSITIVE_INFINITY);
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(page.items[0]?.id).toBe(ids.lastYear);
  });
});
