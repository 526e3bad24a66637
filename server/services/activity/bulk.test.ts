// Activities changed in bulk through the real router: verified, type, a cooperation area added and removed; one
// audit event per activity with the field before and after; what a change leaves as it is refuses the apply; a
// stale version is a conflict naming who; an unknown area is a field error; viewers refused; nothing written on a
// refusal.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { callerFor, TEST_ACTORS, trpcError } from "../../test/caller";
import { createTestDatabase } from "../../test/database";

let db: Db;
let editor: ReturnType<typeof callerFor>;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  editor = callerFor(db);
  await db.activity.createMany({
    data: Array.from({ length: 3 }, (_, index) => ({
      type: "MEETING" as const,
      title: `Sammeltreffen ${index + 1}`,
      startOn: new Date(Date.UTC(2025, 2, index + 1)),
    })),
  });
});

const ours = () =>
  db.activity.findMany({
    where: { title: { startsWith: "Sammeltreffen" } },
    select: { id: true, version: true },
    orderBy: { id: "asc" },
  });
const auditCount = () => db.auditEvent.count();
const lastEvent = (id: number) =>
  db.auditEvent.findFirstOrThrow({ where: { entityType: "ACTIVITY", entityId: String(id) }, orderBy: { id: "desc" } });
const filter = { q: "Sammeltreffen" };

describe("bulk changes of activities", () => {
  it("marks every activity the filter matches verified, one audit event each; the same again is refused", async () => {
    const change = { kind: "verified", value: "VERIFIED" } as const;
    const preview = await editor.activity.bulkPreview({ selection: { filter }, change });
    expect(preview).toMatchObject({ exceeded: false, matched: 3, conflicts: [], refused: [], unchanged: [] });
    expect(preview.changes.map((row) => [row.title, row.before, row.after])).toEqual([
      ["Sammeltreffen 1", "UNVERIFIED", "VERIFIED"],
      ["Sammeltreffen 2", "UNVERIFIED", "VERIFIED"],
      ["Sammeltreffen 3", "UNVERIFIED", "VERIFIED"],
    ]);
    const items = preview.changes.map(({ id, version }) => ({ id, version: version as number }));
    const before = await auditCount();
    expect(await editor.activity.bulkApply({ items, change })).toEqual({ changed: 3 });
    expect((await auditCount()) - before).toBe(3);
    expect(await db.activity.count({ where: { ...{ title: { startsWith: "Sammeltreffen" } }, verified: true } })).toBe(
      3,
    );
    expect(await lastEvent(items[0]?.id as number)).toMatchObject({
      action: "UPDATE",
      changes: { verified: { before: false, after: true } },
    });
    const again = await ours();
    const unchanged = await auditCount();
    const refusal = await trpcError(() => editor.activity.bulkApply({ items: again, change }));
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.message).toContain("Sammeltreffen 1");
    expect(await auditCount()).toBe(unchanged);
  });

  it("adds a cooperation area and removes it again; an activity that already has it stays as it is", async () => {
    const [first, ...rest] = await ours();
    if (!first) throw new Error("no activities");
    await editor.activity.bulkApply({ items: [first], change: { kind: "area", action: "ADD", area: "SPORT" } });
    const add = { kind: "area", action: "ADD", area: "CULTURE" } as const;
    await editor.activity.bulkApply({ items: [{ id: first.id, version: first.version + 1 }], change: add });
    expect(await lastEvent(first.id)).toMatchObject({
      changes: { areas: { before: ["SPORT"], after: ["CULTURE", "SPORT"] } },
    });

    const preview = await editor.activity.bulkPreview({ selection: { filter }, change: add });
    expect(preview.unchanged.map((row) => row.title)).toEqual(["Sammeltreffen 1"]);
    expect(preview.changes.map((row) => row.after)).toEqual(["CULTURE", "CULTURE"]);
    await editor.activity.bulkApply({ items: rest, change: add });
    const links = await db.activityArea.count({
      where: { activity: { title: { startsWith: "Sammeltreffen" } }, area: { code: "CULTURE" } },
    });
    expect(links).toBe(3);

    const remove = { kind: "area", action: "REMOVE", area: "CULTURE" } as const;
    const before = await auditCount();
    expect(await editor.activity.bulkApply({ items: await ours(), change: remove })).toEqual({ changed: 3 });
    expect((await auditCount()) - before).toBe(3);
    expect(await lastEvent(first.id)).toMatchObject({
      changes: { areas: { before: ["CULTURE", "SPORT"], after: ["SPORT"] } },
    });
    expect(
      await db.activityArea.count({
        where: { activity: { title: { startsWith: "Sammeltreffen" } }, area: { code: "CULTURE" } },
      }),
    ).toBe(0);
  });

  it("sets the type; a stale version is a conflict naming who changed it, and nothing is written", async () => {
    const items = await ours();
    const [first] = items;
    if (!first) throw new Error("no activities");
    await callerFor(db, TEST_ACTORS.ADMIN).activity.bulkApply({
      items: [first],
      change: { kind: "type", type: "VISIT" },
    });
    expect(await lastEvent(first.id)).toMatchObject({ changes: { type: { before: "MEETING", after: "VISIT" } } });
    const before = await auditCount();
    const error = await trpcError(() => editor.activity.bulkApply({ items, change: { kind: "type", type: "EVENT" } }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain(TEST_ACTORS.ADMIN.name);
    expect(await auditCount()).toBe(before);
    expect(await db.activity.count({ where: { title: { startsWith: "Sammeltreffen" }, type: "EVENT" } })).toBe(0);
    const preview = await editor.activity.bulkPreview({
      selection: { items },
      change: { kind: "type", type: "EVENT" },
    });
    expect(preview.conflicts.map((row) => row.id)).toEqual([first.id]);
    expect(preview.changes).toHaveLength(2);
  });

  it("refuses an unknown area as a field error and viewers altogether", async () => {
    const items = await ours();
    const unknown = await trpcError(() =>
      editor.activity.bulkPreview({
        selection: { items },
        change: { kind: "area", action: "ADD", area: "NO_SUCH_AREA" },
      }),
    );
    expect(unknown.code).toBe("BAD_REQUEST");
    const viewer = callerFor(db, TEST_ACTORS.VIEWER);
    const before = await auditCount();
    for (const call of [
      () => viewer.activity.bulkPreview({ selection: { items }, change: { kind: "verified", value: "UNVERIFIED" } }),
      () => viewer.activity.bulkApply({ items, change: { kind: "verified", value: "UNVERIFIED" } }),
    ]) {
      expect((await trpcError(call)).code).toBe("FORBIDDEN");
    }
    expect(await auditCount()).toBe(before);
  });
});
