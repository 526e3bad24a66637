// The dashboard's figures. Everything is counted in the database (groupBy, count or SQL with GROUP BY); JavaScript
// only fills in zeros and reshapes the grouped rows for the charts.
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
import { quietAgreementWhere } from "../agreement/quiet";
import { today } from "../shared/dates";
import { dueSoonMilestoneWhere, overdueMilestoneWhere } from "../working-group/milestone-filters";

/** Working groups that count as active on the dashboard. */
export const ACTIVE_WORKING_GROUP_STATUSES: readonly WorkingGroupStatus[] = ["FORMING", "ACTIVE"];
/** An agreement in force with no activity and no status change in this many years counts as quiet. */
/** How many quiet agreements the dashboard lists by name. */
export const QUIET_LIST_LIMIT = 10;

export interface DashboardStatistics {
  /** The day the figures refer to (UTC midnight). */
  asOf: Date;
  keyFigures: {
    activeAgreements: number;
    inForce: number;
    /** Active agreements per type; only types that occur, in AGREEMENT_TYPES order. */
    activeByType: { type: AgreementType; count: number }[];
    workingGroupsActive: number;
    workingGroupsTotal: number;
    milestonesDueSoon: number;
    milestonesOverdue: number;
    quietAgreements: { count: number; items: { id: number; title: string }[] };
  };
  /** Every status, zeros included, in AGREEMENT_STATUSES order. */
  byStatus: { status: AgreementStatus; count: number }[];
  /** Every cooperation area linked to at least one agreement, by area sort order. */
  areaByStatus: ({ code: string; nameDe: string; nameEn: string } & Record<AreaLinkStatus, number>)[];
  /** Partnerships by decade signed, from the first to the last decade with data, gaps filled with 0. */
  perDecade: { decade: number; count: number }[];
  /** Agreements in force per partner continent; only continents that occur, in CONTINENTS order. */
  byContinent: { continent: Continent; count: number }[];
  /** Every working group with milestones, by name. */
  milestoneProgress: ({ id: number; name: string; total: number } & Record<MilestoneStatus, number>)[];
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

export async function getDashboard(db: Db): Promise<DashboardStatistics> {
  const asOf = today();
  const quietWhere = quietAgreementWhere(asOf);

  const [
    statusRows,
    activeTypeRows,
    workingGroupRows,
    milestonesDueSoon,
    milestonesOverdue,
    quietCount,
    quietItems,
    areaRows,
    decadeRows,
    continentRows,
    milestoneRows,
  ] = await Promise.all([
    db.agreement.groupBy({ by: ["status"], _count: { _all: true } }),
    db.agreement.groupBy({ by: ["type"], where: { status: "ACTIVE" }, _count: { _all: true } }),
    db.workingGroup.groupBy({ by: ["status"], _count: { _all: true } }),
    db.milestone.count({ where: dueSoonMilestoneWhere(asOf) }),
    db.milestone.count({ where: overdueMilestoneWhere(asOf) }),
    db.agreement.count({ where: quietWhere }),
    db.agreement.findMany({
      where: quietWhere,
      select: { id: true, title: true },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      take: QUIET_LIST_LIMIT,
    }),
    db.agreementArea.groupBy({ by: ["areaId", "status"], _count: { _all: true } }),
    db.$queryRaw<{ decade: number; count: number }[]>`
      SELECT (floor(extract(year FROM "signedOn") / 10) * 10)::int AS decade, count(*)::int AS count
      FROM "Agreement"
      WHERE type = 'PARTNERSHIP' AND "signedOn" IS NOT NULL
      GROUP BY 1
      ORDER BY 1`,
    db.$queryRaw<{ continent: Continent; count: number }[]>`
      SELECT p.continent::text AS continent, count(*)::int AS count
      FROM "Agreement" a JOIN "Partner" p ON p.id = a."partnerId"
      WHERE a.status::text = ANY(${[...IN_FORCE_STATUSES]})
      GROUP BY p.continent`,
    db.milestone.groupBy({ by: ["workingGroupId", "status"], _count: { _all: true } }),
  ]);

  const statusCounts = zeros(AGREEMENT_STATUSES);
  for (const row of statusRows) statusCounts[row.status] = row._count._all;

  const typeCounts = zeros(AGREEMENT_TYPES);
  for (const row of activeTypeRows) typeCounts[row.type] = row._count._all;

  let workingGroupsTotal = 0;
  let workingGroupsActive = 0;
  for (const row of workingGroupRows) {
    workingGroupsTotal += row._count._all;
    if (ACTIVE_WORKING_GROUP_STATUSES.includes(row.status)) workingGroupsActive += row._count._all;
  }

  const continentCounts = zeros(CONTINENTS);
  for (const row of continentRows) continentCounts[row.continent] = row.count;

  const [areaByStatus, milestoneProgress] = await Promise.all([
    areaMatrix(db, areaRows),
    milestoneMatrix(db, milestoneRows),
  ]);

  return {
    asOf,
    keyFigures: {
      activeAgreements: statusCounts.ACTIVE,
      inForce: IN_FORCE_STATUSES.reduce((sum, status) => sum + statusCounts[status], 0),
      activeByType: AGREEMENT_TYPES.filter((type) => typeCounts[type] > 0).map((type) => ({
        type,
        count: typeCounts[type],
      })),
      workingGroupsActive,
      workingGroupsTotal,
      milestonesDueSoon,
      milestonesOverdue,
      quietAgreements: { count: quietCount, items: quietItems },
    },
    byStatus: AGREEMENT_STATUSES.map((status) => ({ status, count: statusCounts[status] })),
    areaByStatus,
    perDecade: fillDecades(decadeRows),
    byContinent: CONTINENTS.filter((continent) => continentCounts[continent] > 0).map((continent) => ({
      continent,
      count: continentCounts[continent],
    })),
    milestoneProgress,
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

async function milestoneMatrix(
  db: Db,
  rows: { workingGroupId: number; status: MilestoneStatus; _count: { _all: number } }[],
): Promise<DashboardStatistics["milestoneProgress"]> {
  const counts = new Map<number, Record<MilestoneStatus, number> & { total: number }>();
  for (const row of rows) {
    const entry = counts.get(row.workingGroupId) ?? { ...zeros(MILESTONE_STATUSES), total: 0 };
    entry[row.status] = row._count._all;
    entry.total += row._count._all;
    counts.set(row.workingGroupId, entry);
  }
  if (counts.size === 0) return [];
  const groups = await db.workingGroup.findMany({
    where: { id: { in: [...counts.keys()] } },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return groups.map((group) => ({
    ...group,
    ...(counts.get(group.id) ?? { ...zeros(MILESTONE_STATUSES), total: 0 }),
  }));
}
