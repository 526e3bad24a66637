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
import { addDays, addYears, today } from "../shared/dates";
import { type DashboardStatistics, MILESTONE_PROGRESS_LIMIT } from "./dashboard";

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
        status: true,
        signedOn: true,
        partner: { select: { continent: true } },
        activities: { select: { activity: { select: { startOn: true } } } },
        statusChanges: { select: { effectiveOn: true } },
      },
    }),
    db.workingGroup.findMany({ select: { id: true, name: true, status: true } }),
    db.milestone.findMany({ select: { workingGroupId: true, status: true, dueOn: true } }),
    db.agreementArea.findMany({
      select: { status: true, area: { select: { id: true, code: true, nameDe: true, nameEn: true, sortOrder: true } } },
    }),
  ]);

  const active = agreements.filter((agreement) => agreement.status === "ACTIVE");
  const quietIds = agreements
    .filter(
      (agreement) =>
        inForce(agreement.status) &&
        !agreement.activities.some((link) => within(link.activity.startOn, quietSince, asOf)) &&
        !agreement.statusChanges.some((change) => within(change.effectiveOn, quietSince, asOf)),
    )
    .map((agreement) => agreement.id);
  // Only the order (by title) is left to the database, whose collation decides it.
  const quietItems = await db.agreement.findMany({
    where: { id: { in: quietIds } },
    select: { id: true, title: true },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: 10,
  });

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
      inForce: agreements.filter((agreement) => inForce(agreement.status)).length,
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
      quietAgreements: { count: quietIds.length, items: quietItems },
    },
    byStatus: AGREEMENT_STATUSES.map((status) => ({
      status,
      count: agreements.filter((agreement) => agreement.status === status).length,
    })),
    areaByStatus,
    perDecade,
    byContinent: CONTINENTS.map((continent) => ({
      continent,
      count: agreements.filter((agreement) => inForce(agreement.status) && agreement.partner.continent === continent)
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
    expect(before.keyFigures.quietAgreements.items.length).toBe(Math.min(10, before.keyFigures.quietAgreements.count));
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
    expect(kf(after).quietAgreements.count).toBe(kf(before).quietAgreements.count + 1);
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
    expect(after.keyFigures.quietAgreements.count).toBe(before.keyFigures.quietAgreements.count - 1);
    expect(after.keyFigures.quietAgreements.items.map((item) => item.id)).not.toContain(quiet.id);
    expect(after.keyFigures.activeAgreements).toBe(before.keyFigures.activeAgreements - 1);
    expect(after.keyFigures.inForce).toBe(before.keyFigures.inForce);
    expect(after.byStatus.find((entry) => entry.status === "DORMANT")?.count).toBe(
      (before.byStatus.find((entry) => entry.status === "DORMANT")?.count ?? 0) + 1,
    );
  });
  it("lists the same quiet agreements as the list's quiet filter", async () => {
    const stats = await caller.statistics.dashboard();
    const list = await caller.agreement.list({ quiet: true, sort: "title", dir: "asc", pageSize: 10 });
    expect(list.total).toBe(stats.keyFigures.quietAgreements.count);
    expect(list.items.map((item) => item.id)).toEqual(stats.keyFigures.quietAgreements.items.map((item) => item.id));
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
        quietAgreements: { count: 0, items: [] },
      },
      areaByStatus: [],
      perDecade: [],
      byContinent: [],
      milestoneProgress: [],
    });
    expect(AREA_LINK_STATUSES).toEqual(["PLANNED", "ACTIVE", "DORMANT", "ENDED"]);
  });
});
