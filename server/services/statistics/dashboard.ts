// The dashboard's figures (issue 20: exact and cheap at any scale). The database keeps them: counters per status, type,
// decade, continent, area and working-group status, and per agreement and working group the facts the day-dependent
// figures need, all maintained by triggers in the same transaction as each change (migration statistics_summaries);
// the figures that depend on the day are counters too, kept as of one day (migration statistics_dated). This module
// only reads them, in one statement: the counters, the top rows of two short lists and the areas' names. JavaScript
// fills in zeros and reshapes the rows for the charts.
import { Prisma } from "../../db/generated/client";
import { preparedRows } from "../../db/prepared";
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
} from "../agreement/attention";
import { QUIET_YEARS } from "../agreement/quiet";
import { addYears, today } from "../shared/dates";
import { PENDING_MILESTONE_STATUSES } from "../working-group/milestone-rules";

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

const PENDING = Prisma.join([...PENDING_MILESTONE_STATUSES]);

/** 1 January of the date's year. */
const yearStart = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), 0, 1));

/** The day as the database's DATE (dates are UTC midnight: never shifted by the session's time zone). */
const day = (date: Date) => Prisma.sql`${date.toISOString().slice(0, 10)}::date`;

/** The agreement's dated counter keys as of `asOf` (migration statistics_dated), on a row `f` of StatisticsAgreement. */
const datedKeys = (asOf: Date) => Prisma.sql`"statistics_dated_keys"(f."status", f."type", f."continent",
  f."inForceFrom", f."inForceUntil", f."lastEventOn", f."previousEventOn", f."eventDays", f."firstPendingDueOn",
  ${day(asOf)})`;

/**
 * The counters kept by the database's triggers (migrations statistics_summaries and statistics_dated) and the day
 * the dated ones are kept for; `computedFor`: the dated ones counted from the rows for that day instead (while the
 * kept ones are for another day and cannot be recounted at once).
 */
const countersSql = (computedFor?: Date) =>
  computedFor
    ? Prisma.sql`
        SELECT "key", "n" FROM "StatisticsCount" WHERE "n" <> 0 AND "key" NOT LIKE 'dated|%'
        UNION ALL
        SELECT c."key", c."n" FROM "statistics_dated_counts"(${day(computedFor)}) c
        UNION ALL
        SELECT 'day', 0`
    : Prisma.sql`
        SELECT "key", "n" FROM "StatisticsCount" WHERE "n" <> 0
        UNION ALL
        SELECT 'day|' || coalesce((SELECT to_char("day", 'YYYY-MM-DD') FROM "StatisticsDay" WHERE "id" = 1), ''), 0`;

/** The counters by kind. */
function parseCounters([keys, counts]: [string[], number[]]) {
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
  /** The day the dated counters are for ("" none; undefined: computed for the day asked). */
  let keptFor: string | undefined;
  const dated: DatedFigures = {
    notInForce: [],
    quietRest: [],
    reasons: zeros(ATTENTION_REASONS),
    attentionByType: [],
    dueSoon: 0,
    overdue: 0,
  };
  keys.forEach((key, index) => {
    const n = counts[index] ?? 0;
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
    else if (kind === "day") keptFor = key === "day" ? undefined : a;
    else if (kind === "dated") {
      if (a === "notInForce") {
        dated.notInForce.push({
          continent: (b || null) as Continent | null,
          type: c as AgreementType,
          early: d === "1",
          n,
        });
      } else if (a === "quietRest") dated.quietRest.push({ type: b as AgreementType, n });
      else if (a === "reason") dated.reasons[b as AttentionReason] = n;
      else if (a === "attention") dated.attentionByType.push({ type: b as AgreementType, n });
      else if (a === "dueSoon") dated.dueSoon = n;
      else if (a === "overdue") dated.overdue = n;
    }
  });
  return { agreements, areas, workingGroups, lastEvents, milestoneGroups, keptFor, dated };
}

/** The figures that depend on the day, from the dated counters. */
interface DatedFigures {
  /**
   * Agreements whose status is in force, yet not in force today (not begun, or run out), per continent and type;
   * `early`: their latest event lies before the year the quiet window begins in (or there is none).
   */
  notInForce: { continent: Continent | null; type: AgreementType; early: boolean; n: number }[];
  /** Quiet agreements not counted by whole years: latest event in the window's first year, or a planned one. */
  quietRest: { type: AgreementType; n: number }[];
  reasons: Record<AttentionReason, number>;
  /** Agreements needing attention (for any reason) per type. */
  attentionByType: { type: AgreementType; n: number }[];
  dueSoon: number;
  overdue: number;
}

/** An agreement needing attention as the statement returns it (JSON: dates as YYYY-MM-DD). */
type AttentionRow = Omit<AttentionDates, "statusSince" | "validUntil" | "validFrom" | "signedOn"> & {
  id: number;
  title: string;
  type: AgreementType;
  statusSince: string | null;
  validUntil: string | null;
  validFrom: string | null;
  signedOn: string | null;
  keys: string[];
  overdue: number;
};

/** The first ATTENTION_LIST_LIMIT agreements needing attention by title, with their dated keys (the reasons). */
const attentionSql = (asOf: Date) => Prisma.sql`
  SELECT a."id", a."title", a."type", a."status", a."statusSince", a."statusSincePrecision", a."validUntil",
         a."validUntilPrecision", a."validFrom", a."validFromPrecision", a."signedOn", a."signedOnPrecision", k."keys",
         (SELECT count(*)::int FROM "WorkingGroup" g JOIN "Milestone" m ON m."workingGroupId" = g."id"
           WHERE g."agreementId" = a."id" AND m."status"::text IN (${PENDING}) AND m."dueOn" < ${day(asOf)}) AS "overdue"
    FROM "Agreement" a JOIN "StatisticsAgreement" f ON f."agreementId" = a."id"
   CROSS JOIN LATERAL (SELECT ${datedKeys(asOf)} AS "keys") k
   WHERE EXISTS (SELECT 1 FROM unnest(k."keys") x WHERE x LIKE 'dated|attention|%')
   ORDER BY a."title", a."id"
   LIMIT ${Prisma.raw(String(ATTENTION_LIST_LIMIT))}`;

/** A date of the statement's JSON (YYYY-MM-DD) as the app's dates are: UTC midnight. */
const jsonDate = (value: string | null) => (value === null ? null : new Date(`${value}T00:00:00Z`));

/** Each agreement needing attention with its reasons (in ATTENTION_REASONS order) described. */
function attentionItems(rows: AttentionRow[]): AttentionItem[] {
  return rows.map((row) => {
    const dates: AttentionDates = {
      ...row,
      statusSince: jsonDate(row.statusSince),
      validUntil: jsonDate(row.validUntil),
      validFrom: jsonDate(row.validFrom),
      signedOn: jsonDate(row.signedOn),
    };
    return {
      id: row.id,
      title: row.title,
      type: row.type,
      status: row.status,
      reasons: ATTENTION_REASONS.filter((reason) => row.keys.includes(`dated|reason|${reason}`)).map((reason) =>
        attentionDetail(reason, dates, row.overdue),
      ),
    };
  });
}

/** The MILESTONE_PROGRESS_LIMIT groups with the most pending milestones (then by id), their milestones per status. */
const milestoneProgressSql = Prisma.sql`
  WITH top AS (
    SELECT w."workingGroupId" AS id FROM "StatisticsWorkingGroup" w WHERE w."total" > 0
     ORDER BY w."pending" DESC, w."workingGroupId" LIMIT ${Prisma.raw(String(MILESTONE_PROGRESS_LIMIT))})
  SELECT g.id, g.name, m.status, count(*)::int AS count
  FROM top JOIN "WorkingGroup" g ON g.id = top.id JOIN "Milestone" m ON m."workingGroupId" = g.id
  GROUP BY g.id, g.name, m.status`;

interface Read {
  /** The counters' keys and their counts (two arrays: at stress scale ~900 counters, read twice as fast as an object). */
  counters: [string[], number[]];
  items: AttentionRow[];
  /** By group name (as the database's collation sorts), then id. */
  milestones: { id: number; name: string; status: MilestoneStatus; count: number }[];
  areas: { id: number; code: string; nameDe: string; nameEn: string }[];
}

/**
 * Everything the dashboard shows, in one statement: one snapshot (the figures agree with each other even while
 * changes commit) and one trip to the database (at stress scale the four reads it replaced cost more in their trips,
 * transaction and parsing than in PostgreSQL). Prepared (server/db/prepared.ts): planning it took ~1.1 ms of its
 * ~2.7 ms in PostgreSQL; its limits are written into the text, so that the plan kept for a connection knows them.
 */
async function readAll(db: Db, asOf: Date, computeDated: boolean) {
  const [row] = await preparedRows<Read>(
    db,
    computeDated ? "dashboard-computed" : "dashboard",
    Prisma.sql`
    SELECT
      (SELECT json_build_array(array_agg(c."key"), array_agg(c."n"))
         FROM (${countersSql(computeDated ? asOf : undefined)}) c) AS "counters",
      (SELECT coalesce(json_agg(i ORDER BY i."title", i."id"), '[]') FROM (${attentionSql(asOf)}) i) AS "items",
      (SELECT coalesce(json_agg(p ORDER BY p."name", p."id"), '[]') FROM (${milestoneProgressSql}) p) AS "milestones",
      (SELECT coalesce(json_agg(json_build_object('id', a."id", 'code', a."code", 'nameDe', a."nameDe",
                                                  'nameEn', a."nameEn") ORDER BY a."sortOrder", a."id"), '[]')
         FROM "CooperationArea" a) AS "areas"`,
  );
  if (!row) throw new Error("The dashboard's statement returned no row");
  const counters = parseCounters(row.counters);
  const wanted = asOf.toISOString().slice(0, 10);
  const kept = counters.keptFor;
  // "" (none kept) sorts before any day; a later day (another server's clock is ahead) is never rolled back.
  const state = kept === undefined || kept === wanted ? "current" : kept < wanted ? "behind" : "ahead";
  return { counters, items: attentionItems(row.items), milestoneRows: row.milestones, areaNames: row.areas, state };
}

/**
 * The dated counters (in force today, quiet, attention, milestones due) are kept for one day. On the first read of a
 * new day they are recounted for it (statistics_roll_day, its own transaction); if that cannot run within 100 ms (a
 * writer holds the day, e.g. a long import) or they are kept for a later day (this server's clock is behind), this
 * read counts them from the rows itself.
 */
async function readCurrent(db: Db, asOf: Date) {
  const kept = await readAll(db, asOf, false);
  if (kept.state === "current") return kept;
  if (kept.state === "behind") {
    const [roll] = await db.$queryRaw<{ rolled: boolean }[]>`SELECT "statistics_roll_day"(${day(asOf)}) AS "rolled"`;
    if (roll?.rolled) {
      const rolled = await readAll(db, asOf, false);
      if (rolled.state === "current") return rolled;
    }
  }
  return readAll(db, asOf, true);
}

// Counters kept by the database's triggers, in the same transaction as each change: for everything that does not
// depend on the day, and (as of one day, recounted once a new day begins) for the figures that do. No statement
// counts rows: cheap at any scale, and exact (the test exact.test.ts compares every figure with a full recount after
// random changes and across days).
export async function getDashboard(db: Db): Promise<DashboardStatistics> {
  const asOf = today();
  const { counters, items, milestoneRows, areaNames } = await readCurrent(db, asOf);
  const { dated } = counters;

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

  const reasonCounts = dated.reasons;
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
