// The dashboard's figures (issue 20: exact and cheap at any scale). The database keeps them: counters per status, type,
// decade, continent, area and working-group status, and per agreement and working group the facts the day-dependent
// figures need, all maintained by triggers in the same transaction as each change (migration statistics_summaries).
// This module only reads them: one counter table, index range counts for what depends on the day, and the top rows
// of two short lists. JavaScript fills in zeros and reshapes the rows for the charts.
import { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { IN_FORCE_STATUSES } from "../../domain/agreement-status";
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
  type WorkingGroupStatus,
} from "../../domain/enums";
import {
  ATTENTION_LIST_LIMIT,
  ATTENTION_REASONS,
  type AttentionDates,
  type AttentionItem,
  type AttentionReason,
  type AttentionSummary,
  attentionDetail,
  EXPIRING_DAYS,
  SIGNED_WAIT_DAYS,
  STALLED_YEARS,
} from "../agreement/attention";
import { QUIET_YEARS } from "../agreement/quiet";
import { addDays, addYears, today } from "../shared/dates";
import { DUE_SOON_DAYS, PENDING_MILESTONE_STATUSES } from "../working-group/milestone-rules";

/** Working groups that count as active on the dashboard. */
export const ACTIVE_WORKING_GROUP_STATUSES: readonly WorkingGroupStatus[] = ["FORMING", "ACTIVE"];

export interface DashboardStatistics {
  /** The day the figures refer to (UTC midnight). */
  asOf: Date;
  keyFigures: {
    activeAgreements: number;
    /** Agreements in force today (server/services/agreement/in-force.ts). */
    inForce: number;
    /** Active agreements per type; only types that occur, in AGREEMENT_TYPES order. */
    activeByType: { type: AgreementType; count: number }[];
    workingGroupsActive: number;
    workingGroupsTotal: number;
    milestonesDueSoon: number;
    milestonesOverdue: number;
    /** Agreements in force today with no activity and no status change for QUIET_YEARS, per type. */
    quiet: { count: number; byType: { type: AgreementType; count: number }[] };
  };
  /** Agreements needing attention, with their reasons (server/services/agreement/attention.ts). */
  attention: AttentionSummary;
  /** Every status, zeros included, in AGREEMENT_STATUSES order. */
  byStatus: { status: AgreementStatus; count: number }[];
  /** Every cooperation area linked to at least one agreement, by area sort order. */
  areaByStatus: ({ code: string; nameDe: string; nameEn: string } & Record<AreaLinkStatus, number>)[];
  /** Partnerships by decade signed, from the first to the last decade with data, gaps filled with 0. */
  perDecade: { decade: number; count: number }[];
  /** Agreements in force today per partner continent; only continents that occur, in CONTINENTS order. */
  byContinent: { continent: Continent; count: number }[];
  /** At most MILESTONE_PROGRESS_LIMIT working groups, those with the most pending milestones, by name. */
  milestoneProgress: ({ id: number; name: string; total: number } & Record<MilestoneStatus, number>)[];
  /** How many working groups have milestones (milestoneProgress shows at most MILESTONE_PROGRESS_LIMIT of them). */
  milestoneGroupsTotal: number;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/**
 * The dashboard shows the progress of at most this many working groups: those with the most pending milestones
 * (at country scale there are thousands of groups, which no chart can show). `milestoneGroupsTotal` says how many
 * groups have milestones at all.
 */
export const MILESTONE_PROGRESS_LIMIT = 12;

const IN_FORCE = Prisma.join([...IN_FORCE_STATUSES]);
const PENDING = Prisma.join([...PENDING_MILESTONE_STATUSES]);

/** 1 January of the date's year. */
const yearStart = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), 0, 1));

/** The day as the database's DATE (dates are UTC midnight: never shifted by the session's time zone). */
const day = (date: Date) => Prisma.sql`${date.toISOString().slice(0, 10)}::date`;

/**
 * "No status change and no activity from `since` to `asOf`", on a row `f` of StatisticsAgreement, as three disjoint
 * cases that each read one range of an index on lastEventOn: no event at all; the latest before `since`; the latest
 * after `asOf` (a planned activity) and none of its days within the window.
 */
function noEventWithin(since: Date, asOf: Date): Prisma.Sql[] {
  return [
    Prisma.sql`f."lastEventOn" IS NULL`,
    Prisma.sql`f."lastEventOn" < ${day(since)}`,
    ...onlyLaterEvents(since, asOf),
  ];
}

/**
 * The latest event after `asOf` (planned), none from `since` to `asOf`: the one before it earlier than `since` (or
 * none), or (rare: several planned) after `asOf` too and none of the agreement's days within the window.
 */
function onlyLaterEvents(since: Date, asOf: Date): Prisma.Sql[] {
  return [
    Prisma.sql`f."lastEventOn" > ${day(asOf)} AND (f."previousEventOn" IS NULL OR f."previousEventOn" < ${day(since)})`,
    Prisma.sql`f."lastEventOn" > ${day(asOf)} AND f."previousEventOn" > ${day(asOf)}
      AND NOT f."eventDays" && daterange(${day(since)}, ${day(asOf)}, '[]')`,
  ];
}

/** Begun by `asOf` and not run out, on a row `f` of StatisticsAgreement (server/services/agreement/in-force.ts). */
function inForceDates(asOf: Date): Prisma.Sql {
  return Prisma.sql`(f."inForceFrom" IS NULL OR f."inForceFrom" <= ${day(asOf)})
    AND (f."inForceUntil" IS NULL OR f."inForceUntil" >= ${day(asOf)})`;
}

/**
 * Each reason for attention (server/services/agreement/attention.ts, where the list's filters define them) as
 * conditions on a row `f` of StatisticsAgreement, the reason holding when one of them does (each reads one index
 * range; SUSPENDED and DORMANT are status counters).
 */
function reasonConditions(asOf: Date): Record<AttentionReason, Prisma.Sql[]> {
  const signedBy = day(addDays(asOf, -SIGNED_WAIT_DAYS));
  return {
    EXPIRED: [Prisma.sql`f."status" IN (${IN_FORCE}) AND f."inForceUntil" < ${day(asOf)}`],
    EXPIRING: [
      Prisma.sql`f."status" IN (${IN_FORCE})
        AND f."inForceUntil" BETWEEN ${day(asOf)} AND ${day(addDays(asOf, EXPIRING_DAYS))}`,
    ],
    SUSPENDED: [Prisma.sql`f."status" = 'SUSPENDED'`],
    DORMANT: [Prisma.sql`f."status" = 'DORMANT'`],
    STALLED: noEventWithin(addYears(asOf, -STALLED_YEARS), asOf).map(
      (none) => Prisma.sql`f."status" IN ('PROPOSED', 'IN_NEGOTIATION') AND ${none}`,
    ),
    SIGNED_NOT_ACTIVE: [
      Prisma.sql`f."status" = 'SIGNED' AND f."inForceFrom" IS NULL`,
      Prisma.sql`f."status" = 'SIGNED' AND f."inForceFrom" <= ${signedBy}`,
    ],
    OVERDUE_MILESTONES: [Prisma.sql`f."status" <> 'ENDED' AND f."firstPendingDueOn" < ${day(asOf)}`],
  };
}

/**
 * The agreements needing attention whose status is neither suspended nor dormant (those are counted from the status
 * counters), as disjoint sets, so that they are counted without removing duplicates: overdue milestones; else run
 * out or running out; else stalled; else signed and not marked active. Each reads one index range.
 */
function attentionPartition(asOf: Date): Prisma.Sql[] {
  const reasons = reasonConditions(asOf);
  const notOverdue = Prisma.sql`(f."firstPendingDueOn" IS NULL OR f."firstPendingDueOn" >= ${day(asOf)})`;
  const untilLimit = day(addDays(asOf, EXPIRING_DAYS));
  return [
    Prisma.sql`f."status" NOT IN ('ENDED', 'SUSPENDED', 'DORMANT') AND f."firstPendingDueOn" < ${day(asOf)}`,
    Prisma.sql`f."status" IN ('SIGNED', 'ACTIVE') AND f."inForceUntil" <= ${untilLimit} AND ${notOverdue}`,
    ...reasons.STALLED.map((stalled) => Prisma.sql`${stalled} AND ${notOverdue}`),
    ...reasons.SIGNED_NOT_ACTIVE.map(
      (signed) =>
        Prisma.sql`${signed} AND (f."inForceUntil" IS NULL OR f."inForceUntil" > ${untilLimit}) AND ${notOverdue}`,
    ),
  ];
}

/** Any of the conditions, as one SQL condition. */
const anyOf = (conditions: Prisma.Sql[]) =>
  Prisma.sql`(${Prisma.join(
    conditions.map((condition) => Prisma.sql`(${condition})`),
    " OR ",
  )})`;

/** `columns` of the rows of StatisticsAgreement `f` matching any of the conditions, one index range each. */
const rowsWhere = (columns: Prisma.Sql, conditions: Prisma.Sql[], union: "UNION" | "UNION ALL") =>
  Prisma.join(
    conditions.map((condition) => Prisma.sql`SELECT ${columns} FROM "StatisticsAgreement" f WHERE ${condition}`),
    ` ${union} `,
  );

interface DatedFigures {
  /**
   * Agreements whose status is in force, yet not in force today (not begun, or run out), per continent and type;
   * `early`: their latest event lies before the year the quiet window begins in (or there is none).
   */
  notInForce: { continent: Continent | null; type: AgreementType; early: boolean; n: number }[];
  /** Quiet agreements not counted by whole years: latest event in the window's first year, or a planned one. */
  quietRest: { type: AgreementType; n: number }[];
  reasons: Record<AttentionReason, number>;
  attentionByType: { type: AgreementType; n: number }[];
  dueSoon: number;
  overdue: number;
}

/** The counters kept by the database's triggers (migration statistics_summaries), by kind. */
async function readCounters(db: Db) {
  const rows = await db.$queryRaw<{ key: string; n: number }[]>`
    SELECT "key", "n" FROM "StatisticsCount" WHERE "n" <> 0`;
  const agreements: {
    status: AgreementStatus;
    type: AgreementType;
    decade: number | null;
    continent: Continent | null;
    n: number;
  }[] = [];
  const areas: { areaId: number; status: AreaLinkStatus; n: number }[] = [];
  const workingGroups: { status: WorkingGroupStatus; n: number }[] = [];
  /** Agreements in force by their status, per type and year of their latest event (null: none). */
  const lastEvents: { type: AgreementType; year: number | null; n: number }[] = [];
  let milestoneGroups = 0;
  for (const { key, n } of rows) {
    const [kind, a = "", b = "", c = "", d = ""] = key.split("|");
    if (kind === "agreement") {
      agreements.push({
        status: a as AgreementStatus,
        type: b as AgreementType,
        decade: c ? Number(c) : null,
        continent: d ? (d as Continent) : null,
        n,
      });
    } else if (kind === "area") areas.push({ areaId: Number(a), status: b as AreaLinkStatus, n });
    else if (kind === "workingGroup") workingGroups.push({ status: a as WorkingGroupStatus, n });
    else if (kind === "lastEvent") lastEvents.push({ type: a as AgreementType, year: b ? Number(b) : null, n });
    else if (kind === "milestoneGroups") milestoneGroups = n;
  }
  return { agreements, areas, workingGroups, lastEvents, milestoneGroups };
}

/**
 * The figures that depend on the day, each counted from index ranges of StatisticsAgreement or Milestone. The
 * agreements needing attention are counted here only where their status is neither suspended nor dormant (those
 * are all counted, from the status counters).
 */
async function readDatedFigures(db: Db, asOf: Date): Promise<DatedFigures> {
  const reasons = reasonConditions(asOf);
  const quietSince = addYears(asOf, -QUIET_YEARS);
  const quietYear = yearStart(quietSince);
  const counted = ATTENTION_REASONS.filter((reason) => reason !== "SUSPENDED" && reason !== "DORMANT");
  const reasonCounts = Prisma.join(
    counted.map(
      (reason) =>
        Prisma.sql`${reason}::text, (SELECT count(*)::int FROM (${rowsWhere(Prisma.sql`1`, reasons[reason], "UNION ALL")}) r)`,
    ),
  );
  const [row] = await db.$queryRaw<DatedFigures[]>`
    SELECT
      (SELECT coalesce(json_agg(x), '[]') FROM (
         SELECT r."continent", r."type", r."early", count(*)::int AS n FROM (
           ${rowsWhere(
             Prisma.sql`f."continent", f."type", (f."lastEventOn" IS NULL OR f."lastEventOn" < ${day(quietYear)}) AS "early"`,
             [
               Prisma.sql`f."status" IN (${IN_FORCE}) AND f."inForceFrom" > ${day(asOf)}`,
               Prisma.sql`f."status" IN (${IN_FORCE}) AND f."inForceUntil" < ${day(asOf)}
                 AND (f."inForceFrom" IS NULL OR f."inForceFrom" <= ${day(asOf)})`,
             ],
             "UNION ALL",
           )}) r
         GROUP BY 1, 2, 3) x) AS "notInForce",
      (SELECT coalesce(json_agg(x), '[]') FROM (
         SELECT r."type", count(*)::int AS n FROM (
           ${rowsWhere(
             Prisma.sql`f."type"`,
             [
               Prisma.sql`f."lastEventOn" >= ${day(quietYear)} AND f."lastEventOn" < ${day(quietSince)}`,
               ...onlyLaterEvents(quietSince, asOf),
             ].map((condition) => Prisma.sql`f."status" IN (${IN_FORCE}) AND ${condition} AND ${inForceDates(asOf)}`),
             "UNION ALL",
           )}) r
         GROUP BY 1) x) AS "quietRest",
      json_build_object(${reasonCounts}) AS "reasons",
      (SELECT coalesce(json_agg(x), '[]') FROM (
         SELECT r."type", count(*)::int AS n FROM (
           ${rowsWhere(Prisma.sql`f."type"`, attentionPartition(asOf), "UNION ALL")}) r
         GROUP BY 1) x) AS "attentionByType",
      (SELECT count(*)::int FROM "Milestone" m WHERE m."status" IN (${PENDING})
          AND m."dueOn" BETWEEN ${day(asOf)} AND ${day(addDays(asOf, DUE_SOON_DAYS))}) AS "dueSoon",
      (SELECT count(*)::int FROM "Milestone" m WHERE m."status" IN (${PENDING})
          AND m."dueOn" < ${day(asOf)}) AS "overdue"`;
  if (!row) throw new Error("The dashboard's figures query returned no row");
  return row;
}

/** The first ATTENTION_LIST_LIMIT agreements needing attention by title, each with its reasons. */
async function readAttentionItems(db: Db, asOf: Date): Promise<AttentionItem[]> {
  const reasons = reasonConditions(asOf);
  const rows = await db.$queryRaw<
    (AttentionDates & { id: number; title: string; type: AgreementType; reasons: AttentionReason[]; overdue: number })[]
  >`
    SELECT a."id", a."title", a."type"::text AS "type", a."status"::text AS "status", a."statusSince",
           a."statusSincePrecision"::text AS "statusSincePrecision", a."validUntil",
           a."validUntilPrecision"::text AS "validUntilPrecision", a."validFrom",
           a."validFromPrecision"::text AS "validFromPrecision", a."signedOn",
           a."signedOnPrecision"::text AS "signedOnPrecision",
           array_remove(ARRAY[${Prisma.join(
             ATTENTION_REASONS.map(
               (reason) => Prisma.sql`CASE WHEN ${anyOf(reasons[reason])} THEN ${reason}::text END`,
             ),
           )}], NULL) AS "reasons",
           (SELECT count(*)::int FROM "WorkingGroup" g JOIN "Milestone" m ON m."workingGroupId" = g."id"
             WHERE g."agreementId" = a."id" AND m."status"::text IN (${PENDING}) AND m."dueOn" < ${day(asOf)}) AS "overdue"
      FROM "Agreement" a JOIN "StatisticsAgreement" f ON f."agreementId" = a."id"
     WHERE ${anyOf(ATTENTION_REASONS.flatMap((reason) => reasons[reason]))}
     ORDER BY a."title", a."id"
     LIMIT ${ATTENTION_LIST_LIMIT}`;
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    type: row.type,
    status: row.status,
    reasons: row.reasons.map((reason) => attentionDetail(reason, row, row.overdue)),
  }));
}

/** The MILESTONE_PROGRESS_LIMIT groups with the most pending milestones (then by id), by name. */
async function readMilestoneProgress(db: Db) {
  return db.$queryRaw<{ id: number; name: string; status: MilestoneStatus; count: number }[]>`
    WITH top AS (
      SELECT w."workingGroupId" AS id FROM "StatisticsWorkingGroup" w WHERE w."total" > 0
       ORDER BY w."pending" DESC, w."workingGroupId" LIMIT ${MILESTONE_PROGRESS_LIMIT})
    SELECT g.id, g.name, m.status::text AS status, count(*)::int AS count
    FROM top JOIN "WorkingGroup" g ON g.id = top.id JOIN "Milestone" m ON m."workingGroupId" = g.id
    GROUP BY g.id, g.name, m.status
    ORDER BY g.name, g.id`;
}

// Counters kept by the database's triggers for everything that does not depend on the day; the figures that do
// (in force, quiet, attention, due and overdue milestones) from partial indexes on the per-agreement row the
// triggers keep (StatisticsAgreement). No statement reads the history: cheap at any scale, and exact (the test
// exact.test.ts compares every figure with a full recount after random changes).
export async function getDashboard(db: Db): Promise<DashboardStatistics> {
  const asOf = today();
  const [counters, dated, items, milestoneRows, areaNames] = await Promise.all([
    readCounters(db),
    readDatedFigures(db, asOf),
    readAttentionItems(db, asOf),
    readMilestoneProgress(db),
    db.cooperationArea.findMany({
      select: { id: true, code: true, nameDe: true, nameEn: true },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    }),
  ]);

  const statusCounts = zeros(AGREEMENT_STATUSES);
  const typeCounts = zeros(AGREEMENT_TYPES);
  const decadeCounts = new Map<number, number>();
  const continentCounts = new Map<Continent | null, number>();
  for (const row of counters.agreements) {
    statusCounts[row.status] += row.n;
    if (row.status === "ACTIVE") typeCounts[row.type] += row.n;
    if (row.decade !== null) decadeCounts.set(row.decade, (decadeCounts.get(row.decade) ?? 0) + row.n);
    if (IN_FORCE_STATUSES.includes(row.status))
      continentCounts.set(row.continent, (continentCounts.get(row.continent) ?? 0) + row.n);
  }
  // Quiet: in force with no event in the window. Whole years before the window's first year from the counters, the
  // rest (that year, planned events) from the query; less those not in force today.
  const quietCounts = zeros(AGREEMENT_TYPES);
  const firstYear = yearStart(addYears(asOf, -QUIET_YEARS)).getUTCFullYear();
  for (const row of counters.lastEvents) {
    if (row.year === null || row.year < firstYear) quietCounts[row.type] += row.n;
  }
  for (const row of dated.quietRest) quietCounts[row.type] += row.n;
  for (const row of dated.notInForce) {
    continentCounts.set(row.continent, (continentCounts.get(row.continent) ?? 0) - row.n);
    if (row.early) quietCounts[row.type] -= row.n;
  }
  const decadeRows = [...decadeCounts]
    .map(([decade, count]) => ({ decade, count }))
    .sort((a, b) => a.decade - b.decade);

  let workingGroupsTotal = 0;
  let workingGroupsActive = 0;
  for (const row of counters.workingGroups) {
    workingGroupsTotal += row.n;
    if (ACTIVE_WORKING_GROUP_STATUSES.includes(row.status)) workingGroupsActive += row.n;
  }

  // Every suspended or dormant agreement needs attention; the others were counted by the query.
  for (const row of counters.agreements) {
    if (row.status !== "SUSPENDED" && row.status !== "DORMANT") continue;
    const entry = dated.attentionByType.find((typeRow) => typeRow.type === row.type);
    if (entry) entry.n += row.n;
    else dated.attentionByType.push({ type: row.type, n: row.n });
  }
  const reasonCounts = { ...dated.reasons, SUSPENDED: statusCounts.SUSPENDED, DORMANT: statusCounts.DORMANT };
  const byTypeIn = (rows: { type: AgreementType; n: number }[]) =>
    AGREEMENT_TYPES.flatMap((type) => {
      const count = rows.find((row) => row.type === type)?.n ?? 0;
      return count > 0 ? [{ type, count }] : [];
    });
  const attentionByType = byTypeIn(dated.attentionByType);

  return {
    asOf,
    keyFigures: {
      activeAgreements: statusCounts.ACTIVE,
      inForce: [...continentCounts.values()].reduce((sum, count) => sum + count, 0),
      activeByType: AGREEMENT_TYPES.filter((type) => typeCounts[type] > 0).map((type) => ({
        type,
        count: typeCounts[type],
      })),
      workingGroupsActive,
      workingGroupsTotal,
      milestonesDueSoon: dated.dueSoon,
      milestonesOverdue: dated.overdue,
      quiet: {
        count: AGREEMENT_TYPES.reduce((sum, type) => sum + quietCounts[type], 0),
        byType: AGREEMENT_TYPES.filter((type) => quietCounts[type] > 0).map((type) => ({
          type,
          count: quietCounts[type],
        })),
      },
    },
    attention: {
      count: attentionByType.reduce((sum, row) => sum + row.count, 0),
      byReason: ATTENTION_REASONS.map((reason) => ({ reason, count: reasonCounts[reason] })),
      byType: attentionByType,
      items,
    },
    byStatus: AGREEMENT_STATUSES.map((status) => ({ status, count: statusCounts[status] })),
    areaByStatus: areaMatrix(areaNames, counters.areas),
    perDecade: fillDecades(decadeRows),
    byContinent: CONTINENTS.flatMap((continent) => {
      const count = continentCounts.get(continent) ?? 0;
      return count > 0 ? [{ continent, count }] : [];
    }),
    milestoneProgress: milestoneMatrix(milestoneRows),
    milestoneGroupsTotal: counters.milestoneGroups,
  };
}

/** One entry per decade from the first to the last one in `rows` (sorted), missing decades with 0. */
export function fillDecades(rows: { decade: number; count: number }[]): { decade: number; count: number }[] {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return [];
  const counts = new Map(rows.map((row) => [row.decade, row.count]));
  const result: { decade: number; count: number }[] = [];
  for (let decade = first.decade; decade <= last.decade; decade += 10) {
    result.push({ decade, count: counts.get(decade) ?? 0 });
  }
  return result;
}

/** Every area linked to at least one agreement (by the areas' order), its links counted per status. */
function areaMatrix(
  areas: { id: number; code: string; nameDe: string; nameEn: string }[],
  rows: { areaId: number; status: AreaLinkStatus; n: number }[],
): DashboardStatistics["areaByStatus"] {
  const counts = new Map<number, Record<AreaLinkStatus, number>>();
  for (const row of rows) {
    const entry = counts.get(row.areaId) ?? zeros(AREA_LINK_STATUSES);
    entry[row.status] = row.n;
    counts.set(row.areaId, entry);
  }
  return areas.flatMap(({ id, ...area }) => {
    const entry = counts.get(id);
    return entry ? [{ ...area, ...entry }] : [];
  });
}

/** The top groups' counts per status, in the query's order: by name as the database's collation sorts it. */
function milestoneMatrix(
  rows: { id: number; name: string; status: MilestoneStatus; count: number }[],
): DashboardStatistics["milestoneProgress"] {
  const groups = new Map<number, DashboardStatistics["milestoneProgress"][number]>();
  for (const row of rows) {
    const entry = groups.get(row.id) ?? { id: row.id, name: row.name, ...zeros(MILESTONE_STATUSES), total: 0 };
    entry[row.status] += row.count;
    entry.total += row.count;
    groups.set(row.id, entry);
  }
  return [...groups.values()];
}
