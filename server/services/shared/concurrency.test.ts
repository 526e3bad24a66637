// Concurrent editing against a real PostgreSQL: an update or status change made on an outdated version is refused
// with CONFLICT naming who changed the record and when, never a silent overwrite; and under many parallel writes
// to one record exactly one per version is accepted, with exactly one audit event per accepted change.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import { createPrismaClient, type Db } from "../../db/prisma";
import { allowedTransitions } from "../../domain/agreement-status";
import { DomainError } from "../../domain/errors";
import type { TAgreementUpdateInput } from "../../schemas/agreement";
import { callerFor, TEST_ACTORS, trpcError } from "../../test/caller";
import { createTestDatabase } from "../../test/database";
import { createContextFor } from "../../trpc/context";
import { MappedError } from "../../trpc/errors";
import { appRouter } from "../../trpc/root";

/** Parallel calls per round; the client below has a connection for each, so they really run at the same time. */
const PARALLEL = 25;
const ROUNDS = 4;

let db: Db;
let partnerId: number;

beforeAll(async () => {
  const test = await createTestDatabase("seeded");
  // The file's default client has 5 connections; this one lets every parallel call hold its own.
  db = createPrismaClient(test.url, { maxConnections: PARALLEL + 5 });
  partnerId = (await db.partner.findFirstOrThrow({ select: { id: true } })).id;
});

afterAll(async () => {
  await db.$disconnect();
});

const ALICE: Actor = { id: "editor-alice", name: "Alice Amsel", email: "alice@example.org", role: "EDITOR" };
const BOB: Actor = { id: "editor-bob", name: "Bruno Buchfink", email: "bruno@example.org", role: "EDITOR" };
const editorNo = (n: number): Actor => ({
  id: `editor-${n}`,
  name: `Redakteur ${n}`,
  email: `r${n}@example.org`,
  role: "EDITOR",
});

async function newAgreement(title: string, status: "ACTIVE" | "PROPOSED" = "ACTIVE") {
  return callerFor(db, TEST_ACTORS.EDITOR).agreement.create({
    type: "PROJECT_PARTNERSHIP",
    title,
    partnerId,
    status,
    areas: [{ code: "CULTURE", status: "ACTIVE" }],
  });
}

function updateInput(id: number, version: number, title: string): TAgreementUpdateInput {
  return { id, version, type: "PROJECT_PARTNERSHIP", title, partnerId, areas: [{ code: "CULTURE", status: "ACTIVE" }] };
}

/** The conflict details the error carries to the form (MappedError's details, and its cause, the DomainError). */
function conflictOf(error: unknown) {
  expect(error).toBeInstanceOf(MappedError);
  const mapped = error as MappedError;
  expect(mapped.code).toBe("CONFLICT");
  expect(mapped.cause).toBeInstanceOf(DomainError);
  expect((mapped.cause as DomainError).details.conflict).toEqual(mapped.details.conflict);
  const conflict = mapped.details.conflict;
  if (!conflict) throw new Error("CONFLICT without details");
  return conflict;
}

/** Every table's row count and a hash of all its rows: any insert, update or delete changes it. */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
    ORDER BY tablename`;
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ count: bigint; hash: string | null }[]>(
      `SELECT count(*) AS count, md5(string_agg(t::text, '|' ORDER BY t::text)) AS hash FROM "${name}" t`,
    );
    result[name] = `${row?.count ?? 0}:${row?.hash ?? ""}`;
  }
  return result;
}

function auditCount(id: number, action: "UPDATE" | "STATUS_CHANGE") {
  return db.auditEvent.count({ where: { entityType: "AGREEMENT", entityId: String(id), action } });
}

/** Splits settled results into the accepted ones (with the index of the call) and the errors. */
function split<T>(results: PromiseSettledResult<T>[]) {
  const accepted = results.flatMap((result, index) =>
    result.status === "fulfilled" ? [{ index, value: result.value }] : [],
  );
  const refused = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
  return { accepted, refused };
}

describe("two editors, one agreement", () => {
  it("the second save on the same version is refused with CONFLICT naming the first editor and when; nothing of it is written", async () => {
    const { id } = await newAgreement("Projektpartnerschaft Konflikt");
    // Both open the agreement.
    const seenByAlice = await callerFor(db, ALICE).agreement.byId({ id });
    const seenByBob = await callerFor(db, BOB).agreement.byId({ id });
    expect(seenByAlice.version).toBe(seenByBob.version);
    const version = seenByAlice.version;

    const saved = await callerFor(db, ALICE).agreement.update(updateInput(id, version, "Alices Fassung"));
    expect(saved.version).toBe(version + 1);
    const aliceEvent = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "AGREEMENT", entityId: String(id), action: "UPDATE" },
      orderBy: { id: "desc" },
    });
    expect(aliceEvent.actorName).toBe(ALICE.name);

    const before = await fingerprint();
    const error = await trpcError(() =>
      callerFor(db, BOB).agreement.update(updateInput(id, version, "Brunos Fassung")),
    );
    const conflict = conflictOf(error);
    expect(conflict).toEqual({ by: ALICE.name, at: aliceEvent.at.toISOString(), currentVersion: version + 1 });
    expect(Math.abs(Date.parse(conflict.at ?? "") - Date.now())).toBeLessThan(60_000);
    expect(error.message).toContain(ALICE.name);
    expect(error.message).toContain(aliceEvent.at.toISOString());
    expect(await fingerprint()).toEqual(before);
    expect((await db.agreement.findUniqueOrThrow({ where: { id } })).title).toBe("Alices Fassung");

    // Bob reloads and saves on the current version: accepted.
    const reloaded = await callerFor(db, BOB).agreement.byId({ id });
    const bobSaved = await callerFor(db, BOB).agreement.update(updateInput(id, reloaded.version, "Brunos Fassung"));
    expect(bobSaved.version).toBe(version + 2);
  });

  it("a status change on an outdated version is refused the same way, and so is a save after a status change", async () => {
    const { id, version } = await newAgreement("Projektpartnerschaft Status");
    await callerFor(db, ALICE).agreement.transition({ id, version, to: "DORMANT", reason: "Ruht seit dem Winter" });
    const stale = await trpcError(() =>
      callerFor(db, BOB).agreement.transition({ id, version, to: "SUSPENDED", reason: "Ausgesetzt" }),
    );
    expect(conflictOf(stale)).toMatchObject({ by: ALICE.name, currentVersion: version + 1 });
    const staleSave = await trpcError(() => callerFor(db, BOB).agreement.update(updateInput(id, version, "Veraltet")));
    expect(conflictOf(staleSave)).toMatchObject({ by: ALICE.name, currentVersion: version + 1 });
    const row = await db.agreement.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "DORMANT", title: "Projektpartnerschaft Status", version: version + 1 });
  });

  it("over HTTP the conflict reaches the client as 409 with who, when and the current version", async () => {
    const { id, version } = await newAgreement("Projektpartnerschaft HTTP");
    await callerFor(db, ALICE).agreement.update(updateInput(id, version, "Alice über HTTP"));
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request("http://localhost/api/trpc/agreement.update", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(superjson.serialize(updateInput(id, version, "Bruno über HTTP"))),
      }),
      router: appRouter,
      createContext: () => createContextFor(db, BOB),
    });
    expect(response.status).toBe(409);
    const body = (await response.json()) as { error: { json: { data: { code: string; conflict: unknown } } } };
    expect(body.error.json.data.code).toBe("CONFLICT");
    expect(body.error.json.data.conflict).toMatchObject({ by: ALICE.name, currentVersion: version + 1 });
  });

  it("the other records' versions are their own: parallel saves of different records all succeed", async () => {
    const created = await Promise.all(Array.from({ length: 10 }, (_, n) => newAgreement(`Getrennt ${n}`)));
    const results = await Promise.allSettled(
      created.map(({ id, version }, n) =>
        callerFor(db, editorNo(n)).agreement.update(updateInput(id, version, `Getrennt ${n} neu`)),
      ),
    );
    expect(results.map((result) => result.status)).toEqual(Array(10).fill("fulfilled"));
  });
});

describe(`${PARALLEL} parallel writes to one record, ${ROUNDS} rounds`, () => {
  it("updates: exactly one per version is accepted, the others get CONFLICT naming the winner; one audit event per accepted change", async () => {
    const { id, version: first } = await newAgreement("Ansturm");
    expect(first).toBe(1);
    let version = first;
    let acceptedTotal = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const results = await Promise.allSettled(
        Array.from({ length: PARALLEL }, (_, n) =>
          callerFor(db, editorNo(n)).agreement.update(updateInput(id, version, `Runde ${round}, Redakteur ${n}`)),
        ),
      );
      const { accepted, refused } = split(results);
      expect(accepted, `round ${round}`).toHaveLength(1);
      expect(refused, `round ${round}`).toHaveLength(PARALLEL - 1);
      const winner = accepted[0]?.index ?? -1;
      for (const error of refused) {
        expect(conflictOf(error)).toMatchObject({ by: editorNo(winner).name, currentVersion: version + 1 });
      }
      acceptedTotal += accepted.length;
      version += 1;
      const row = await db.agreement.findUniqueOrThrow({ where: { id } });
      expect(row.version).toBe(version);
      expect(row.title).toBe(`Runde ${round}, Redakteur ${winner}`);
      // The winner's areas are there exactly once (no half-applied loser replaced them).
      expect(await db.agreementArea.count({ where: { agreementId: id } })).toBe(1);
    }
    expect(await auditCount(id, "UPDATE")).toBe(acceptedTotal);
    expect((await db.agreement.findUniqueOrThrow({ where: { id } })).version).toBe(1 + acceptedTotal);
    const events = await db.auditEvent.findMany({
      where: { entityType: "AGREEMENT", entityId: String(id), action: "UPDATE" },
      orderBy: { id: "asc" },
    });
    // Each accepted change's event says what it changed from and to, in order.
    expect(events.map((event) => (event.changes as { title: { after: string } }).title.after)).toEqual(
      Array.from({ length: ROUNDS }, (_, r) => expect.stringMatching(new RegExp(`^Runde ${r + 1}, `))),
    );
  });

  it("status changes with a version: exactly one per version is accepted; one STATUS_CHANGE event and history entry each", async () => {
    const { id, version: first } = await newAgreement("Ansturm auf den Status");
    let version = first;
    let acceptedTotal = 0;
    const historyBefore = await db.statusChange.count({ where: { agreementId: id } });
    for (let round = 1; round <= ROUNDS; round++) {
      const current = await db.agreement.findUniqueOrThrow({ where: { id } });
      const to = allowedTransitions(current.status).find((status) => status !== "ENDED");
      if (!to) throw new Error(`stuck in ${current.status}`);
      const results = await Promise.allSettled(
        Array.from({ length: PARALLEL }, (_, n) =>
          callerFor(db, editorNo(n)).agreement.transition({ id, version, to, reason: `Runde ${round}` }),
        ),
      );
      const { accepted, refused } = split(results);
      expect(accepted, `round ${round}`).toHaveLength(1);
      expect(refused, `round ${round}`).toHaveLength(PARALLEL - 1);
      for (const error of refused) {
        expect(conflictOf(error)).toMatchObject({
          by: editorNo(accepted[0]?.index ?? -1).name,
          currentVersion: version + 1,
        });
      }
      acceptedTotal += 1;
      version += 1;
      expect(await db.agreement.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: to, version });
    }
    expect(await auditCount(id, "STATUS_CHANGE")).toBe(acceptedTotal);
    expect(await db.statusChange.count({ where: { agreementId: id } })).toBe(historyBefore + acceptedTotal);
    expect((await db.agreement.findUniqueOrThrow({ where: { id } })).version).toBe(1 + acceptedTotal);
  });

  it("status changes without a version: the row lock still lets only one leave the status it started from", async () => {
    const { id } = await newAgreement("Ansturm ohne Version");
    const results = await Promise.allSettled(
      Array.from({ length: PARALLEL }, (_, n) =>
        callerFor(db, editorNo(n)).agreement.transition({ id, to: "DORMANT", reason: "Gleichzeitig" }),
      ),
    );
    const { accepted, refused } = split(results);
    expect(accepted).toHaveLength(1);
    for (const error of refused) {
      expect(error).toBeInstanceOf(MappedError);
      expect((error as MappedError).code).toBe("BAD_REQUEST");
      expect((error as MappedError).details.allowedTransitions).toEqual(allowedTransitions("DORMANT"));
    }
    expect(await auditCount(id, "STATUS_CHANGE")).toBe(1);
    expect(await db.statusChange.count({ where: { agreementId: id, toStatus: "DORMANT" } })).toBe(1);
  });

  it("updates and status changes mixed on one version: exactly one of them is accepted", async () => {
    const { id, version } = await newAgreement("Gemischter Ansturm");
    const results = await Promise.allSettled(
      Array.from({ length: PARALLEL }, (_, n) =>
        n % 2 === 0
          ? callerFor(db, editorNo(n)).agreement.update(updateInput(id, version, `Gemischt ${n}`))
          : callerFor(db, editorNo(n)).agreement.transition({ id, version, to: "DORMANT", reason: `Gemischt ${n}` }),
      ),
    );
    const { accepted, refused } = split(results);
    expect(accepted).toHaveLength(1);
    for (const error of refused) conflictOf(error);
    const events = (await auditCount(id, "UPDATE")) + (await auditCount(id, "STATUS_CHANGE"));
    expect(events).toBe(1);
    expect((await db.agreement.findUniqueOrThrow({ where: { id } })).version).toBe(version + 1);
  });

  it("milestones, partners and accounts carry versions too: one accepted per version", async () => {
    const group = await db.workingGroup.findFirstOrThrow({ select: { id: true } });
    const milestone = await callerFor(db, ALICE).workingGroup.addMilestone({
      workingGroupId: group.id,
      title: "Parallel",
    });
    const milestoneResults = split(
      await Promise.allSettled(
        Array.from({ length: PARALLEL }, (_, n) =>
          callerFor(db, editorNo(n)).workingGroup.updateMilestone({
            id: milestone.id,
            version: milestone.version,
            title: `Parallel ${n}`,
          }),
        ),
      ),
    );
    expect(milestoneResults.accepted).toHaveLength(1);
    for (const error of milestoneResults.refused) conflictOf(error);
    expect(
      await db.auditEvent.count({
        where: { entityType: "MILESTONE", entityId: String(milestone.id), action: "UPDATE" },
      }),
    ).toBe(1);

    const partner = await callerFor(db, ALICE).partner.create({
      nameDe: "Parallelstadt",
      nameEn: "Parallel town",
      countryCode: "DE",
      continent: "EUROPE",
    });
    const partnerResults = split(
      await Promise.allSettled(
        Array.from({ length: PARALLEL }, (_, n) =>
          callerFor(db, editorNo(n)).partner.update({
            id: partner.id,
            version: partner.version,
            nameDe: "Parallelstadt",
            nameEn: "Parallel town",
            countryCode: "DE",
            continent: "EUROPE",
            notes: `Notiz ${n}`,
          }),
        ),
      ),
    );
    expect(partnerResults.accepted).toHaveLength(1);
    for (const error of partnerResults.refused) conflictOf(error);
    expect(
      await db.auditEvent.count({ where: { entityType: "PARTNER", entityId: String(partner.id), action: "UPDATE" } }),
    ).toBe(1);

    const account = await callerFor(db, TEST_ACTORS.ADMIN).account.create({
      name: "Parallel Konto",
      email: "parallel@stadt-koeln.example",
      role: "VIEWER",
      password: "Parallel-Passwort-1",
    });
    const accountResults = split(
      await Promise.allSettled(
        Array.from({ length: 10 }, (_, n) =>
          callerFor(db, TEST_ACTORS.ADMIN).account.update({
            id: account.id,
            version: account.version,
            name: `Parallel Konto ${n}`,
            email: account.email,
            role: "VIEWER",
          }),
        ),
      ),
    );
    expect(accountResults.accepted).toHaveLength(1);
    for (const error of accountResults.refused) conflictOf(error);
  });
});
