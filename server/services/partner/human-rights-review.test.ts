// The human-rights review through the router against a real PostgreSQL: nothing in the seed, the rules (a date for a
// review, none for "not reviewed", not in the future, next due not before the last), the audit event on the partner,
// the list filter and the agenda's "review due" entries.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { callerFor, refusedFields, trpcError } from "../../test/caller";
import { createTestDatabase } from "../../test/database";
import { getAgenda } from "../agenda/agenda";
import { addDays, today } from "../shared/dates";

let db: Db;
let api: ReturnType<typeof callerFor>;
let partnerId: number;
const iso = (date: Date) => date.toISOString().slice(0, 10);

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  api = callerFor(db);
  partnerId = (await db.partner.findFirstOrThrow({ where: { nameDe: "Kyoto" } })).id;
});

describe("the human-rights review", () => {
  it("is not recorded for any partner of the seed: every partner counts as not reviewed", async () => {
    expect(await db.humanRightsReview.count()).toBe(0);
    const notReviewed = await api.partner.list({ review: ["NOT_REVIEWED"], pageSize: 200 });
    expect(notReviewed.total).toBe(await db.partner.count());
    expect((await api.partner.byId({ id: partnerId })).humanRightsReview).toBeNull();
  });

  it("refuses bad input naming the field and writes nothing", async () => {
    const base = { partnerId, version: null };
    const cases = [
      [{ ...base, status: "REVIEWED" }, "lastReviewedOn"],
      [{ ...base, status: "NOT_REVIEWED", lastReviewedOn: "2025-01-01" }, "lastReviewedOn"],
      [{ ...base, status: "REVIEWED", lastReviewedOn: iso(addDays(today(), 2)) }, "lastReviewedOn"],
      [{ ...base, status: "REVIEWED", lastReviewedOn: "2025-06-01", nextDueOn: "2025-05-01" }, "nextDueOn"],
      [{ ...base, status: "REVIEWED", lastReviewedOn: "2025-02-30" }, "lastReviewedOn"],
    ] as const;
    for (const [input, field] of cases) {
      const error = await trpcError(() => api.partner.setHumanRightsReview(input as never));
      expect(refusedFields(error), JSON.stringify(input)).toEqual([field]);
    }
    expect(await db.humanRightsReview.count()).toBe(0);
  });

  it("records a review with its audit event on the partner, checks the version, and filters and puts it on the agenda", async () => {
    const due = iso(addDays(today(), 10));
    const saved = await api.partner.setHumanRightsReview({
      partnerId,
      version: null,
      status: "CONCERNS_NOTED",
      lastReviewedOn: "2025-03-01",
      nextDueOn: due,
      note: "Testnotiz",
    });
    expect(saved.version).toBe(1);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "PARTNER", entityId: String(partnerId) },
      orderBy: { id: "desc" },
    });
    expect(event.changes).toMatchObject({
      reviewStatus: { before: "NOT_REVIEWED", after: "CONCERNS_NOTED" },
      nextReviewDueOn: { before: null, after: due },
    });
    const stale = await trpcError(() =>
      api.partner.setHumanRightsReview({ partnerId, version: null, status: "NOT_REVIEWED" }),
    );
    expect(stale.code).toBe("CONFLICT");

    const concerns = await api.partner.list({ review: ["CONCERNS_NOTED"] });
    expect(concerns.items.map((item) => item.id)).toEqual([partnerId]);
    const notReviewed = await api.partner.list({ review: ["NOT_REVIEWED"], pageSize: 200 });
    expect(notReviewed.items.map((item) => item.id)).not.toContain(partnerId);

    const agenda = await getAgenda(db, { kind: ["REVIEW"] });
    expect(agenda.entries.map((entry) => [entry.key, entry.state, iso(entry.date as Date)])).toEqual([
      [`review-${partnerId}`, "DUE", due],
    ]);
  });
});
