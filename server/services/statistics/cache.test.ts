// The cached dashboard figures: reused within STATISTICS_CACHE_SECONDS, dropped by every mutation through tRPC,
// recomputed after the time for changes made elsewhere, shared by concurrent requests.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { callerFor, TEST_ACTORS } from "../../test/caller";
import { createTestDatabase } from "../../test/database";
import { cachedDashboard } from "./cache";

let db: Db;
let caller: ReturnType<typeof callerFor>;
const configured = process.env.STATISTICS_CACHE_SECONDS;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  caller = callerFor(db);
});

afterEach(() => {
  if (configured === undefined) delete process.env.STATISTICS_CACHE_SECONDS;
  else process.env.STATISTICS_CACHE_SECONDS = configured;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function partnerId() {
  return (await db.partner.findFirstOrThrow({ select: { id: true }, orderBy: { id: "asc" } })).id;
}

describe("cached dashboard figures", () => {
  it("are reused, and concurrent requests share one computation", async () => {
    process.env.STATISTICS_CACHE_SECONDS = "60";
    await caller.agreement.create({
      type: "CONTACT",
      title: "Cache 0",
      partnerId: await partnerId(),
      status: "ACTIVE",
    });
    const [a, b] = await Promise.all([caller.statistics.dashboard(), caller.statistics.dashboard()]);
    expect(b).toBe(a);
    expect(await caller.statistics.dashboard()).toBe(a);
  });

  it("are dropped by a change through the app, which shows at once", async () => {
    process.env.STATISTICS_CACHE_SECONDS = "60";
    const before = await caller.statistics.dashboard();
    await caller.agreement.create({
      type: "CONTACT",
      title: "Cache 1",
      partnerId: await partnerId(),
      status: "ACTIVE",
    });
    const after = await caller.statistics.dashboard();
    expect(after.keyFigures.activeAgreements).toBe(before.keyFigures.activeAgreements + 1);
    expect(await caller.statistics.dashboard()).toBe(after);
  });

  it("are kept by a refused call: no session, a role below the procedure's, bad input, a missing record", async () => {
    // Attack run: every refused mutation dropped the figures, so anyone (even without a session) could make each
    // dashboard request recompute them. Only a committed change drops them now.
    process.env.STATISTICS_CACHE_SECONDS = "60";
    const cached = await caller.statistics.dashboard();
    const partner = await partnerId();
    const refused = [
      () => callerFor(db, null).agreement.create({ type: "CONTACT", title: "Ohne Sitzung", partnerId: partner }),
      () =>
        callerFor(db, TEST_ACTORS.VIEWER).agreement.create({ type: "CONTACT", title: "Lesend", partnerId: partner }),
      () => caller.agreement.create({ type: "CONTACT", title: "", partnerId: 0 } as never),
      () => caller.partner.update({ id: 999_999, version: 1 } as never),
    ];
    for (const call of refused) {
      await expect(call()).rejects.toThrow();
      expect(await caller.statistics.dashboard()).toBe(cached);
    }
  });

  it("show a change made outside the app after STATISTICS_CACHE_SECONDS, not before", async () => {
    process.env.STATISTICS_CACHE_SECONDS = "0.5";
    const before = await caller.statistics.dashboard();
    await db.agreement.create({
      data: { type: "CONTACT", title: "Cache 2", partnerId: await partnerId(), status: "ACTIVE" },
    });
    expect((await caller.statistics.dashboard()).keyFigures.activeAgreements).toBe(before.keyFigures.activeAgreements);
    await sleep(600);
    expect((await caller.statistics.dashboard()).keyFigures.activeAgreements).toBe(
      before.keyFigures.activeAgreements + 1,
    );
  });

  it("are computed on every request with STATISTICS_CACHE_SECONDS=0", async () => {
    process.env.STATISTICS_CACHE_SECONDS = "0";
    const before = await cachedDashboard(db);
    await db.agreement.create({
      data: { type: "CONTACT", title: "Cache 3", partnerId: await partnerId(), status: "ACTIVE" },
    });
    const after = await cachedDashboard(db);
    expect(after).not.toBe(before);
    expect(after.keyFigures.activeAgreements).toBe(before.keyFigures.activeAgreements + 1);
  });
});
