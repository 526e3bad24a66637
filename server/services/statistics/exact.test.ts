// The dashboard's figures are kept by the database (migration statistics_summaries): counters and per-agreement rows
// maintained by triggers. This test applies random sequences of changes, through the services (create, status
// transitions, bulk changes, activities, working groups, milestones) and straight into the tables (deletes, moved
// dates, a partner's continent, links), and after each one compares
//   1. the dashboard (getDashboard) with the dashboard recounted from the records as it was computed before the
//      triggers existed (recountDashboard below: the Prisma filters the agreement list uses, GROUP BY over the
//      history), field by field, and
//   2. every maintained row (StatisticsCount, StatisticsAgreement, StatisticsWorkingGroup) with the same row recounted
//      from the records by SQL written here.
// A trigger that is dropped or wrong makes one of them differ. It also checks that a rolled-back change leaves the
// figures untouched and that concurrent writes to the same counters lose nothing and do not deadlock.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { replaceWithDemoData } from "../../../prisma/seed";
import type { Db } from "../../db/prisma";
import { AGREEMENT_TRANSITIONS } from "../../domain/agreement-status";
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  type AgreementStatus,
  type AgreementType,
  AREA_LINK_STATUSES,
  type AreaLinkStatus,
  CONTINENTS,
  type Continent,
  MILESTONE_STATUSES,
  type MilestoneStatus,
} from "../../domain/enums";
import { attentionSummary } from "../../test/attention-recount";
import { callerFor } from "../../test/caller";
import { createTestDatabase } from "../../test/database";
import { EXPIRING_DAYS, SIGNED_WAIT_DAYS, STALLED_YEARS } from "../agreement/attention";
import { inForceWhere } from "../agreement/in-force";
import { QUIET_YEARS, quietAgreementWhere } from "../agreement/quiet";
import { addDays, addYears, today } from "../shared/dates";
import { dueSoonMilestoneWhere, overdueMilestoneWhere } from "../working-group/milestone-filters";
import { DUE_SOON_DAYS, PENDING_MILESTONE_STATUSES } from "../working-group/milestone-rules";
import {
  ACTIVE_WORKING_GROUP_STATUSES,
  type DashboardStatistics,
  fillDecades,
  getDashboard,
  MILESTONE_PROGRESS_LIMIT,
} from "./dashboard";

// ---------------------------------------------------------------------------------------------------------------
// The recount: the dashboard as computed from the records before issue 20 (one pass over every agreement, the
// quiet/in-force/attention filters over the whole history).

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

async function recountDashboard(db: Db): Promise<DashboardStatistics> {
  const asOf = today();
  const [agreementRows, workingGroupRows, dueSoon, overdue, quietRows, inForceRows, attention, areaRows, milestones] =
    await Promise.all([
      db.$queryRaw<{ status: AgreementStatus; type: AgreementType; decade: number | null; count: number }[]>`
        SELECT a.status::text AS status, a.type::text AS type,
               CASE WHEN a.type = 'PARTNERSHIP' AND a."signedOn" IS NOT NULL
                    THEN (date_part('year', a."signedOn")::int / 10) * 10 END AS decade,
               count(*)::int AS count
        FROM "Agreement" a GROUP BY 1, 2, 3`,
      db.workingGroup.groupBy({ by: ["status"], _count: { _all: true } }),
      db.milestone.count({ where: dueSoonMilestoneWhere(asOf) }),
      db.milestone.count({ where: overdueMilestoneWhere(asOf) }),
      db.agreement.groupBy({ by: ["type"], where: quietAgreementWhere(asOf), _count: { _all: true } }),
      db.agreement.groupBy({ by: ["partnerContinent"], where: inForceWhere(asOf), _count: { _all: true } }),
      attentionSummary(db, asOf, AGREEMENT_TYPES),
      db.agreementArea.groupBy({ by: ["areaId", "status"], _count: { _all: true } }),
      db.milestone.findMany({
        select: { status: true, workingGroup: { select: { id: true, name: true } } },
      }),
    ]);
  const status = zeros(AGREEMENT_STATUSES);
  const activeTypes = zeros(AGREEMENT_TYPES);
  const decades = new Map<number, number>();
  for (const row of agreementRows) {
    status[row.status] += row.count;
    if (row.status === "ACTIVE") activeTypes[row.type] += row.count;
    if (row.decade !== null) decades.set(row.decade, (decades.get(row.decade) ?? 0) + row.count);
  }
  const areaCounts = new Map<number, Record<AreaLinkStatus, number>>();
  for (const row of areaRows) {
    const entry = areaCounts.get(row.areaId) ?? zeros(AREA_LINK_STATUSES);
    entry[row.status] = row._count._all;
    areaCounts.set(row.areaId, entry);
  }
  const areas = await db.cooperationArea.findMany({
    where: { id: { in: [...areaCounts.keys()] } },
    select: { id: true, code: true, nameDe: true, nameEn: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
  // Milestone progress: groups by pending milestones (ties: lower id), the first few, then by name as sorted by SQL.
  const groups = new Map<number, DashboardStatistics["milestoneProgress"][number]>();
  for (const { status: milestoneStatus, workingGroup } of milestones) {
    const entry = groups.get(workingGroup.id) ?? { ...workingGroup, ...zeros(MILESTONE_STATUSES), total: 0 };
    entry[milestoneStatus] += 1;
    entry.total += 1;
    groups.set(workingGroup.id, entry);
  }
  const pending = (row: DashboardStatistics["milestoneProgress"][number]) =>
    PENDING_MILESTONE_STATUSES.reduce((sum, key) => sum + row[key], 0);
  const top = [...groups.values()]
    .sort((a, b) => pending(b) - pending(a) || a.id - b.id)
    .slice(0, MILESTONE_PROGRESS_LIMIT);
  const byName = await db.workingGroup.findMany({
    where: { id: { in: top.map((row) => row.id) } },
    select: { id: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  const typed = <T extends { _count: { _all: number } }>(rows: T[], key: (row: T) => string | null) =>
    new Map(rows.map((row) => [key(row), row._count._all]));
  const quiet = typed(quietRows, (row) => row.type);
  const continents = typed(inForceRows, (row) => row.partnerContinent);
  let workingGroupsActive = 0;
  for (const row of workingGroupRows) {
    if (ACTIVE_WORKING_GROUP_STATUSES.includes(row.status)) workingGroupsActive += row._count._all;
  }
  return {
    asOf,
    keyFigures: {
      activeAgreements: status.ACTIVE,
      inForce: [...continents.values()].reduce((sum, n) => sum + n, 0),
      activeByType: AGREEMENT_TYPES.filter((type) => activeTypes[type] > 0).map((type) => ({
        type,
        count: activeTypes[type],
      })),
      workingGroupsActive,
      workingGroupsTotal: workingGroupRows.reduce((sum, row) => sum + row._count._all, 0),
      milestonesDueSoon: dueSoon,
      milestonesOverdue: overdue,
      quiet: {
        count: [...quiet.values()].reduce((sum, n) => sum + n, 0),
        byType: AGREEMENT_TYPES.filter((type) => quiet.has(type)).map((type) => ({
          type,
          count: quiet.get(type) ?? 0,
        })),
      },
    },
    attention,
    byStatus: AGREEMENT_STATUSES.map((key) => ({ status: key, count: status[key] })),
    areaByStatus: areas.map(({ id, ...area }) => ({ ...area, ...(areaCounts.get(id) ?? zeros(AREA_LINK_STATUSES)) })),
    perDecade: fillDecades(
      [...decades].map(([decade, count]) => ({ decade, count })).sort((a, b) => a.decade - b.decade),
    ),
    byContinent: CONTINENTS.filter((continent) => continents.has(continent)).map((continent: Continent) => ({
      continent,
      count: continents.get(continent) ?? 0,
    })),
    milestoneProgress: byName.map(({ id }) => top.find((row) => row.id === id) as (typeof top)[number]),
    milestoneGroupsTotal: groups.size,
  };
}

/** Every maintained row that differs from the same row recounted from the records (empty: all exact). */
async function maintainedDifferences(db: Db): Promise<unknown[]> {
  const agreements = await db.$queryRaw<unknown[]>`
    WITH events AS (
      SELECT "agreementId" AS id, "effectiveOn" AS d FROM "StatusChange"
      UNION SELECT "agreementId", "activityStartOn" FROM "ActivityAgreement" WHERE "activityStartOn" IS NOT NULL),
    expected AS (
      SELECT a.id AS "agreementId", a.status, a.type, a."partnerContinent" AS continent,
             coalesce(a."validFrom", a."signedOn") AS "inForceFrom",
             CASE a."validUntilPrecision"
               WHEN 'YEAR' THEN make_date(date_part('year', a."validUntil")::int, 12, 31)
               WHEN 'MONTH' THEN (date_trunc('month', a."validUntil"::timestamp) + interval '1 month' - interval '1 day')::date
               ELSE a."validUntil" END AS "inForceUntil",
             (SELECT max(e.d) FROM events e WHERE e.id = a.id) AS "lastEventOn",
             (SELECT e.d FROM events e WHERE e.id = a.id ORDER BY e.d DESC OFFSET 1 LIMIT 1) AS "previousEventOn",
             coalesce((SELECT range_agg(daterange(e.d, e.d, '[]')) FROM events e WHERE e.id = a.id), '{}') AS "eventDays",
             (SELECT min(m."dueOn") FROM "WorkingGroup" g JOIN "Milestone" m ON m."workingGroupId" = g.id
               WHERE g."agreementId" = a.id AND m.status IN ('OPEN', 'IN_PROGRESS')) AS "firstPendingDueOn"
        FROM "Agreement" a),
    kept AS (
      SELECT "agreementId", status, type, continent, "inForceFrom", "inForceUntil", "lastEventOn", "previousEventOn",
             "eventDays", "firstPendingDueOn" FROM "StatisticsAgreement")
    SELECT 'StatisticsAgreement' AS "table", e::text AS expected, k::text AS kept
      FROM expected e FULL JOIN kept k ON k."agreementId" = e."agreementId"
     WHERE e IS DISTINCT FROM k`;
  const counts = await db.$queryRaw<unknown[]>`
    WITH expected AS (
      SELECT 'agreement|' || status || '|' || type || '|'
             || coalesce(CASE WHEN type = 'PARTNERSHIP' AND "signedOn" IS NOT NULL
                              THEN (date_part('year', "signedOn")::int / 10 * 10)::text END, '')
             || '|' || coalesce("partnerContinent"::text, '') AS key, count(*)::int AS n
        FROM "Agreement" GROUP BY 1
      UNION ALL
      SELECT 'lastEvent|' || f.type || '|' || coalesce(date_part('year', max(e.d))::int::text, ''), 1
        FROM "Agreement" f LEFT JOIN (
          SELECT "agreementId" AS id, "effectiveOn" AS d FROM "StatusChange"
          UNION ALL SELECT "agreementId", "activityStartOn" FROM "ActivityAgreement") e ON e.id = f.id
       WHERE f.status IN ('SIGNED', 'ACTIVE', 'DORMANT', 'SUSPENDED') GROUP BY f.id, f.type
      UNION ALL
      SELECT 'area|' || "areaId" || '|' || status, count(*)::int FROM "AgreementArea" GROUP BY 1
      UNION ALL
      SELECT 'workingGroup|' || status, count(*)::int FROM "WorkingGroup" GROUP BY 1
      UNION ALL
      SELECT 'milestoneGroups', count(DISTINCT "workingGroupId")::int FROM "Milestone"
      UNION ALL
      -- The dated counters as of the day they are kept for, counted from the rows by the same rules (whether those
      -- rules are the list's is what the comparison of the figures checks).
      SELECT c.key, c.n FROM "StatisticsDay" d, "statistics_dated_counts"(d.day) c WHERE d.day IS NOT NULL),
    summed AS (SELECT key, sum(n)::int AS n FROM expected GROUP BY 1 HAVING sum(n) <> 0),
    kept AS (SELECT key::text AS key, n FROM "StatisticsCount")
    SELECT 'StatisticsCount' AS "table", s::text AS expected, k::text AS kept
      FROM summed s FULL JOIN kept k ON k.key = s.key WHERE s IS DISTINCT FROM k`;
  const groups = await db.$queryRaw<unknown[]>`
    WITH expected AS (
      SELECT "workingGroupId", count(*)::int AS total,
             (count(*) FILTER (WHERE status IN ('OPEN', 'IN_PROGRESS')))::int AS pending
        FROM "Milestone" GROUP BY 1),
    kept AS (SELECT "workingGroupId", total, pending FROM "StatisticsWorkingGroup")
    SELECT 'StatisticsWorkingGroup' AS "table", e::text AS expected, k::text AS kept
      FROM expected e FULL JOIN kept k ON k."workingGroupId" = e."workingGroupId" WHERE e IS DISTINCT FROM k`;
  return [...agreements, ...counts, ...groups];
}

async function expectExact(db: Db, step: string) {
  expect({ step, differences: await maintainedDifferences(db) }).toEqual({ step, differences: [] });
  const [kept, recounted] = await Promise.all([getDashboard(db), recountDashboard(db)]);
  expect({ step, figures: kept }).toEqual({ step, figures: recounted });
}

// ---------------------------------------------------------------------------------------------------------------
// Random changes

/** A small seeded generator (mulberry32): the same seed gives the same sequence, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  };
  return { next, int, pick };
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

let db: Db;
let editor: ReturnType<typeof callerFor>;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  editor = callerFor(db);
});

describe("the dashboard's maintained figures", () => {
  it("are exact on the seed (the migration filled them from the records)", async () => {
    await expectExact(db, "seed");
    // Not vacuous: the seed has agreements in force, quiet ones and ones needing attention.
    const figures = await getDashboard(db);
    expect(figures.keyFigures.inForce).toBeGreaterThan(0);
    expect(figures.keyFigures.quiet.count).toBeGreaterThan(0);
    expect(figures.attention.count).toBeGreaterThan(0);
  });

  it("stay exact after each of a random sequence of changes", async () => {
    const seed = Number(process.env.STATISTICS_SEED ?? 20);
    const rnd = random(seed);
    const asOf = today();
    // Dates around every boundary the figures have: today, 30 and 180 days ahead, 90 days and 3 years back.
    const someDay = () =>
      addDays(
        rnd.pick([asOf, addDays(asOf, 30), addDays(asOf, 180), addDays(asOf, -90), addYears(asOf, -3)]),
        rnd.int(5) - 2,
      );
    const pastDay = () => addDays(asOf, -rnd.int(6 * 365));
    const partners = await db.partner.findMany({ select: { id: true, continent: true } });
    const areaCodes = (await db.cooperationArea.findMany({ select: { code: true } })).map((area) => area.code);

    const operations: Record<string, () => Promise<string>> = {
      createAgreement: async () => {
        const type = rnd.pick(AGREEMENT_TYPES);
        const status = rnd.pick(AGREEMENT_STATUSES);
        const signed = rnd.next() < 0.7 ? pastDay() : null;
        const validUntil = rnd.next() < 0.5 ? someDay() : null;
        const precision = rnd.pick(["DAY", "MONTH", "YEAR"] as const);
        const format = (date: Date) =>
          precision === "YEAR" ? iso(date).slice(0, 4) : precision === "MONTH" ? iso(date).slice(0, 7) : iso(date);
        const until = validUntil && (!signed || validUntil >= signed) ? format(validUntil) : undefined;
        const from = rnd.next() < 0.3 ? someDay() : null;
        const created = await editor.agreement.create({
          type,
          title: `Zufall ${rnd.int(1e6)}`,
          partnerId: rnd.pick(partners).id,
          status,
          ...(signed ? { signedOn: iso(signed) } : {}),
          ...(from && (!validUntil || !until || from <= validUntil) ? { validFrom: iso(from) } : {}),
          ...(until ? { validUntil: until } : {}),
          areas: rnd.next() < 0.5 ? [{ code: rnd.pick(areaCodes), status: rnd.pick(AREA_LINK_STATUSES) }] : [],
        });
        return `create agreement ${created.id} ${type} ${status}`;
      },
      transition: async () => {
        const candidates = await db.agreement.findMany({
          where: { status: { not: "ENDED" } },
          select: { id: true, version: true, status: true, statusSince: true },
        });
        const agreement = rnd.pick(candidates);
        const to = rnd.pick(AGREEMENT_TRANSITIONS[agreement.status]);
        // A day in the last four years, not before the current status began (the service refuses that).
        const day = addDays(asOf, -rnd.int(4 * 365));
        const since = agreement.statusSince ? addYears(agreement.statusSince, 1) : null;
        const effectiveOn = rnd.next() < 0.5 && (!since || day >= since) ? iso(day) : undefined;
        await editor.agreement.transition({
          id: agreement.id,
          version: agreement.version,
          to,
          reason: "Zufällige Änderung",
          ...(effectiveOn ? { effectiveOn } : {}),
        });
        return `transition ${agreement.id} ${agreement.status} → ${to} on ${effectiveOn ?? "today"}`;
      },
      bulkTransition: async () => {
        const to = rnd.pick(["DORMANT", "ACTIVE", "ENDED"] as const);
        const rows = await db.agreement.findMany({
          where: { status: { in: AGREEMENT_STATUSES.filter((from) => AGREEMENT_TRANSITIONS[from].includes(to)) } },
          select: { id: true, version: true },
          take: 3,
          orderBy: { id: rnd.next() < 0.5 ? "asc" : "desc" },
        });
        if (!rows.length) return "bulk: nothing to change";
        await editor.agreement.bulkApply({ items: rows, change: { kind: "status", to, reason: "Sammeländerung" } });
        return `bulk ${rows.map((row) => row.id).join(",")} → ${to}`;
      },
      createActivity: async () => {
        const ids = await db.agreement.findMany({ select: { id: true } });
        const startOn = rnd.next() < 0.3 ? addDays(asOf, rnd.int(400)) : someDay();
        const agreementIds = [...new Set([rnd.pick(ids).id, rnd.pick(ids).id])];
        await editor.activity.create({ type: "MEETING", title: "Zufallstreffen", startOn: iso(startOn), agreementIds });
        return `activity on ${iso(startOn)} for ${agreementIds.join(",")}`;
      },
      moveActivity: async () => {
        const activity = await db.activity.findFirst({ orderBy: { id: rnd.next() < 0.5 ? "asc" : "desc" } });
        if (!activity) return "no activity";
        const startOn = someDay();
        await db.activity.update({ where: { id: activity.id }, data: { startOn } });
        return `move activity ${activity.id} to ${iso(startOn)}`;
      },
      deleteActivity: async () => {
        const activity = await db.activity.findFirst({ orderBy: { id: "desc" } });
        if (!activity) return "no activity";
        await db.activity.delete({ where: { id: activity.id } });
        return `delete activity ${activity.id}`;
      },
      deleteStatusChange: async () => {
        const change = await db.statusChange.findFirst({ orderBy: { effectiveOn: "desc" }, skip: rnd.int(20) });
        if (!change) return "no status change";
        await db.statusChange.delete({ where: { id: change.id } });
        return `delete status change ${change.id} of ${change.agreementId}`;
      },
      deleteAgreement: async () => {
        const agreement = await db.agreement.findFirst({
          where: { workingGroups: { none: {} }, commitments: { none: {} }, successors: { none: {} } },
          orderBy: { id: "desc" },
        });
        if (!agreement) return "no deletable agreement";
        await db.agreement.delete({ where: { id: agreement.id } });
        return `delete agreement ${agreement.id}`;
      },
      moveToContinent: async () => {
        const partner = rnd.pick(partners);
        const continent = rnd.pick(CONTINENTS);
        await db.partner.update({ where: { id: partner.id }, data: { continent } });
        return `partner ${partner.id} to ${continent}`;
      },
      changeArea: async () => {
        const link = await db.agreementArea.findFirst({ skip: rnd.int(10) });
        if (!link) return "no area link";
        if (rnd.next() < 0.5) {
          await db.agreementArea.delete({
            where: { agreementId_areaId: { agreementId: link.agreementId, areaId: link.areaId } },
          });
          return `delete area link ${link.agreementId}/${link.areaId}`;
        }
        const status = rnd.pick(AREA_LINK_STATUSES);
        await db.agreementArea.update({
          where: { agreementId_areaId: { agreementId: link.agreementId, areaId: link.areaId } },
          data: { status },
        });
        return `area link ${link.agreementId}/${link.areaId} → ${status}`;
      },
      createGroup: async () => {
        const agreement = rnd.pick(await db.agreement.findMany({ select: { id: true } }));
        const group = await editor.workingGroup.create({
          name: `Zufallsgruppe ${rnd.int(1e6)}`,
          agreementId: agreement.id,
          status: rnd.pick(["ANNOUNCED", "FORMING", "ACTIVE", "PAUSED"] as const),
        });
        return `group ${group.id} for ${agreement.id}`;
      },
      moveGroup: async () => {
        const groups = await db.workingGroup.findMany({ select: { id: true, version: true, name: true } });
        const group = rnd.pick(groups);
        const agreement = rnd.pick(await db.agreement.findMany({ select: { id: true } }));
        const status = rnd.pick(["FORMING", "ACTIVE", "CONCLUDED", "DISSOLVED"] as const);
        await editor.workingGroup.update({
          id: group.id,
          version: group.version,
          name: group.name,
          agreementId: agreement.id,
          status,
        });
        return `group ${group.id} to agreement ${agreement.id}, ${status}`;
      },
      addMilestone: async () => {
        const group = rnd.pick(await db.workingGroup.findMany({ select: { id: true } }));
        const status: MilestoneStatus = rnd.pick(MILESTONE_STATUSES);
        const dueOn = rnd.next() < 0.85 ? iso(someDay()) : undefined;
        await editor.workingGroup.addMilestone({
          workingGroupId: group.id,
          title: "Zufallsmeilenstein",
          status,
          ...(dueOn ? { dueOn } : {}),
          ...(status === "DONE" ? { doneOn: iso(asOf) } : {}),
        });
        return `milestone ${status} due ${dueOn ?? "-"} in group ${group.id}`;
      },
      changeMilestone: async () => {
        const milestone = await db.milestone.findFirst({ skip: rnd.int(15), orderBy: { id: "desc" } });
        if (!milestone) return "no milestone";
        if (rnd.next() < 0.3) {
          await editor.workingGroup.removeMilestone({ id: milestone.id, version: milestone.version });
          return `remove milestone ${milestone.id}`;
        }
        const status: MilestoneStatus = rnd.pick(MILESTONE_STATUSES);
        const dueOn = iso(someDay());
        await editor.workingGroup.updateMilestone({
          id: milestone.id,
          version: milestone.version,
          title: milestone.title,
          status,
          dueOn,
          ...(status === "DONE" ? { doneOn: iso(asOf) } : {}),
        });
        return `milestone ${milestone.id} → ${status} due ${dueOn}`;
      },
    };
    const names = Object.keys(operations);
    const steps = Number(process.env.STATISTICS_STEPS ?? 45);
    for (let step = 0; step < steps; step++) {
      const name = rnd.pick(names);
      const done = await (operations[name] as () => Promise<string>)();
      if (process.env.STATISTICS_LOG) console.log(done);
      await expectExact(db, `seed ${seed}, step ${step}: ${done}`);
    }
  }, 240_000);

  it("leave a rolled-back change out", async () => {
    const before = await db.$queryRaw<unknown[]>`SELECT * FROM "StatisticsCount" ORDER BY key`;
    const partner = await db.partner.findFirstOrThrow({ select: { id: true } });
    await expect(
      db.$transaction(async (tx) => {
        await tx.agreement.create({
          data: { type: "PARTNERSHIP", title: "Nie gespeichert", partnerId: partner.id, status: "ACTIVE" },
        });
        await tx.workingGroup.updateMany({ data: { status: "DISSOLVED" } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await db.$queryRaw<unknown[]>`SELECT * FROM "StatisticsCount" ORDER BY key`).toEqual(before);
    await expectExact(db, "after a rollback");
  });

  it("lose no update and do not deadlock when concurrent writes change the same counters", async () => {
    // Ten status changes at once to agreements of the same status and type (the same counter rows), and activities
    // added at once to one agreement (the same per-agreement row).
    const candidates = await db.agreement.findMany({
      where: { status: "ACTIVE" },
      select: { id: true, version: true },
      take: 10,
    });
    expect(candidates.length).toBeGreaterThanOrEqual(4);
    const target = candidates[0]?.id as number;
    const results = await Promise.allSettled([
      ...candidates.map((agreement) =>
        callerFor(db).agreement.transition({ ...agreement, to: "DORMANT", reason: "Gleichzeitig ruhend" }),
      ),
      ...[1, 2, 3, 4].map((n) =>
        callerFor(db).activity.create({
          type: "VISIT",
          title: `Gleichzeitig ${n}`,
          startOn: iso(addDays(today(), -n)),
          agreementIds: [target],
        }),
      ),
    ]);
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    await expectExact(db, "after concurrent writes");
  }, 60_000);

  it("are exact again after the demo data replaced everything (TRUNCATE fires no triggers: they are emptied too)", async () => {
    await replaceWithDemoData(db);
    await expectExact(db, "after replaceWithDemoData");
  });

  it("use the app's thresholds, on both sides of each (the SQL rules write them as numbers)", async () => {
    const asOf = new Date("2026-06-15T00:00:00Z");
    const day = (date: Date) => iso(date);
    const keys = async (status: AgreementStatus, dates: { from?: Date; until?: Date; last?: Date }) => {
      const [row] = await db.$queryRaw<{ keys: string[] }[]>`
        SELECT "statistics_dated_keys"(${status}::"AgreementStatus", 'PARTNERSHIP', NULL,
          ${dates.from ? day(dates.from) : null}::date, ${dates.until ? day(dates.until) : null}::date,
          ${dates.last ? day(dates.last) : null}::date, NULL, '{}'::datemultirange, NULL, ${day(asOf)}::date) AS keys`;
      return row?.keys ?? [];
    };
    const started = addDays(asOf, -400);
    expect(await keys("ACTIVE", { from: started, until: addDays(asOf, EXPIRING_DAYS), last: asOf })).toContain(
      "dated|reason|EXPIRING",
    );
    expect(await keys("ACTIVE", { from: started, until: addDays(asOf, EXPIRING_DAYS + 1), last: asOf })).not.toContain(
      "dated|reason|EXPIRING",
    );
    expect(await keys("SIGNED", { from: addDays(asOf, -SIGNED_WAIT_DAYS), last: asOf })).toContain(
      "dated|reason|SIGNED_NOT_ACTIVE",
    );
    expect(await keys("SIGNED", { from: addDays(asOf, 1 - SIGNED_WAIT_DAYS), last: asOf })).not.toContain(
      "dated|reason|SIGNED_NOT_ACTIVE",
    );
    const stalledSince = addYears(asOf, -STALLED_YEARS);
    expect(await keys("PROPOSED", { last: addDays(stalledSince, -1) })).toContain("dated|reason|STALLED");
    expect(await keys("PROPOSED", { last: stalledSince })).not.toContain("dated|reason|STALLED");
    const quietSince = addYears(asOf, -QUIET_YEARS);
    expect(await keys("ACTIVE", { from: started, last: addDays(quietSince, -1) })).toContain(
      "dated|quietRest|PARTNERSHIP",
    );
    expect(await keys("ACTIVE", { from: started, last: quietSince })).not.toContain("dated|quietRest|PARTNERSHIP");
    const milestone = async (dueOn: Date) => {
      const [row] = await db.$queryRaw<{ keys: string[] }[]>`
        SELECT "statistics_milestone_dated_keys"('OPEN', ${day(dueOn)}::date, ${day(asOf)}::date) AS keys`;
      return row?.keys ?? [];
    };
    expect(await milestone(addDays(asOf, DUE_SOON_DAYS))).toEqual(["dated|dueSoon"]);
    expect(await milestone(addDays(asOf, DUE_SOON_DAYS + 1))).toEqual([]);
    expect(await milestone(addDays(asOf, -1))).toEqual(["dated|overdue"]);
  });

  it("count years back as the app does (29 February becomes 1 March)", async () => {
    for (const date of ["2028-02-29", "2027-03-01", "2026-12-31", "2024-02-29", "2025-01-01"]) {
      const [row] = await db.$queryRaw<{ before: Date }[]>`
        SELECT "statistics_years_before"(${date}::date, 3) AS before`;
      expect({ date, before: row?.before }).toEqual({ date, before: addYears(new Date(`${date}T00:00:00Z`), -3) });
    }
  });

  it("are recounted when a new day begins, and kept exact by changes on each day", async () => {
    const caller = callerFor(db);
    const keptDay = async () => (await db.statisticsDay.findUnique({ where: { id: 1 } }))?.day?.toISOString();
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      // The next day, half a year on, a leap day (the quiet and stalled windows begin on 1 March 2025), years on.
      for (const at of ["2027-03-02", "2027-09-15", "2028-02-29", "2031-01-02"]) {
        vi.setSystemTime(new Date(`${at}T11:00:00Z`));
        await expectExact(db, `on ${at}, the first read`);
        expect(await keptDay()).toBe(`${at}T00:00:00.000Z`);
        const group = await db.workingGroup.findFirstOrThrow({ select: { id: true }, orderBy: { id: "asc" } });
        await caller.workingGroup.addMilestone({
          workingGroupId: group.id,
          title: `Fällig bald nach ${at}`,
          status: "OPEN",
          dueOn: iso(addDays(today(), 10)),
        });
        // The latest pending milestone moved from due soon (or later) to overdue, and the one before it removed.
        const [latest, before] = await db.milestone.findMany({
          where: { status: { in: ["OPEN", "IN_PROGRESS"] } },
          orderBy: { id: "desc" },
          take: 2,
        });
        if (!latest || !before) throw new Error("The demo data has fewer than two pending milestones");
        await caller.workingGroup.updateMilestone({
          id: latest.id,
          version: latest.version,
          title: latest.title,
          status: "IN_PROGRESS",
          dueOn: iso(addDays(today(), -1)),
        });
        await caller.workingGroup.removeMilestone({ id: before.id, version: before.version });
        const agreement = await db.agreement.findFirstOrThrow({
          where: { status: "ACTIVE" },
          select: { id: true, version: true },
          orderBy: { id: "asc" },
        });
        await caller.agreement.transition({ ...agreement, to: "SUSPENDED", reason: `Ausgesetzt am ${at}` });
        await expectExact(db, `on ${at}, after changes`);
      }
    } finally {
      vi.useRealTimers();
    }
  }, 60_000);

  it("are counted from the rows while a writer holds the day, and recounted for the new day once it committed", async () => {
    const keptDay = async () => (await db.statisticsDay.findUnique({ where: { id: 1 } }))?.day?.toISOString();
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2032-06-01T10:00:00Z"));
      await expectExact(db, "on 1 June 2032");
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked = () => {};
      const lockTaken = new Promise<void>((resolve) => {
        locked = resolve;
      });
      // A writer in the middle of its transaction: it has read the day (as every trigger that adds to the dated
      // counters does) and not committed yet.
      const writer = db.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT "statistics_dated_day"()`;
          locked();
          await held;
        },
        { timeout: 30_000 },
      );
      await lockTaken;
      vi.setSystemTime(new Date("2032-06-02T10:00:00Z"));
      const [kept, recounted] = await Promise.all([getDashboard(db), recountDashboard(db)]);
      expect(kept).toEqual(recounted);
      expect(await keptDay()).toBe("2032-06-01T00:00:00.000Z");
      release();
      await writer;
      await expectExact(db, "on 2 June 2032, the writer committed");
      expect(await keptDay()).toBe("2032-06-02T00:00:00.000Z");
    } finally {
      vi.useRealTimers();
    }
  }, 60_000);

  it("count a change whose trigger waited for a recount of the day as of the recount's day", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2033-03-01T10:00:00Z"));
      await expectExact(db, "on 1 March 2033");
      const agreement = await db.agreement.findFirstOrThrow({
        where: { status: "ACTIVE" },
        select: { id: true, version: true },
        orderBy: { id: "asc" },
      });
      let writer: Promise<unknown> = Promise.resolve();
      // What statistics_roll_day does for 2 March, with a writer arriving between its lock and its recount.
      await db.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT 1 FROM "StatisticsDay" WHERE "id" = 1 FOR UPDATE`;
          writer = callerFor(db).agreement.transition({ ...agreement, to: "SUSPENDED", reason: "Während der Zählung" });
          // Until the writer's statement has changed its rows and its trigger waits for the day's row.
          for (let waited = 0; ; waited += 20) {
            const [row] = await tx.$queryRaw<{ n: number }[]>`
              SELECT count(*)::int AS n FROM pg_stat_activity
               WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`;
            if ((row?.n ?? 0) > 0) break;
            if (waited > 10_000) throw new Error("The writer never waited for the day's row");
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          await tx.$executeRaw`DELETE FROM "StatisticsCount" WHERE "key" LIKE 'dated|%'`;
          await tx.$executeRaw`INSERT INTO "StatisticsCount" ("key", "n")
            SELECT c."key", c."n" FROM "statistics_dated_counts"('2033-03-02'::date) c ORDER BY 1`;
          await tx.$executeRaw`UPDATE "StatisticsDay" SET "day" = '2033-03-02' WHERE "id" = 1`;
        },
        { timeout: 30_000 },
      );
      await writer;
      vi.setSystemTime(new Date("2033-03-02T10:00:00Z"));
      await expectExact(db, "on 2 March 2033, the writer's change counted after the recount");
    } finally {
      vi.useRealTimers();
    }
  }, 60_000);
});
