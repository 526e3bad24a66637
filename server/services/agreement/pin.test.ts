// Pinning agreements to the dashboard: editors pin and unpin, viewers cannot, each change is audited with the
// agreement, and the dashboard's pinned section shows what was pinned (not what was signed last).
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { callerFor, TEST_ACTORS, trpcError } from "../../test/caller";
import { createTestDatabase } from "../../test/database";

let db: Db;
let editor: ReturnType<typeof callerFor>;
let viewer: ReturnType<typeof callerFor>;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  editor = callerFor(db);
  viewer = callerFor(db, TEST_ACTORS.VIEWER);
});

const pinEvents = (id: number) =>
  db.auditEvent.findMany({
    where: { entityType: "AGREEMENT", entityId: String(id), action: "UPDATE" },
    orderBy: { id: "asc" },
    select: { actorName: true, entityLabel: true, changes: true },
  });

describe("pinned agreements", () => {
  it("starts with none pinned: the seed pins nothing, so nothing shows only because it is recent", async () => {
    expect(await viewer.agreement.pinned()).toEqual([]);
  });

  it("lets an editor pin and unpin an agreement, audited in the same transaction", async () => {
    const liege = await db.agreement.findFirstOrThrow({
      where: { title: "Städtepartnerschaft Köln–Lüttich" },
      select: { id: true, version: true },
    });
    expect(await editor.agreement.pin({ id: liege.id })).toEqual({ pinned: true });
    const pinned = await viewer.agreement.pinned();
    expect(pinned.map((entry) => entry.title)).toEqual(["Städtepartnerschaft Köln–Lüttich"]);
    expect(pinned[0]).toMatchObject({ pinnedBy: TEST_ACTORS.EDITOR.name, partner: { nameDe: "Lüttich" } });
    expect(await viewer.agreement.isPinned({ id: liege.id })).toBe(true);
    expect(await pinEvents(liege.id)).toEqual([
      {
        actorName: TEST_ACTORS.EDITOR.name,
        entityLabel: "Städtepartnerschaft Köln–Lüttich",
        changes: { pinned: { before: false, after: true } },
      },
    ]);
    // Pinning is not an edit of the agreement: its version stays, so nobody's open form gets a conflict.
    expect((await db.agreement.findUniqueOrThrow({ where: { id: liege.id } })).version).toBe(liege.version);

    // Pinning again changes nothing (an event without changed fields, like any save that changed nothing).
    await editor.agreement.pin({ id: liege.id });
    expect(await db.agreementPin.count()).toBe(1);
    expect((await pinEvents(liege.id)).at(-1)?.changes).toEqual({});

    expect(await editor.agreement.unpin({ id: liege.id })).toEqual({ pinned: false });
    expect(await viewer.agreement.pinned()).toEqual([]);
    expect(await viewer.agreement.isPinned({ id: liege.id })).toBe(false);
    expect((await pinEvents(liege.id)).at(-1)?.changes).toEqual({ pinned: { before: true, after: false } });
  });

  it("refuses viewers and callers without a session, and writes nothing", async () => {
    const agreement = await db.agreement.findFirstOrThrow({ select: { id: true }, orderBy: { id: "asc" } });
    const events = await db.auditEvent.count();
    expect((await trpcError(() => viewer.agreement.pin({ id: agreement.id }))).code).toBe("FORBIDDEN");
    expect((await trpcError(() => callerFor(db, null).agreement.pin({ id: agreement.id }))).code).toBe("UNAUTHORIZED");
    await editor.agreement.pin({ id: agreement.id });
    expect((await trpcError(() => viewer.agreement.unpin({ id: agreement.id }))).code).toBe("FORBIDDEN");
    expect(await db.agreementPin.count()).toBe(1);
    expect(await db.auditEvent.count()).toBe(events + 1);
    await editor.agreement.unpin({ id: agreement.id });
  });

  it("refuses an agreement that does not exist, naming it, and writes nothing", async () => {
    const events = await db.auditEvent.count();
    const error = await trpcError(() => editor.agreement.pin({ id: 999_999 }));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toContain("999999");
    expect(await db.agreementPin.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(events);
  });

  it("shows the most recently pinned first, the Chongqing MoU only once pinned", async () => {
    const mou = await db.agreement.findFirstOrThrow({
      where: { title: { startsWith: "Memorandum of Understanding bezüglich" } },
      select: { id: true },
    });
    const cork = await db.agreement.findFirstOrThrow({
      where: { title: "Städtepartnerschaft Köln–Cork" },
      select: { id: true },
    });
    expect((await viewer.agreement.pinned()).map((entry) => entry.id)).not.toContain(mou.id);
    await editor.agreement.pin({ id: cork.id });
    await editor.agreement.pin({ id: mou.id });
    const pinned = await viewer.agreement.pinned();
    expect(pinned.map((entry) => entry.id)).toEqual([mou.id, cork.id]);
    expect(pinned[0]?.areas.map((link) => link.area.code)).toHaveLength(5);
  });
});
