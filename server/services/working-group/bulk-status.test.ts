// One status for many working groups through the real router: preview and apply (one audit event each), unchanged
// ones refused at apply, stale versions as a conflict naming who, nothing written on a refusal, viewers refused.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { callerFor, TEST_ACTORS, trpcError } from "../../test/caller";
import { createTestDatabase } from "../../test/database";

let db: Db;
let editor: ReturnType<typeof callerFor>;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  editor = callerFor(db);
  const agreement = await db.agreement.findFirstOrThrow({ select: { id: true } });
  await db.workingGroup.createMany({
    data: Array.from({ length: 3 }, (_, index) => ({
      agreementId: agreement.id,
      name: `Sammelgruppe ${index + 1}`,
      status: "FORMING" as const,
    })),
  });
});

const ours = () =>
  db.workingGroup.findMany({
    where: { name: { startsWith: "Sammelgruppe" } },
    select: { id: true, version: true },
    orderBy: { id: "asc" },
  });
const auditCount = () => db.auditEvent.count();

describe("bulk working group status", () => {
  it("sets the status of every chosen working group, one audit event each; the same again is refused", async () => {
    const items = await ours();
    const change = { status: "ACTIVE" as const };
    const preview = await editor.workingGroup.bulkPreview({ selection: { filter: { q: "Sammelgruppe" } }, change });
    expect(preview).toMatchObject({ exceeded: false, matched: 3, conflicts: [] });
    expect(preview.changes.map((row) => [row.before, row.after])).toEqual(Array(3).fill(["FORMING", "ACTIVE"]));
    const before = await auditCount();
    expect(await editor.workingGroup.bulkApply({ items, change })).toEqual({ changed: 3 });
    expect((await auditCount()) - before).toBe(3);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "WORKING_GROUP", entityId: String(items[0]?.id) },
      orderBy: { id: "desc" },
    });
    expect(event).toMatchObject({ action: "UPDATE", changes: { status: { before: "FORMING", after: "ACTIVE" } } });
    const again = await ours();
    const unchanged = await auditCount();
    expect((await trpcError(() => editor.workingGroup.bulkApply({ items: again, change }))).code).toBe("BAD_REQUEST");
    expect(await auditCount()).toBe(unchanged);
  });

  it("is a conflict naming who changed a working group since; nothing written; viewers refused", async () => {
    const items = await ours();
    const [first] = items;
    if (!first) throw new Error("no working groups");
    await callerFor(db, TEST_ACTORS.ADMIN).workingGroup.bulkApply({ items: [first], change: { status: "PAUSED" } });
    const before = await auditCount();
    const error = await trpcError(() => editor.workingGroup.bulkApply({ items, change: { status: "CONCLUDED" } }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain(TEST_ACTORS.ADMIN.name);
    expect(await auditCount()).toBe(before);
    expect(await db.workingGroup.count({ where: { name: { startsWith: "Sammelgruppe" }, status: "CONCLUDED" } })).toBe(
      0,
    );
    const viewer = callerFor(db, TEST_ACTORS.VIEWER);
    expect(
      (await trpcError(() => viewer.workingGroup.bulkPreview({ selection: { items }, change: { status: "ACTIVE" } })))
        .code,
    ).toBe("FORBIDDEN");
  });

  // The selection rules every kind shares (server/services/shared/bulk-selection.ts).
  it("keeps the chosen order, and refuses an id chosen twice or one that does not exist, writing nothing", async () => {
    const items = (await ours()).reverse();
    const change = { status: "FORMING" as const };
    const preview = await editor.workingGroup.bulkPreview({ selection: { items }, change });
    expect([...preview.changes, ...preview.unchanged].map((row) => row.id).sort()).toEqual(
      items.map((item) => item.id).sort(),
    );
    expect(preview.matched).toBe(items.length);
    const before = await auditCount();
    const [first] = items;
    if (!first) throw new Error("no working groups");
    const twice = await trpcError(() => editor.workingGroup.bulkApply({ items: [first, first], change }));
    expect(twice.code).toBe("BAD_REQUEST");
    expect(twice.message).toContain("items");
    const missing = await trpcError(() =>
      editor.workingGroup.bulkApply({ items: [first, { id: 999_999, version: 1 }], change }),
    );
    expect(missing.code).toBe("NOT_FOUND");
    expect(missing.message).toBe("Working group 999999 does not exist.");
    const missingInPreview = await trpcError(() =>
      editor.workingGroup.bulkPreview({ selection: { items: [{ id: 999_998, version: 1 }] }, change }),
    );
    expect(missingInPreview.message).toBe("Working group 999998 does not exist.");
    expect(await auditCount()).toBe(before);
  });
});
