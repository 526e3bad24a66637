// The change feed (issue 20): PostgreSQL tells every listener of each committed change, never of a rolled-back
// one; a lost connection is noticed, reconnected and reported as a resync; and the dashboard's cached figures (the
// statistics and the agenda's overdue / due-soon counts) of two "app servers" (two clients with their own feeds on one database) always equal a fresh computation once the
// feed has delivered the last change, whichever server made it.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TAgreementListInput, ZAgreementListInput } from "../lists/agreements";
import { ZAgreementCreateInput, ZAgreementTransitionInput } from "../schemas/agreement";
import { getAgendaFigures, getCachedAgendaFigures } from "../services/agenda/agenda";
import { listAgreements } from "../services/agreement/list";
import { transitionAgreement } from "../services/agreement/transition";
import { createAgreement } from "../services/agreement/write";
import { cachedDashboard } from "../services/statistics/cache";
import { getDashboard } from "../services/statistics/dashboard";
import { callerFor, TEST_ACTORS } from "../test/caller";
import { createTestDatabase } from "../test/database";
import { attachChangeFeed, type ChangeFeed, type FeedEvent } from "./change-feed";
import { createPrismaClient, type Db } from "./prisma";

let url: string;
let dbA: Db;
let dbB: Db;
let feedA: ChangeFeed;
let feedB: ChangeFeed;
const events: FeedEvent[] = [];

beforeAll(async () => {
  ({ db: dbA, url } = await createTestDatabase("seeded"));
  dbB = createPrismaClient(url, { maxConnections: 3 });
  feedA = attachChangeFeed(dbA, url);
  feedB = attachChangeFeed(dbB, url);
  feedA.subscribe((event) => events.push(event));
  await Promise.all([feedA.ready(), feedB.ready()]);
});

afterAll(async () => {
  await feedA.close();
  await feedB.close();
  await dbB.$disconnect();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function lastAuditId(db: Db): Promise<number> {
  return (await db.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0;
}

/** Resolves when `feed` has delivered the change with audit id `id` (or a later one). */
function delivered(feed: ChangeFeed, id: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`change ${id} not delivered within 5 s`)), 5_000);
    const stop = feed.subscribe((event) => {
      if (event.kind === "change" && event.id >= id) {
        clearTimeout(timer);
        stop();
        resolve();
      }
    });
  });
}

async function partnerIds(db: Db): Promise<number[]> {
  return (await db.partner.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: 20 })).map((p) => p.id);
}

describe("the change feed", () => {
  it("tells of a committed change, with the record's kind and id and no values", async () => {
    const partnerId = (await partnerIds(dbB))[0] as number;
    const before = await lastAuditId(dbA);
    const arrived = delivered(feedA, before + 1);
    const created = await createAgreement(
      dbB,
      TEST_ACTORS.EDITOR,
      ZAgreementCreateInput.parse({ type: "CONTACT", title: "Feed 1", partnerId, status: "ACTIVE" }),
    );
    await arrived;
    const change = events.findLast((event) => event.kind === "change");
    expect(change).toMatchObject({
      kind: "change",
      entity: "AGREEMENT",
      entityId: String(created.id),
      action: "CREATE",
    });
    expect(JSON.stringify(change)).not.toContain("Feed 1");
  });

  it("tells nobody of a change that was rolled back", async () => {
    const partnerId = (await partnerIds(dbB))[0] as number;
    const count = events.length;
    await expect(
      dbB.$transaction(async (tx) => {
        await tx.agreement.create({ data: { type: "CONTACT", title: "Feed rollback", partnerId, status: "ACTIVE" } });
        await tx.auditEvent.create({
          data: { actorName: "Test", action: "CREATE", entityType: "AGREEMENT", entityId: "0" },
        });
        throw new Error("rolled back on purpose");
      }),
    ).rejects.toThrow("rolled back on purpose");
    await sleep(300);
    expect(events.slice(count).filter((event) => event.kind === "change")).toEqual([]);
  });

  it("notices a lost connection, reports a resync and listens again", async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const count = events.length;
    try {
      const killed = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = current_database() AND query = 'LISTEN record_changes' AND pid <> pg_backend_pid()`,
      );
      expect(killed.rowCount).toBeGreaterThanOrEqual(2);
    } finally {
      await admin.end();
    }
    const deadline = Date.now() + 10_000;
    while (!(feedA.connected && events.slice(count).some((e) => e.kind === "resync")) && Date.now() < deadline) {
      await sleep(50);
    }
    expect(events.slice(count).some((event) => event.kind === "resync")).toBe(true);
    expect(feedA.connected).toBe(true);
    // Heard again after the reconnect.
    const partnerId = (await partnerIds(dbB))[0] as number;
    const arrived = delivered(feedA, (await lastAuditId(dbA)) + 1);
    await createAgreement(
      dbB,
      TEST_ACTORS.EDITOR,
      ZAgreementCreateInput.parse({ type: "CONTACT", title: "Feed 2", partnerId, status: "ACTIVE" }),
    );
    await arrived;
  });
});

const LIST_INPUT: TAgreementListInput = { status: ["ACTIVE", "PROPOSED", "DORMANT"], sort: "title", dir: "desc" };

describe("read answers kept until a change", () => {
  it("are one answer for repeated reads while the feed is up, and a new one after a change on the other server", async () => {
    await Promise.all([feedA.ready(), feedB.ready()]);
    const first = await callerFor(dbA).agreement.list(LIST_INPUT);
    expect(await callerFor(dbA).agreement.list(LIST_INPUT)).toBe(first);
    const partnerId = (await partnerIds(dbB))[0] as number;
    const arrived = delivered(feedA, (await lastAuditId(dbA)) + 1);
    await createAgreement(
      dbB,
      TEST_ACTORS.EDITOR,
      ZAgreementCreateInput.parse({ type: "CONTACT", title: "Zzz kept answer", partnerId, status: "ACTIVE" }),
    );
    await arrived;
    const after = await callerFor(dbA).agreement.list(LIST_INPUT);
    expect(after).not.toBe(first);
    expect(after.total).toBe(first.total + 1);
  });
});

/** The calendar date `days` from now, as an agreement's "valid until" (ISO, day precision). */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe("cached dashboard figures on two app servers", () => {
  it("show a change made on the other server as soon as the feed delivers it", async () => {
    await Promise.all([feedA.ready(), feedB.ready()]);
    const before = await cachedDashboard(dbA);
    const partnerId = (await partnerIds(dbB))[1] as number;
    const arrived = delivered(feedA, (await lastAuditId(dbA)) + 1);
    await createAgreement(
      dbB,
      TEST_ACTORS.EDITOR,
      ZAgreementCreateInput.parse({ type: "FRIENDSHIP", title: "Feed 3", partnerId, status: "ACTIVE" }),
    );
    const started = Date.now();
    await arrived;
    // The feed's delay (commit to notification), not the figures' computation, which depends on the machine's load.
    expect(Date.now() - started).toBeLessThan(1_000);
    const after = await cachedDashboard(dbA);
    expect(after.keyFigures.activeAgreements).toBe(before.keyFigures.activeAgreements + 1);
  });

  it("equal a fresh computation after random changes on either server", async () => {
    // A fixed pseudo-random sequence (reproducible), over creations and status changes on both servers.
    let seed = 20_261_207;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const partners = await partnerIds(dbA);
    const created: number[] = [];
    for (let step = 0; step < 12; step++) {
      const [db, other] = random() < 0.5 ? [dbA, dbB] : [dbB, dbA];
      // Read through both caches first, so each has figures to keep (or to drop).
      await Promise.all([
        cachedDashboard(db),
        cachedDashboard(other),
        getCachedAgendaFigures(db),
        getCachedAgendaFigures(other),
      ]);
      const next = (await lastAuditId(db)) + 1;
      const arrived = Promise.all([delivered(feedA, next), delivered(feedB, next)]);
      if (created.length > 0 && random() < 0.4) {
        const id = created[Math.floor(random() * created.length)] as number;
        const current = await db.agreement.findUniqueOrThrow({ where: { id }, select: { status: true } });
        const following: Record<string, "DORMANT" | "ACTIVE" | "IN_NEGOTIATION" | "SIGNED"> = {
          ACTIVE: "DORMANT",
          DORMANT: "ACTIVE",
          PROPOSED: "IN_NEGOTIATION",
          IN_NEGOTIATION: "SIGNED",
          SIGNED: "ACTIVE",
        };
        const to = following[current.status] ?? "ACTIVE";
        await transitionAgreement(
          db,
          TEST_ACTORS.EDITOR,
          ZAgreementTransitionInput.parse({ id, to, reason: `Zufall ${step}` }),
        );
      } else {
        const agreement = await createAgreement(
          db,
          TEST_ACTORS.EDITOR,
          ZAgreementCreateInput.parse({
            type: random() < 0.5 ? "CONTACT" : "FRIENDSHIP",
            title: `Feed random ${step}`,
            partnerId: partners[Math.floor(random() * partners.length)] as number,
            status: random() < 0.7 ? "ACTIVE" : "PROPOSED",
            // Some run out within the agenda's 30 days, so the agenda's figures change as well.
            ...(random() < 0.5 ? { validUntil: inDays(10) } : {}),
          }),
        );
        created.push(agreement.id);
      }
      await arrived;
      for (const server of [dbA, dbB]) {
        expect(await cachedDashboard(server)).toEqual(await getDashboard(server));
        expect(await getCachedAgendaFigures(server)).toEqual(await getAgendaFigures(server));
        // A list read through the API (kept by procedure and input) equals a fresh read.
        expect(await callerFor(server).agreement.list(LIST_INPUT)).toEqual(
          await listAgreements(server, ZAgreementListInput.parse(LIST_INPUT)),
        );
      }
    }
  });
});
