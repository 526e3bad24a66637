// Every dashboard figure is checked against the same figure computed independently: rows loaded with findMany and
// counted in JavaScript. Checked on the seed and again after adding data, so the figures are not just the seed's.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { IN_FORCE_STATUSES } from "../../domain/agreement-status";
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  type AgreementStatus,
  AREA_LINK_STATUSES,
  CONTINENTS,
  MILESTONE_STATUSES,
} from "../../domain/enums";
import { callerFor } from "../../test/caller";
import { createTestDatabase } from "../../test/database";
import { ATTENTION_LIST_LIMIT, ATTENTION_REASONS, type AttentionReason } from "../agreement/attention";
import { addDays, addYears, today } from "../shared/dates";
import { type DashboardStatistics, MILESTONE_PROGRESS_LIMIT } from "./dashboard";

/** The last day a date stands for at its precision: the day, the month's last day, the year's 31 December. */
function lastDay(date: Date, precision: "DAY" | "MONTH" | "YEAR"): Date {
  if (precision === "DAY") return date;
  if (precision === "MONTH") return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
  return new Date(Date.UTC(date.getUTCFullYear(), 11, 31));
}

const iso = (date: Date) => date.toISOString().slice(0, 10);
const inForce = (status: AgreementStatus) => IN_FORCE_STATUSES.includes(status);
const pendingMilestone = (status: string) => status !== "DONE" && status !== "CANCELLED";

let db: Db;
let caller: ReturnType<typeof callerFor>;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  caller = callerFor(db);
});

/** The whole dashboard, computed from plain rows in JavaScript. */
async function expectedDashboard(): Promise<DashboardStatistics> {
  const asOf = today();
  const quietSince = addYears(asOf, -3);
  const within = (date: Date, from: Date, to: Date) => date >= from && date <= to;

  const [agreements, groups, milestones, areaLinks] = await Promise.all([
    db.agreement.findMany({
      select: {
        id: true,
        type: true,
        title: true,
        status: true,
        signedOn: true,
        signedOnPrecision: true,
        validFrom: true,
        validFromPrecision: true,
        validUntil: true,
        validUntilPrecision: true,
        statusSince: true,
        statusSincePrecision: true,
        partner: { select: { continent: true } },
        activities: { select: { activity: { select: { startOn: true } } } },
        statusChanges: { select: { effectiveOn: true } },
        workingGroups: { select: { milestones: { select: { status: true, dueOn: true } } } },
      },
    }),
    db.workingGroup.findMany({ select: { id: true, name: true, status: true } }),
    db.milestone.findMany({ select: { workingGroupId: true, status: true, dueOn: true } }),
    db.agreementArea.findMany({
      select: { status: true, area: { select: { id: true, code: true, nameDe: true, nameEn: true, sortOrder: true } } },
    }),
  ]);

  const active = agreements.filter((agreement) => agreement.status === "ACTIVE");
  // In force today, read from the definition in words: begun ("valid from", else signed, not after today), not run
  // out ("valid until" at its precision: a month or year lasts to its last day), status in force.
  const inForceToday = (agreement: (typeof agreements)[number]) => {
    const start = agreement.validFrom ?? agreement.signedOn;
    return inForce(agreement.status) && (!start || start <= asOf) && !expired(agreement);
  };
  const expired = (agreement: (typeof agreements)[number]) =>
    agreement.validUntil !== null && lastDay(agreement.validUntil, agreement.validUntilPrecision) < asOf;
  const stalledSince = addYears(asOf, -3);
  const reasonsOf = (agreement: (typeof agreements)[number]): AttentionReason[] => {
    const start = agreement.validFrom ?? agreement.signedOn;
    const reasons: [AttentionReason, boolean][] = [
      ["EXPIRED", inForce(agreement.status) && expired(agreement)],
      [
        "EXPIRING",
        inForce(agreement.status) &&
          !expired(agreement) &&
          agreement.validUntil !== null &&
          lastDay(agreement.validUntil, agreement.validUntilPrecision) <= addDays(asOf, 180),
      ],
      ["SUSPENDED", agreement.status === "SUSPENDED"],
      ["DORMANT", agreement.status === "DORMANT"],
      [
        "STALLED",
        (agreement.status === "PROPOSED" || agreement.status === "IN_NEGOTIATION") &&
          !agreement.activities.some((link) => within(link.activity.startOn, stalledSince, asOf)) &&
          !agreement.statusChanges.some((change) => within(change.effectiveOn, stalledSince, asOf)),
      ],
      ["SIGNED_NOT_ACTIVE", agreement.status === "SIGNED" && (!start || start <= addDays(asOf, -90))],
      [
        "OVERDUE_MILESTONES",
        agreement.status !== "ENDED" &&
          agreement.workingGroups.some((group) =>
            group.milestones.some((m) => pendingMilestone(m.status) && m.dueOn && m.dueOn < asOf),
          ),
      ],
    ];
    return reasons.filter(([, applies]) => applies).map(([reason]) => reason);
  };
  const quiet = agreements.filter(
    (agreement) =>
      inForceToday(agreement) &&
      !agreement.activities.some((link) => within(link.activity.startOn, quietSince, asOf)) &&
      !agreement.statusChanges.some((change) => within(change.effectiveOn, quietSince, asOf)),
  );
  const needing = agreements.filter((agreement) => reasonsOf(agreement).length > 0);
  // Only the order (by title) is left to the database, whose collation decides it.
  const attentionOrder = await db.agreement.findMany({
    where: { id: { in: needing.map((agreement) => agreement.id) } },
    select: { id: true },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: ATTENTION_LIST_LIMIT,
  });
  const attentionItems = attentionOrder.map(({ id }) => {
    const agreement = needing.find((entry) => entry.id === id) as (typeof agreements)[number];
    return {
      id,
      title: agreement.title,
      type: agreement.type,
      status: agreement.status,
      reasons: reasonsOf(agreement).map((reason) => {
        const since = { date: agreement.statusSince, precision: agreement.statusSincePrecision };
        switch (reason) {
          case "EXPIRED":
          case "EXPIRING":
            return { reason, date: agreement.validUntil, precision: agreement.validUntilPrecision };
          case "SIGNED_NOT_ACTIVE":
            return agreement.validFrom
              ? { reason, date: agreement.validFrom, precision: agreement.validFromPrecision }
              : { reason, date: agreement.signedOn, precision: agreement.signedOnPrecision };
          case "OVERDUE_MILESTONES":
            return {
              reason,
              count: agreement.workingGroups
                .flatMap((group) => group.milestones)
                .filter((m) => pendingMilestone(m.status) && m.dueOn && m.dueOn < asOf).length,
            };
          default:
            return { reason, ...since, status: agreement.status };
        }
      }),
    };
  });
  const typesOf = (rows: typeof agreements) =>
    AGREEMENT_TYPES.map((type) => ({ type, count: rows.filter((agreement) => agreement.type === type).length })).filter(
      (entry) => entry.count > 0,
    );

  const areaMap = new Map<number, DashboardStatistics["areaByStatus"][number] & { sortOrder: number; id: number }>();
  for (const link of areaLinks) {
    const { id, code, nameDe, nameEn, sortOrder } = link.area;
    const entry = areaMap.get(id) ?? {
      id,
      code,
      nameDe,
      nameEn,
      sortOrder,
      PLANNED: 0,
      ACTIVE: 0,
      DORMANT: 0,
      ENDED: 0,
    };
    entry[link.status] += 1;
    areaMap.set(id, entry);
  }
  const areaByStatus = [...areaMap.values()]
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
    .map(({ id: _id, sortOrder: _sortOrder, ...entry }) => entry);

  const decades = agreements
    .filter((agreement) => agreement.type === "PARTNERSHIP" && agreement.signedOn)
    .map((agreement) => Math.floor((agreement.signedOn as Date).getUTCFullYear() / 10) * 10);
  const perDecade: DashboardStatistics["perDecade"] = [];
  if (decades.length) {
    for (let decade = Math.min(...decades); decade <= Math.max(...decades); decade += 10) {
      perDecade.push({ decade, count: decades.filter((value) => value === decade).length });
    }
  }

  const withMilestones = groups.filter((group) => milestones.some((m) => m.workingGroupId === group.id));
  const progress = withMilestones.map((group) => {
    const own = milestones.filter((m) => m.workingGroupId === group.id);
    const byStatus = Object.fromEntries(
      MILESTONE_STATUSES.map((status) => [status, own.filter((m) => m.status === status).length]),
    ) as Record<(typeof MILESTONE_STATUSES)[number], number>;
    return { id: group.id, name: group.name, ...byStatus, total: own.length };
  });
  // The groups with the most pending milestones (ties: lower id), at most MILESTONE_PROGRESS_LIMIT ...
  const pending = (row: (typeof progress)[number]) => row.OPEN + row.IN_PROGRESS;
  const top = progress.sort((a, b) => pending(b) - pending(a) || a.id - b.id).slice(0, MILESTONE_PROGRESS_LIMIT);
  // ... ordered by name as the database sorts it.
  const nameOrder = await db.workingGroup.findMany({
    where: { id: { in: top.map((group) => group.id) } },
    select: { id: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  const milestoneProgress = nameOrder.map(({ id }) => top.find((row) => row.id === id) as (typeof top)[number]);

  return {
    asOf,
    keyFigures: {
      activeAgreements: active.length,
      inForce: agreements.filter(inForceToday).length,
      activeByType: AGREEMENT_TYPES.map((type) => ({
        type,
        count: active.filter((agreement) => agreement.type === type).length,
      })).filter((entry) => entry.count > 0),
      workingGroupsActive: groups.filter((group) => group.status === "FORMING" || group.status === "ACTIVE").length,
      workingGroupsTotal: groups.length,
      milestonesDueSoon: milestones.filter(
        (m) => pendingMilestone(m.status) && m.dueOn && within(m.dueOn, asOf, addDays(asOf, 30)),
      ).length,
      milestonesOverdue: milestones.filter((m) => pendingMilestone(m.status) && m.dueOn && m.dueOn < asOf).length,
      quiet: { count: quiet.length, byType: typesOf(quiet) },
    },
    attention: {
      count: needing.length,
      byReason: ATTENTION_REASONS.map((reason) => ({
        reason,
        count: needing.filter((agreement) => reasonsOf(agreement).includes(reason)).length,
      })),
      byType: typesOf(needing),
      items: attentionItems,
    },
    byStatus: AGREEMENT_STATUSES.map((status) => ({
      status,
      count: agreements.filter((agreement) => agreement.status === status).length,
    })),
    areaByStatus,
    perDecade,
    byContinent: CONTINENTS.map((continent) => ({
      continent,
      count: agreements.filter((agreement) => inForceToday(agreement) && agreement.partner.continent === continent)
        .length,
    })).filter((entry) => entry.count > 0),
    milestoneProgress,
    milestoneGroupsTotal: withMilestones.length,
  };
}

describe("statistics.dashboard", () => {
  let before: DashboardStatistics;

  it("matches figures computed independently on the seed", async () => {
    before = await caller.statistics.dashboard();
    expect(before).toEqual(await expectedDashboard());

    // A few facts of the seed itself, so the comparison above is not vacuous.
    expect(before.byStatus.map((entry) => entry.status)).toEqual(AGREEMENT_STATUSES);
    expect(before.byStatus.reduce((sum, entry) => sum + entry.count, 0)).toBe(await db.agreement.count());
    expect(before.keyFigures.inForce).toBeGreaterThan(0);
    expect(before.keyFigures.workingGroupsTotal).toBeGreaterThanOrEqual(1);
    const rail = before.milestoneProgress.find((entry) => entry.name === "Direkte Bahnverbindung Chongqing–Köln");
    expect(rail).toMatchObject({ OPEN: 2, IN_PROGRESS: 0, DONE: 0, CANCELLED: 0, total: 2 });
    const economy = before.areaByStatus.find((entry) => entry.code === "ECONOMY");
    expect(economy?.PLANNED).toBeGreaterThanOrEqual(1);
    expect(before.perDecade.length).toBeGreaterThan(0);
    for (const [index, entry] of before.perDecade.entries()) {
      if (index > 0) expect(entry.decade).toBe((before.perDecade[index - 1]?.decade ?? 0) + 10);
    }
    // The seed's agreements needing attention: Volgograd suspended since 3 March 2022, Corinto/El Realejo dormant
    // since 2022, the Grand-Bassam proposal without progress since 2020.
    const attention = Object.fromEntries(before.attention.items.map((item) => [item.title, item.reasons]));
    expect(attention["Städtepartnerschaft Köln–Wolgograd"]).toEqual([
      { reason: "SUSPENDED", date: new Date("2022-03-03"), precision: "DAY", status: "SUSPENDED" },
    ]);
    expect(attention["Städtepartnerschaft Köln–Corinto/El Realejo"]?.map((entry) => entry.reason)).toEqual(["DORMANT"]);
    expect(attention["Städtepartnerschaft Köln–Grand-Bassam (Vorschlag)"]?.map((entry) => entry.reason)).toEqual([
      "STALLED",
    ]);
    // The figure says something: far fewer than the agreements in force.
    expect(before.attention.count).toBeLessThan(before.keyFigures.inForce / 3);
  });

  it("matches again after adding agreements, activities, working groups and milestones", async () => {
    const asOf = today();
    const partner = await db.partner.findFirstOrThrow({
      select: { id: true, continent: true },
      orderBy: { id: "asc" },
    });

    // A partnership signed in 1905: a new earliest decade (gaps filled), active, in force and quiet.
    const old = await caller.agreement.create({
      type: "PARTNERSHIP",
      title: "Testpartnerschaft 1905",
      partnerId: partner.id,
      signedOn: "1905-05-01",
      status: "ACTIVE",
      areas: [
        { code: "TOURISM", status: "DORMANT" },
        { code: "ECONOMY", status: "ENDED" },
      ],
    });
    // A second old one that an activity in the last three years makes lively again.
    const revived = await caller.agreement.create({
      type: "FRIENDSHIP",
      title: "Testfreundschaft 1931",
      partnerId: partner.id,
      signedOn: "1931",
      status: "SIGNED",
    });
    await caller.activity.create({
      type: "VISIT",
      title: "Besuch zur Wiederbelebung",
      startOn: iso(addYears(asOf, -1)),
      agreementIds: [revived.id],
    });
    // An activity longer ago than three years and one in the future do not count.
    await caller.activity.create({
      type: "MEETING",
      title: "Altes Treffen",
      startOn: iso(addDays(addYears(asOf, -3), -1)),
      agreementIds: [old.id],
    });
    await caller.activity.create({
      type: "MEETING",
      title: "Geplantes Treffen",
      startOn: iso(addDays(asOf, 20)),
      agreementIds: [old.id],
    });

    // A working group with milestones on either side of every boundary.
    const group = await caller.workingGroup.create({
      name: "Testgruppe Statistik",
      agreementId: old.id,
      status: "FORMING",
    });
    const milestones = [
      { title: "überfällig", status: "IN_PROGRESS", dueOn: iso(addDays(asOf, -1)) },
      { title: "heute fällig", status: "OPEN", dueOn: iso(asOf) },
      { title: "in 30 Tagen", status: "OPEN", dueOn: iso(addDays(asOf, 30)) },
      { title: "in 31 Tagen", status: "OPEN", dueOn: iso(addDays(asOf, 31)) },
      { title: "erledigt", status: "DONE", dueOn: iso(addDays(asOf, -40)) },
      { title: "abgesagt", status: "CANCELLED", dueOn: iso(addDays(asOf, -2)) },
      { title: "ohne Termin", status: "OPEN" },
    ] as const;
    for (const milestone of milestones) {
      await caller.workingGroup.addMilestone({ workingGroupId: group.id, ...milestone });
    }
    await caller.workingGroup.create({ name: "Testgruppe pausiert", agreementId: old.id, status: "PAUSED" });

    const after = await caller.statistics.dashboard();
    expect(after).toEqual(await expectedDashboard());

    // And the differences are the ones the new data should make.
    const kf = (stats: DashboardStatistics) => stats.keyFigures;
    expect(kf(after).activeAgreements).toBe(kf(before).activeAgreements + 1);
    expect(kf(after).inForce).toBe(kf(before).inForce + 2);
    expect(kf(after).workingGroupsActive).toBe(kf(before).workingGroupsActive + 1);
    expect(kf(after).workingGroupsTotal).toBe(kf(before).workingGroupsTotal + 2);
    expect(kf(after).milestonesDueSoon).toBe(kf(before).milestonesDueSoon + 2);
    expect(kf(after).milestonesOverdue).toBe(kf(before).milestonesOverdue + 1);
    expect(kf(after).quiet.count).toBe(kf(before).quiet.count + 1);
    const count = (stats: DashboardStatistics, type: string) =>
      stats.keyFigures.activeByType.find((entry) => entry.type === type)?.count ?? 0;
    expect(count(after, "PARTNERSHIP")).toBe(count(before, "PARTNERSHIP") + 1);
    expect(after.perDecade[0]).toEqual({ decade: 1900, count: 1 });
    expect(after.perDecade.find((entry) => entry.decade === 1910)?.count).toBe(
      before.perDecade.find((entry) => entry.decade === 1910)?.count ?? 0,
    );
    expect(after.milestoneProgress.find((entry) => entry.id === group.id)).toEqual({
      id: group.id,
      name: "Testgruppe Statistik",
      OPEN: 4,
      IN_PROGRESS: 1,
      DONE: 1,
      CANCELLED: 1,
      total: 7,
    });
    const tourism = (stats: DashboardStatistics) => stats.areaByStatus.find((entry) => entry.code === "TOURISM");
    expect(tourism(after)?.DORMANT).toBe((tourism(before)?.DORMANT ?? 0) + 1);
    const continent = (stats: DashboardStatistics) =>
      stats.byContinent.find((entry) => entry.continent === partner.continent)?.count ?? 0;
    expect(continent(after)).toBe(continent(before) + 2);
    before = after;
  });

  it("takes a recent status change out of the quiet list", async () => {
    const quiet = await db.agreement.findFirstOrThrow({
      where: { title: "Testpartnerschaft 1905" },
      select: { id: true },
    });
    await caller.agreement.transition({ id: quiet.id, to: "DORMANT", reason: "Keine Kontakte mehr" });

    const after = await caller.statistics.dashboard();
    expect(after).toEqual(await expectedDashboard());
    expect(after.keyFigures.quiet.count).toBe(before.keyFigures.quiet.count - 1);
    expect(after.keyFigures.activeAgreements).toBe(before.keyFigures.activeAgreements - 1);
    expect(after.keyFigures.inForce).toBe(before.keyFigures.inForce);
    expect(after.byStatus.find((entry) => entry.status === "DORMANT")?.count).toBe(
      (before.byStatus.find((entry) => entry.status === "DORMANT")?.count ?? 0) + 1,
    );
  });
  it("lists the same quiet agreements as the list's quiet filter", async () => {
    const stats = await caller.statistics.dashboard();
    const list = await caller.agreement.list({ quiet: true, sort: "title", dir: "asc", pageSize: 200 });
    expect(list.total).toBe(stats.keyFigures.quiet.count);
    expect(list.total).toBeGreaterThan(0);
  });

  it("lists the same agreements needing attention and in force as the list's filters", async () => {
    const stats = await caller.statistics.dashboard();
    const attention = await caller.agreement.list({ attention: true, sort: "title", dir: "asc", pageSize: 200 });
    expect(attention.total).toBe(stats.attention.count);
    expect(attention.items.map((item) => item.id).slice(0, ATTENTION_LIST_LIMIT)).toEqual(
      stats.attention.items.map((item) => item.id),
    );
    const inForceList = await caller.agreement.list({ inForce: true, pageSize: 200 });
    expect(inForceList.total).toBe(stats.keyFigures.inForce);
  });

  it("counts as in force only agreements in force today, and flags expired and expiring ones", async () => {
    const asOf = today();
    const partner = await db.partner.findFirstOrThrow({ select: { id: true }, orderBy: { id: "asc" } });
    const beforeStats = await caller.statistics.dashboard();
    const base = { type: "COOPERATION_AGREEMENT", partnerId: partner.id, status: "ACTIVE" } as const;
    // Valid from next year: active on paper, not in force yet.
    const future = await caller.agreement.create({
      ...base,
      title: "Zukunftsvereinbarung",
      validFrom: String(asOf.getUTCFullYear() + 1),
    });
    // Ran out yesterday, status still active: not in force, and needs attention as expired.
    const expiredOne = await caller.agreement.create({
      ...base,
      title: "Abgelaufene Vereinbarung",
      signedOn: "2020-01-01",
      validUntil: iso(addDays(asOf, -1)),
    });
    // Valid until this year: in force until 31 December, and runs out within 180 days only from July on.
    const thisYear = await caller.agreement.create({
      ...base,
      title: "Bis Jahresende",
      signedOn: "2020-01-01",
      validUntil: String(asOf.getUTCFullYear()),
    });
    // Valid until in 100 days: in force, runs out soon.
    const soon = await caller.agreement.create({
      ...base,
      title: "Bald auslaufend",
      signedOn: "2020-01-01",
      validUntil: iso(addDays(asOf, 100)),
    });
    const after = await caller.statistics.dashboard();
    expect(after).toEqual(await expectedDashboard());
    expect(after.keyFigures.activeAgreements).toBe(beforeStats.keyFigures.activeAgreements + 4);
    expect(after.keyFigures.inForce).toBe(beforeStats.keyFigures.inForce + 2);
    const inForceIds = (await caller.agreement.list({ inForce: true, pageSize: 200 })).items.map((item) => item.id);
    expect(inForceIds).not.toContain(future.id);
    expect(inForceIds).not.toContain(expiredOne.id);
    expect(inForceIds).toEqual(expect.arrayContaining([thisYear.id, soon.id]));
    const reasons = (id: number) =>
      after.attention.items.find((item) => item.id === id)?.reasons.map((entry) => entry.reason) ?? [];
    expect(reasons(expiredOne.id)).toEqual(["EXPIRED"]);
    expect(reasons(soon.id)).toEqual(["EXPIRING"]);
    expect(reasons(future.id)).toEqual([]);
    expect(reasons(thisYear.id)).toEqual(asOf.getUTCMonth() >= 6 ? ["EXPIRING"] : []);
  });

  it("shows at most MILESTONE_PROGRESS_LIMIT working groups: those with the most pending milestones", async () => {
    const agreement = await db.agreement.findFirstOrThrow({ select: { id: true }, orderBy: { id: "asc" } });
    const created: { id: number; pending: number }[] = [];
    for (let pending = 1; pending <= MILESTONE_PROGRESS_LIMIT + 1; pending++) {
      const group = await caller.workingGroup.create({ name: `Lastgruppe ${pending}`, agreementId: agreement.id });
      for (let index = 0; index < pending; index++) {
        await caller.workingGroup.addMilestone({ workingGroupId: group.id, title: `Schritt ${index}`, status: "OPEN" });
      }
      await caller.workingGroup.addMilestone({ workingGroupId: group.id, title: "erledigt", status: "DONE" });
      created.push({ id: group.id, pending });
    }
    const after = await caller.statistics.dashboard();
    expect(after).toEqual(await expectedDashboard());
    expect(after.milestoneProgress).toHaveLength(MILESTONE_PROGRESS_LIMIT);
    expect(after.milestoneGroupsTotal).toBe(before.milestoneGroupsTotal + created.length);
    const shown = new Set(after.milestoneProgress.map((entry) => entry.id));
    // No group of the seed has more than a handful of pending milestones: the new ones with the most are all shown.
    for (const group of created.filter((entry) => entry.pending >= 6)) expect(shown.has(group.id)).toBe(true);
    expect(shown.has(created[0]?.id ?? 0)).toBe(false);
  });
});

describe("statistics.dashboard on an empty database", () => {
  it("returns zeros and empty lists", async () => {
    const { db: empty } = await createTestDatabase("empty");
    const stats = await callerFor(empty).statistics.dashboard();
    expect(stats.byStatus).toEqual(AGREEMENT_STATUSES.map((status) => ({ status, count: 0 })));
    expect(stats).toMatchObject({
      keyFigures: {
        activeAgreements: 0,
        inForce: 0,
        activeByType: [],
        workingGroupsActive: 0,
        workingGroupsTotal: 0,
        milestonesDueSoon: 0,
        milestonesOverdue: 0,
        quiet: { count: 0, byType: [] },
      },
      attention: { count: 0, byType: [], items: [] },
      areaByStatus: [],
      perDecade: [],
      byContinent: [],
      milestoneProgress: [],
    });
    expect(AREA_LINK_STATUSES).toEqual(["PLANNED", "ACTIVE", "DORMANT", "ENDED"]);
  });
});
