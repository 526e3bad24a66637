// One status for many commitments through the real router: preview and apply (one audit event per commitment with
// its agreement as parent), the reason done and dropped require, stale versions as a conflict naming who, nothing
// written on a refusal, viewers refused.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { callerFor, TEST_ACTORS, trpcError } from "../../test/caller";
import { createTestDatabase } from "../../test/database";

let db: Db;
let editor: ReturnType<typeof callerFor>;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  editor = callerFor(db);
  // A few commitments of our own under a seed agreement, all open.
  const agreement = await db.agreement.findFirstOrThrow({ select: { id: true } });
  await db.commitment.createMany({
    data: Array.from({ length: 4 }, (_, index) => ({
      agreementId: agreement.id,
      title: `Sammelzusage ${index + 1}`,
      status: "OPEN" as const,
    })),
  });
});

const ours = () =>
  db.commitment.findMany({
    where: { title: { startsWith: "Sammelzusage" } },
    select: { id: true, version: true },
    orderBy: { id: "asc" },
  });
const counts = async () => ({
  audit: await db.auditEvent.count(),
  versions: (await db.commitment.aggregate({ _sum: { version: true } }))._sum.version,
});

describe("bulk commitment status", () => {
  it("requires a reason for done, for the whole change, writing nothing", async () => {
    const items = await ours();
    const before = await counts();
    const error = await trpcError(() => editor.commitment.bulkApply({ items, change: { status: "DONE" } }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("reason");
    expect(await counts()).toEqual(before);
  });

  it("sets the status of every chosen commitment, one audit event each with the agreement as parent", async () => {
    const items = await ours();
    const change = { status: "DONE" as const, reason: "Alle im Sammeltermin erledigt" };
    const preview = await editor.commitment.bulkPreview({ selection: { filter: { q: "Sammelzusage" } }, change });
    expect(preview).toMatchObject({ exceeded: false, matched: 4, conflicts: [] });
    expect(preview.changes.map((row) => [row.before, row.after])).toEqual(Array(4).fill(["OPEN", "DONE"]));
    const before = await counts();
    expect(await editor.commitment.bulkApply({ items, change })).toEqual({ changed: 4 });
    expect((await counts()).audit - before.audit).toBe(4);
    const rows = await db.commitment.findMany({ where: { id: { in: items.map((item) => item.id) } } });
    for (const row of rows) {
      expect(row).toMatchObject({
        status: "DONE",
        statusReason: change.reason,
        statusChangedBy: TEST_ACTORS.EDITOR.name,
      });
    }
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "COMMITMENT", entityId: String(items[0]?.id) },
      orderBy: { id: "desc" },
    });
    expect(event).toMatchObject({ action: "STATUS_CHANGE", parentType: "AGREEMENT" });
    expect(event.changes).toMatchObject({ status: { before: "OPEN", after: "DONE" } });
    // Again: nothing would change, and apply refuses it.
    const again = await editor.commitment.bulkPreview({ selection: { items: await ours() }, change });
    expect(again.unchanged).toHaveLength(4);
    expect((await trpcError(() => editor.commitment.bulkApply({ items: again.unchanged, change }))).code).toBe(
      "BAD_REQUEST",
    );
  });

  it("is a conflict naming who changed a commitment since; nothing written; viewers refused", async () => {
    const items = await ours();
    const [first] = items;
    if (!first) throw new Error("no commitments");
    await callerFor(db, TEST_ACTORS.ADMIN).commitment.setStatus({ ...first, status: "IN_PROGRESS" });
    const before = await counts();
    const error = await trpcError(() => editor.commitment.bulkApply({ items, change: { status: "OPEN" } }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain(TEST_ACTORS.ADMIN.name);
    expect(await counts()).toEqual(before);
    const viewer = callerFor(db, TEST_ACTORS.VIEWER);
    expect((await trpcError(() => viewer.commitment.bulkApply({ items, change: { status: "OPEN" } }))).code).toBe(
      "FORBIDDEN",
    );
  });
});
