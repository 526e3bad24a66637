// The activity's start copied onto each link between an activity and an agreement by the database (migration
// activity_link_start): always the activity's, however the link or the activity is written, and "quiet" (the list's
// filter and the dashboard's figure) follows an activity that is added, moved or removed.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { IN_FORCE_STATUSES } from "../../domain/agreement-status";
import { createTestDatabase } from "../../test/database";
import { quietAgreementWhere } from "../agreement/quiet";
import { addYears, today } from "../shared/dates";
import { getDashboard } from "../statistics/dashboard";

let db: Db;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
});

/** Every link whose copy differs from its activity's start (should be none). */
async function mismatches() {
  return db.$queryRaw<{ activityId: number; agreementId: number }[]>`
    SELECT l."activityId", l."agreementId" FROM "ActivityAgreement" l JOIN "Activity" act ON act.id = l."activityId"
    WHERE l."activityStartOn" IS DISTINCT FROM act."startOn"`;
}

/** A new agreement in force whose only status change is long ago: quiet, until an activity says otherwise. */
async function quietAgreement(title: string) {
  const partner = await db.partner.findFirstOrThrow({ where: { nameEn: "Kyoto" } });
  const longAgo = addYears(today(), -10);
  return db.agreement.create({
    data: {
      type: "FRIENDSHIP",
      title,
      partnerId: partner.id,
      status: "ACTIVE",
      statusSince: longAgo,
      statusChanges: { create: { toStatus: "ACTIVE", effectiveOn: longAgo, reason: "Ruheprobe", changedBy: "Test" } },
    },
    select: { id: true },
  });
}

async function isQuiet(id: number) {
  const listed = await db.agreement.count({ where: { AND: [{ id }, quietAgreementWhere(today())] } });
  // The dashboard counts it when its count exceeds that of the other quiet agreements by one.
  const others = await db.agreement.count({ where: { AND: [{ id: { not: id } }, quietAgreementWhere(today())] } });
  const dashboard = await getDashboard(db);
  return { list: listed === 1, dashboard: dashboard.keyFigures.quiet.count === others + 1 };
}

describe("the activity's start on each link", () => {
  it("is filled in for the seed and for new links", async () => {
    expect(await db.activityAgreement.count()).toBeGreaterThan(0);
    expect(await db.activityAgreement.count({ where: { activityStartOn: null } })).toBe(0);
    expect(await mismatches()).toEqual([]);
  });

  it("follows the activity's start, and cannot be set to anything else", async () => {
    const agreement = await quietAgreement("Aaa Ruhetest Verschiebung");
    const activity = await db.activity.create({
      data: {
        type: "VISIT",
        title: "Besuch zur Ruheprobe",
        startOn: addYears(today(), -1),
        agreements: { create: { agreementId: agreement.id, activityStartOn: addYears(today(), -30) } },
      },
    });
    expect(await mismatches()).toEqual([]);

    await db.activity.update({ where: { id: activity.id }, data: { startOn: addYears(today(), -5) } });
    expect(await mismatches()).toEqual([]);
    await db.$executeRaw`UPDATE "ActivityAgreement" SET "activityStartOn" = '1900-01-01' WHERE "activityId" = ${activity.id}`;
    expect(await mismatches()).toEqual([]);
  });

  it("makes an agreement lively while an activity in the last three years is linked to it, in the list and on the dashboard", async () => {
    const agreement = await quietAgreement("Aaa Ruhetest Aktivität");
    expect(await isQuiet(agreement.id)).toEqual({ list: true, dashboard: true });

    const activity = await db.activity.create({
      data: {
        type: "VISIT",
        title: "Besuch, der die Partnerschaft belebt",
        startOn: addYears(today(), -1),
        agreements: { create: { agreementId: agreement.id } },
      },
    });
    expect(await isQuiet(agreement.id)).toEqual({ list: false, dashboard: false });

    // Corrected: the visit was six years ago.
    await db.activity.update({ where: { id: activity.id }, data: { startOn: addYears(today(), -6) } });
    expect(await isQuiet(agreement.id)).toEqual({ list: true, dashboard: true });

    // A planned visit next year does not count either; one today does.
    await db.activity.update({ where: { id: activity.id }, data: { startOn: addYears(today(), 1) } });
    expect(await isQuiet(agreement.id)).toEqual({ list: true, dashboard: true });
    await db.activity.update({ where: { id: activity.id }, data: { startOn: today() } });
    expect(await isQuiet(agreement.id)).toEqual({ list: false, dashboard: false });

    await db.activity.delete({ where: { id: activity.id } });
    expect(await isQuiet(agreement.id)).toEqual({ list: true, dashboard: true });
  });

  it("gives the list's quiet filter the same agreements as the definition read through the activities", async () => {
    const asOf = today();
    const since = addYears(asOf, -3);
    const expected = await db.agreement.findMany({
      where: {
        status: { in: [...IN_FORCE_STATUSES] },
        activities: { none: { activity: { startOn: { gte: since, lte: asOf } } } },
        statusChanges: { none: { effectiveOn: { gte: since, lte: asOf } } },
      },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    const quiet = await db.agreement.findMany({
      where: quietAgreementWhere(asOf),
      select: { id: true },
      orderBy: { id: "asc" },
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(quiet).toEqual(expected);
  });
});
