// Setting one human-rights review for many partners through the real router: preview, apply (one audit event per
// partner, the review's version raised or a review created), the review's own rules for the whole change, stale
// review versions as a conflict naming who, nothing written on a refusal, viewers refused.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { callerFor, TEST_ACTORS, trpcError } from "../../test/caller";
import { createTestDatabase } from "../../test/database";

let db: Db;
let editor: ReturnType<typeof callerFor>;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  editor = callerFor(db);
});

async function chosen(count: number) {
  const partners = await db.partner.findMany({
    select: { id: true, humanRightsReview: { select: { version: true } } },
    orderBy: { id: "asc" },
    take: count,
  });
  return partners.map((partner) => ({ id: partner.id, version: partner.humanRightsReview?.version ?? null }));
}

const counts = async () => ({
  audit: await db.auditEvent.count(),
  reviews: await db.humanRightsReview.count(),
  versions: (await db.humanRightsReview.aggregate({ _sum: { version: true } }))._sum.version,
});

describe("bulk human-rights review", () => {
  it("sets the review of every chosen partner, one audit event each, keeping notes when none is given", async () => {
    const items = await chosen(6);
    await db.humanRightsReview.upsert({
      where: { partnerId: items[0]?.id ?? 0 },
      create: {
        partnerId: items[0]?.id ?? 0,
        status: "CONCERNS_NOTED",
        lastReviewedOn: new Date("2024-01-01"),
        note: "Eigene Notiz",
      },
      update: {},
    });
    const current = await chosen(6);
    const change = { status: "REVIEWED" as const, lastReviewedOn: "2026-02-01", nextDueOn: "2027-02-01" };
    const preview = await editor.partner.bulkPreview({ selection: { items: current }, change });
    expect(preview.changes).toHaveLength(6);
    expect(preview.conflicts).toEqual([]);
    const before = await counts();
    expect(await editor.partner.bulkApply({ items: current, change })).toEqual({ changed: 6 });
    const after = await counts();
    expect(after.audit - before.audit).toBe(6);
    const reviews = await db.humanRightsReview.findMany({
      where: { partnerId: { in: current.map((item) => item.id) } },
    });
    expect(reviews).toHaveLength(6);
    for (const review of reviews) {
      expect(review.status).toBe("REVIEWED");
      expect(review.lastReviewedOn?.toISOString().slice(0, 10)).toBe("2026-02-01");
    }
    expect(reviews.find((review) => review.partnerId === current[0]?.id)).toMatchObject({
      note: "Eigene Notiz",
      version: 2,
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "PARTNER", entityId: String(current[0]?.id) },
      orderBy: { id: "desc" },
    });
    expect(event.changes).toMatchObject({
      reviewStatus: { before: "CONCERNS_NOTED", after: "REVIEWED" },
      lastReviewedOn: { before: "2024-01-01", after: "2026-02-01" },
    });
    // The same again changes nothing: the preview says so, and apply refuses it, writing nothing.
    const again = await editor.partner.bulkPreview({ selection: { items: await chosen(6) }, change });
    expect(again.changes).toEqual([]);
    expect(again.unchanged).toHaveLength(6);
    const unchanged = await counts();
    expect((await trpcError(() => editor.partner.bulkApply({ items: again.unchanged, change }))).code).toBe(
      "BAD_REQUEST",
    );
    expect(await counts()).toEqual(unchanged);
  });

  it("refuses a change that breaks the review's rules, for all", async () => {
    const items = await chosen(2);
    const error = await trpcError(() =>
      editor.partner.bulkPreview({ selection: { items }, change: { status: "REVIEWED" } }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("lastReviewedOn");
  });

  it("is a conflict naming who changed a partner's review since it was chosen; nothing written", async () => {
    const items = await chosen(3);
    const target = items[2];
    if (!target) throw new Error("seed has partners");
    await callerFor(db, TEST_ACTORS.ADMIN).partner.setHumanRightsReview({
      partnerId: target.id,
      version: target.version,
      status: "CONCERNS_NOTED",
      lastReviewedOn: "2026-03-01",
    });
    const change = { status: "NOT_REVIEWED" as const };
    const preview = await editor.partner.bulkPreview({ selection: { items }, change });
    expect(preview.conflicts).toEqual([expect.objectContaining({ id: target.id, by: TEST_ACTORS.ADMIN.name })]);
    const before = await counts();
    const error = await trpcError(() => editor.partner.bulkApply({ items, change }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain(TEST_ACTORS.ADMIN.name);
    expect(await counts()).toEqual(before);
  });

  it("refuses viewers", async () => {
    const items = await chosen(1);
    const viewer = callerFor(db, TEST_ACTORS.VIEWER);
    const change = { status: "NOT_REVIEWED" as const };
    expect((await trpcError(() => viewer.partner.bulkApply({ items, change }))).code).toBe("FORBIDDEN");
    expect((await trpcError(() => viewer.partner.bulkPreview({ selection: { items }, change }))).code).toBe(
      "FORBIDDEN",
    );
  });
});
