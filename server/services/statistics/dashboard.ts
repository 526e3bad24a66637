// The dashboard's figures. Everything is counted in the database (groupBy, count or SQL with GROUP BY); JavaScript
// only fills in zeros and reshapes the grouped rows for the charts.
import type { Db } from "../../db/prisma";
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
import { type AttentionSummary, attentionSummary } from "../agreement/attention";
import { inForceWhere } from "../agreement/in-force";
import { quietAgreementWhere } from "../agreement/quiet";
import { today } from "../shared/dates";
import { dueSoonMilestoneWhere, overdueMilestoneWhere } from "../working-group/milestone-filters";
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

interface AgreementCountRow {
  status: AgreementStatus;
  type: AgreementType;
  decade: number | null;
  count: number;
}

// One pass over Agreement for the status, type and decade figures (docs/PERFORMANCE.md, "Dashboard statistics");
// "in force", "quiet" and "needs attention" through their Prisma filters, the same the list filters use.
export async function getDashboard(db: Db): Promise<DashboardStatistics> {
  const asOf = today();

  const [
    agreementRows,
    workingGroupRows,
    milestonesDueSoon,
    milestonesOverdue,
    quietRows,
    inForceRows,
    attention,
    areaRows,
    milestoneRows,
    milestoneGroupsTotal,
  ] = await Promise.all([
    db.$queryRaw<AgreementCountRow[]>`
      SELECT g.status::text AS status, g.type::text AS type, g.decade, g.count
      FROM (
        SELECT a.status, a.type,
               CASE WHEN a.type = 'PARTNERSHIP' AND a."signedOn" IS NOT NULL
                    THEN (date_part('year', a."signedOn")::int / 10) * 10 END AS decade,
               count(*)::int AS count
        FROM "Agreement" a
        GROUP BY 1, 2, 3) g`,
    db.workingGroup.groupBy({ by: ["status"], _count: { _all: true } }),
    db.milestone.count({ where: dueSoonMilestoneWhere(asOf) }),
    db.milestone.count({ where: overdueMilestoneWhere(asOf) }),
    db.agreement.groupBy({ by: ["type"], where: quietAgreementWhere(asOf), _count: { _all: true } }),
    db.agreement.groupBy({ by: ["partnerContinent"], where: inForceWhere(asOf), _count: { _all: true } }),
    attentionSummary(db, asOf, AGREEMENT_TYPES),
    db.agreementArea.groupBy({ by: ["areaId", "status"], _count: { _all: true } }),
    db.$queryRaw<{ id: number; name: string; status: MilestoneStatus; count: number }[]>`
      WITH top AS (
        SELECT m."workingGroupId" AS id
        FROM "Milestone" m
        GROUP BY m."workingGroupId"
        ORDER BY count(*) FILTER (WHERE m.status::text = ANY(${[...PENDING_MILESTONE_STATUSES]})) DESC,
                 m."workingGroupId"
        LIMIT ${MILESTONE_PROGRESS_LIMIT})
      SELECT g.id, g.name, m.status::text AS status, count(*)::int AS count
      FROM top JOIN "WorkingGroup" g ON g.id = top.id JOIN "Milestone" m ON m."workingGroupId" = g.id
      GROUP BY g.id, g.name, m.status
      ORDER BY g.name, g.id`,
    db.$queryRaw<{ count: number }[]>`SELECT count(DISTINCT "workingGroupId")::int AS count FROM "Milestone"`,
  ]);

  const statusCounts = zeros(AGREEMENT_STATUSES);
  const typeCounts = zeros(AGREEMENT_TYPES);
  const decadeCounts = new Map<number, number>();
  for (const row of agreementRows) {
    statusCounts[row.status] += row.count;
    if (row.status === "ACTIVE") typeCounts[row.type] += row.count;
    if (row.decade !== null) decadeCounts.set(row.decade, (decadeCounts.get(row.decade) ?? 0) + row.count);
  }
  const decadeRows = [...decadeCounts]
    .map(([decade, count]) => ({ decade, count }))
    .sort((a, b) => a.decade - b.decade);

  let workingGroupsTotal = 0;
  let workingGroupsActive = 0;
  for (const row of workingGroupRows) {
    workingGroupsTotal += row._count._all;
    if (ACTIVE_WORKING_GROUP_STATUSES.includes(row.status)) workingGroupsActive += row._count._all;
  }

  return {
    asOf,
    keyFigures: {
      activeAgreements: statusCounts.ACTIVE,
      inForce: inForceRows.reduce((sum, row) => sum + row._count._all, 0),
      activeByType: AGREEMENT_TYPES.filter((type) => typeCounts[type] > 0).map((type) => ({
        type,
        count: typeCounts[type],
      })),
      workingGroupsActive,
      workingGroupsTotal,
      milestonesDueSoon,
      milestonesOverdue,
      quiet: {
        count: quietRows.reduce((sum, row) => sum + row._count._all, 0),
        byType: AGREEMENT_TYPES.flatMap((type) => {
          const count = quietRows.find((row) => row.type === type)?._count._all ?? 0;
          return count > 0 ? [{ type, count }] : [];
        }),
      },
    },
    attention,
    byStatus: AGREEMENT_STATUSES.map((status) => ({ status, count: statusCounts[status] })),
    areaByStatus: await areaMatrix(db, areaRows),
    perDecade: fillDecades(decadeRows),
    byContinent: CONTINENTS.flatMap((continent) => {
      const count = inForceRows.find((row) => row.partnerContinent === continent)?._count._all ?? 0;
      return count > 0 ? [{ continent, count }] : [];
    }),
    milestoneProgress: milestoneMatrix(milestoneRows),
    milestoneGroupsTotal: milestoneGroupsTotal[0]?.count ?? 0,
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

async function areaMatrix(
  db: Db,
  rows: { areaId: number; status: AreaLinkStatus; _count: { _all: number } }[],
): Promise<DashboardStatistics["areaByStatus"]> {
  const counts = new Map<number, Record<AreaLinkStatus, number>>();
  for (const row of rows) {
    const entry = counts.get(row.areaId) ?? zeros(AREA_LINK_STATUSES);
    entry[row.status] = row._count._all;
    counts.set(row.areaId, entry);
  }
  if (counts.size === 0) return [];
  const areas = await db.cooperationArea.findMany({
    where: { id: { in: [...counts.keys()] } },
    select: { id: true, code: true, nameDe: true, nameEn: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
  return areas.map(({ id, ...area }) => ({ ...area, ...(counts.get(id) ?? zeros(AREA_LINK_STATUSES)) }));
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
