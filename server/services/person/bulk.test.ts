// People changed in bulk through the real router: verified and the organisation, one audit event per person; an
// erased person (GDPR Art. 17) is refused in the preview and refuses the apply; stale versions are conflicts; an id
// chosen twice is refused; viewers (who may not see people's personal data) are refused.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { callerFor, TEST_ACTORS, trpcError } from "../../test/caller";
import { createTestDatabase } from "../../test/database";

let db: Db;
let editor: ReturnType<typeof callerFor>;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  editor = callerFor(db);
  await db.person.createMany({
    data: Array.from({ length: 3 }, (_, index) => ({ name: `Sammelperson ${index + 1}`, organisation: "Altes Amt" })),
  });
});

const ours = () =>
  db.person.findMany({
    where: { name: { startsWith: "Sammelperson" } },
    select: { id: true, version: true },
    orderBy: { id: "asc" },
  });
const auditCount = () => db.auditEvent.count();
const filter = { q: "Sammelperson" };

describe("bulk changes of people", () => {
  it("sets the organisation of every match, one audit event each; then marks them verified", async () => {
    const change = { kind: "organisation", value: "Amt für Städtepartnerschaften" } as const;
    const preview = await editor.person.bulkPreview({ selection: { filter }, change });
    expect(preview).toMatchObject({ matched: 3, conflicts: [], refused: [], unchanged: [] });
    expect(preview.changes.map((row) => [row.before, row.after])).toEqual(
      Array(3).fill(["Altes Amt", "Amt für Städtepartnerschaften"]),
    );
    const before = await auditCount();
    expect(await editor.person.bulkApply({ items: await ours(), change })).toEqual({ changed: 3 });
    expect((await auditCount()) - before).toBe(3);
    const [first] = await ours();
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "PERSON", entityId: String(first?.id) },
      orderBy: { id: "desc" },
    });
    expect(event).toMatchObject({
      action: "UPDATE",
      entityLabel: "Sammelperson 1",
      changes: { organisation: { before: "Altes Amt", after: "Amt für Städtepartnerschaften" } },
    });
    expect(
      await editor.person.bulkApply({ items: await ours(), change: { kind: "verified", value: "VERIFIED" } }),
    ).toEqual({ changed: 3 });
    expect(await db.person.count({ where: { name: { startsWith: "Sammelperson" }, verified: true } })).toBe(3);
    // An empty organisation clears it.
    await editor.person.bulkApply({ items: await ours(), change: { kind: "organisation", value: "" } });
    expect(await db.person.count({ where: { name: { startsWith: "Sammelperson" }, organisation: null } })).toBe(3);
  });

  it("lists an erased person as refused, and an apply naming one writes nothing", async () => {
    const [first, ...rest] = await ours();
    if (!first) throw new Error("no people");
    await callerFor(db, TEST_ACTORS.ADMIN).person.erase({ id: first.id, version: first.version });
    // The erasure replaced the name: the erased person is chosen by id.
    const erased = await db.person.findUniqueOrThrow({ where: { id: first.id }, select: { id: true, version: true } });
    const items = [erased, ...rest];
    const change = { kind: "verified", value: "UNVERIFIED" } as const;
    const preview = await editor.person.bulkPreview({ selection: { items }, change });
    expect(preview.refused.map((row) => [row.id, row.refusal])).toEqual([[first.id, { reason: "erased" }]]);
    expect(preview.changes.map((row) => row.id)).toEqual(rest.map((row) => row.id));
    const before = await auditCount();
    const error = await trpcError(() => editor.person.bulkApply({ items, change }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("erased");
    expect(await auditCount()).toBe(before);
    expect(await db.person.count({ where: { name: { startsWith: "Sammelperson" }, verified: false } })).toBe(0);
  });

  it("is a conflict for a stale version, refuses an id chosen twice, and refuses viewers", async () => {
    const items = (await ours()).slice(1);
    const [second] = items;
    if (!second) throw new Error("no people");
    const stale = [{ id: second.id, version: second.version - 1 }];
    const before = await auditCount();
    const conflict = await trpcError(() =>
      editor.person.bulkApply({ items: stale, change: { kind: "organisation", value: "Neu" } }),
    );
    expect(conflict.code).toBe("CONFLICT");
    const twice = await trpcError(() =>
      editor.person.bulkApply({ items: [second, second], change: { kind: "organisation", value: "Neu" } }),
    );
    expect(twice.code).toBe("BAD_REQUEST");
    const viewer = callerFor(db, TEST_ACTORS.VIEWER);
    const refused = await trpcError(() =>
      viewer.person.bulkPreview({ selection: { filter }, change: { kind: "verified", value: "VERIFIED" } }),
    );
    expect(refused.code).toBe("FORBIDDEN");
    expect(await auditCount()).toBe(before);
  });
});
