// Bulk changes of agreements through the real router against the seeded database: the preview lists what changes,
// what is refused by the lifecycle table (with the reason) and what is in conflict; apply writes all or nothing,
// one audit event per agreement changed, with versions checked; viewers are refused; 1,000 at most.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { canTransition } from "../../domain/agreement-status";
import { BULK_LIMIT } from "../../lists/bulk";
import { callerFor, TEST_ACTORS, trpcError } from "../../test/caller";
import { createTestDatabase } from "../../test/database";

let db: Db;
let editor: ReturnType<typeof callerFor>;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  editor = callerFor(db);
});

const rowsOf = (ids: readonly number[]) =>
  db.agreement.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, version: true, status: true, title: true, responsibleUnit: true, statusSince: true },
    orderBy: { id: "asc" },
  });

/** Row counts of what a bulk change writes, to show that a refused one wrote nothing. */
async function counts() {
  const [audit, statusChanges, versions] = await Promise.all([
    db.auditEvent.count(),
    db.statusChange.count(),
    db.agreement.aggregate({ _sum: { version: true } }),
  ]);
  return { audit, statusChanges, versions: versions._sum.version };
}

describe("bulk status change", () => {
  it("previews the lifecycle table's refusals with their reasons, then applies the rest: one event each", async () => {
    const all = await db.agreement.findMany({
      select: { id: true, version: true, status: true, statusSince: true },
      orderBy: { id: "asc" },
    });
    // DORMANT: allowed from ACTIVE and SUSPENDED only (the table), so the seed gives both kinds.
    const chosen = [
      ...all.filter((row) => canTransition(row.status, "DORMANT")).slice(0, 8),
      ...all.filter((row) => row.status !== "DORMANT" && !canTransition(row.status, "DORMANT")).slice(0, 4),
    ].sort((a, b) => a.id - b.id);
    const allowed = chosen.filter((row) => canTransition(row.status, "DORMANT"));
    const refused = chosen.filter((row) => !canTransition(row.status, "DORMANT"));
    expect(allowed.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);

    const change = { kind: "status" as const, to: "DORMANT" as const, reason: "Sammelprüfung 2026" };
    const preview = await editor.agreement.bulkPreview({
      selection: { items: chosen.map(({ id, version }) => ({ id, version })) },
      change,
    });
    expect(preview.exceeded).toBe(false);
    expect(preview.matched).toBe(chosen.length);
    expect(preview.conflicts).toEqual([]);
    expect(preview.changes.map((row) => row.id).sort()).toEqual(allowed.map((row) => row.id).sort());
    expect(preview.refused.map((row) => [row.id, row.refusal])).toEqual(
      refused.map((row) => [row.id, { reason: "transition", from: row.status }]),
    );

    const before = await counts();
    const result = await editor.agreement.bulkApply({
      items: preview.changes.map(({ id, version }) => ({ id, version })),
      change,
    });
    expect(result).toEqual({ changed: allowed.length });
    const after = await counts();
    expect(after.audit - before.audit).toBe(allowed.length);
    expect(after.statusChanges - before.statusChanges).toBe(allowed.length);
    for (const row of await rowsOf(allowed.map((row) => row.id))) {
      expect(row.status).toBe("DORMANT");
      expect(row.version).toBe((allowed.find((old) => old.id === row.id)?.version ?? 0) + 1);
    }
    const events = await db.auditEvent.findMany({
      where: {
        entityType: "AGREEMENT",
        entityId: { in: allowed.map((row) => String(row.id)) },
        action: "STATUS_CHANGE",
      },
      orderBy: { id: "desc" },
      take: allowed.length,
      select: { entityId: true, actorName: true, changes: true },
    });
    expect(new Set(events.map((event) => event.entityId)).size).toBe(allowed.length);
    for (const event of events) {
      expect(event.actorName).toBe(TEST_ACTORS.EDITOR.name);
      expect(event.changes).toMatchObject({ status: { after: "DORMANT" }, reason: { after: "Sammelprüfung 2026" } });
    }
    const history = await db.statusChange.findFirstOrThrow({
      where: { agreementId: allowed[0]?.id },
      orderBy: { id: "desc" },
    });
    expect(history).toMatchObject({
      toStatus: "DORMANT",
      reason: "Sammelprüfung 2026",
      changedBy: TEST_ACTORS.EDITOR.name,
    });
  });

  it("refuses the whole change when one agreement cannot take it, writing nothing", async () => {
    const rows = await db.agreement.findMany({
      select: { id: true, version: true, status: true },
      orderBy: { id: "asc" },
    });
    const ok = rows.find((row) => canTransition(row.status, "ENDED"));
    const ended = await db.agreement.findFirst({ where: { status: "ENDED" }, select: { id: true, version: true } });
    expect(ok && ended).toBeTruthy();
    const before = await counts();
    const error = await trpcError(() =>
      editor.agreement.bulkApply({
        items: [
          { id: ok?.id ?? 0, version: ok?.version ?? 0 },
          { id: ended?.id ?? 0, version: ended?.version ?? 0 },
        ],
        change: { kind: "status", to: "ENDED", reason: "Alles beendet" },
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("cannot take this change");
    expect(await counts()).toEqual(before);
  });

  it("refuses a date before an agreement's current status, per agreement, in the preview", async () => {
    const row = await db.agreement.findFirstOrThrow({
      where: { status: "ACTIVE", statusSince: { gt: new Date("2000-01-01") } },
      select: { id: true, version: true, statusSince: true },
    });
    const preview = await editor.agreement.bulkPreview({
      selection: { items: [{ id: row.id, version: row.version }] },
      change: { kind: "status", to: "SUSPENDED", reason: "Rückdatiert", effectiveOn: "1999-01-01" },
    });
    expect(preview.changes).toEqual([]);
    expect(preview.refused[0]?.refusal).toEqual({
      reason: "beforeCurrentStatus",
      date: row.statusSince?.toISOString().slice(0, 10),
    });
  });

  it("takes a scope only for a dormant or suspended status, for the whole change", async () => {
    const row = await db.agreement.findFirstOrThrow({
      where: { status: "ACTIVE" },
      select: { id: true, version: true },
    });
    const refused = await trpcError(() =>
      editor.agreement.bulkPreview({
        selection: { items: [row] },
        change: { kind: "status", to: "ENDED", reason: "Beendet mit Bereich", scope: "Jugendaustausch" },
      }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toContain("scope");
    const change = { kind: "status" as const, to: "SUSPENDED" as const, reason: "Teilweise", scope: "Jugendaustausch" };
    await editor.agreement.bulkApply({ items: [row], change });
    expect(await db.agreement.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "SUSPENDED",
      statusScope: "Jugendaustausch",
    });
  });
});

describe("versions, roles and the limit", () => {
  it("is a conflict naming who changed an agreement since it was chosen, and writes nothing", async () => {
    const [a, b] = await db.agreement.findMany({
      select: { id: true, version: true },
      orderBy: { id: "asc" },
      take: 2,
    });
    if (!a || !b) throw new Error("seed has agreements");
    // Someone else changes b after the selection.
    const admin = callerFor(db, TEST_ACTORS.ADMIN);
    await admin.agreement.bulkApply({
      items: [b],
      change: { kind: "responsibleUnit", value: "Büro der Oberbürgermeisterin" },
    });

    const preview = await editor.agreement.bulkPreview({
      selection: { items: [a, b] },
      change: { kind: "responsibleUnit", value: "Amt für Internationales" },
    });
    expect(preview.conflicts).toEqual([expect.objectContaining({ id: b.id, by: TEST_ACTORS.ADMIN.name })]);

    const before = await counts();
    const error = await trpcError(() =>
      editor.agreement.bulkApply({
        items: [a, b],
        change: { kind: "responsibleUnit", value: "Amt für Internationales" },
      }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain(TEST_ACTORS.ADMIN.name);
    expect(await counts()).toEqual(before);
    expect((await rowsOf([a.id]))[0]?.responsibleUnit).not.toBe("Amt für Internationales");
  });

  it("refuses viewers and callers without a session (FORBIDDEN, UNAUTHORIZED), writing nothing", async () => {
    const row = await db.agreement.findFirstOrThrow({ select: { id: true, version: true } });
    const input = { items: [row], change: { kind: "responsibleUnit" as const, value: "Viewer-Amt" } };
    const before = await counts();
    const viewer = callerFor(db, TEST_ACTORS.VIEWER);
    expect((await trpcError(() => viewer.agreement.bulkApply(input))).code).toBe("FORBIDDEN");
    expect(
      (await trpcError(() => viewer.agreement.bulkPreview({ selection: { items: [row] }, change: input.change }))).code,
    ).toBe("FORBIDDEN");
    expect((await trpcError(() => callerFor(db, null).agreement.bulkApply(input))).code).toBe("UNAUTHORIZED");
    expect(await counts()).toEqual(before);
  });

  it(`takes at most ${BULK_LIMIT} agreements, and says so when a filter matches more`, async () => {
    const tooMany = Array.from({ length: BULK_LIMIT + 1 }, (_, index) => ({ id: index + 1, version: 1 }));
    const error = await trpcError(() =>
      editor.agreement.bulkApply({ items: tooMany, change: { kind: "responsibleUnit", value: "x" } }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    // A filter that matches more than the limit: the preview says how many and works nothing out.
    const partner = await db.partner.findFirstOrThrow({ select: { id: true } });
    const extra = BULK_LIMIT + 5 - (await db.agreement.count());
    await db.agreement.createMany({
      data: Array.from({ length: extra }, (_, index) => ({
        type: "FRIENDSHIP" as const,
        title: `Massentest ${index}`,
        partnerId: partner.id,
        status: "PROPOSED" as const,
      })),
    });
    const total = await db.agreement.count();
    const preview = await editor.agreement.bulkPreview({
      selection: { filter: {} },
      change: { kind: "responsibleUnit", value: "x" },
    });
    expect(preview).toMatchObject({ exceeded: true, matched: total, limit: BULK_LIMIT, changes: [] });
    // Narrowed under the limit it works: only the test's proposals.
    const narrowed = await editor.agreement.bulkPreview({
      selection: { filter: { q: "Massentest" } },
      change: { kind: "responsibleUnit", value: "Testamt" },
    });
    expect(narrowed).toMatchObject({ exceeded: false, matched: extra });
    expect(narrowed.changes).toHaveLength(extra);
  });
});

describe("responsible unit and area link status", () => {
  it("changes the responsible unit with the agreement's audit snapshot, unchanged ones listed apart", async () => {
    const rows = await db.agreement.findMany({
      where: { status: "ACTIVE" },
      select: { id: true, version: true },
      take: 3,
    });
    const change = { kind: "responsibleUnit" as const, value: "Amt für Städtepartnerschaften" };
    const first = await editor.agreement.bulkPreview({ selection: { items: rows }, change });
    await editor.agreement.bulkApply({ items: first.changes.map(({ id, version }) => ({ id, version })), change });
    const again = await editor.agreement.bulkPreview({
      selection: { items: (await rowsOf(rows.map((row) => row.id))).map(({ id, version }) => ({ id, version })) },
      change,
    });
    expect(again.changes).toEqual([]);
    expect(again.unchanged).toHaveLength(rows.length);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "AGREEMENT", entityId: String(first.changes[0]?.id), action: "UPDATE" },
      orderBy: { id: "desc" },
    });
    expect(event.changes).toMatchObject({ responsibleUnit: { after: "Amt für Städtepartnerschaften" } });
  });

  it("sets a cooperation area's link status where the link exists, and refuses agreements without it", async () => {
    const linked = await db.agreementArea.findFirstOrThrow({
      where: { status: "PLANNED" },
      select: { agreementId: true, area: { select: { code: true } } },
    });
    const code = linked.area.code;
    const unlinked = await db.agreement.findFirstOrThrow({
      where: { areas: { none: { area: { code } } } },
      select: { id: true, version: true },
    });
    const withLink = await db.agreement.findUniqueOrThrow({
      where: { id: linked.agreementId },
      select: { id: true, version: true },
    });
    const change = { kind: "areaStatus" as const, area: code, status: "ACTIVE" as const };
    const preview = await editor.agreement.bulkPreview({ selection: { items: [withLink, unlinked] }, change });
    expect(preview.changes.map((row) => [row.id, row.before, row.after])).toEqual([[withLink.id, "PLANNED", "ACTIVE"]]);
    expect(preview.refused).toEqual([
      expect.objectContaining({ id: unlinked.id, refusal: { reason: "noAreaLink", area: code } }),
    ]);
    const before = await counts();
    await editor.agreement.bulkApply({ items: [withLink], change });
    expect((await counts()).audit - before.audit).toBe(1);
    const link = await db.agreementArea.findFirstOrThrow({ where: { agreementId: withLink.id, area: { code } } });
    expect(link.status).toBe("ACTIVE");
  });
});
