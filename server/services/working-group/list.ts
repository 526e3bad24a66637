// Listing and searching working groups, each with its milestone counts (counted in the database).

import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { MILESTONE_STATUSES, type MilestoneStatus } from "../../domain/enums";
import { type TWorkingGroupListQuery, workingGroupList } from "../../lists/working-groups";
import { today } from "../shared/dates";
import { listPage } from "../shared/records";
import { allOf, searchIn } from "../shared/search";
import { pick } from "../shared/select";
import { milestoneFilterWhere, overdueMilestoneWhere } from "./milestone-filters";

export const workingGroupListSelect = {
  ...pick("id", "name", "status", "verified", "updatedAt"),
  /** The version shown, sent with a bulk change of the row (a row changed since is a conflict). */
  version: true,
  agreement: { select: { id: true, title: true, partner: { select: { id: true, nameDe: true, nameEn: true } } } },
  leadCologne: { select: { id: true, name: true } },
  leadPartner: { select: { id: true, name: true } },
} satisfies Prisma.WorkingGroupSelect;

export interface MilestoneCounts {
  byStatus: Record<MilestoneStatus, number>;
  done: number;
  total: number;
  /** Pending (not DONE, not CANCELLED) with a due date before today. */
  overdue: number;
}

export type WorkingGroupListItem = Prisma.WorkingGroupGetPayload<{ select: typeof workingGroupListSelect }> & {
  milestones: MilestoneCounts;
};

export function workingGroupWhere(query: Omit<TWorkingGroupListQuery, "sort" | "dir" | "page" | "pageSize">) {
  return allOf<Prisma.WorkingGroupWhereInput>([
    query.status?.length && { status: { in: query.status } },
    query.agreementId !== undefined && { agreementId: query.agreementId },
    query.milestones && { milestones: { some: milestoneFilterWhere(query.milestones, today()) } },
    searchIn(query.q, ["name", "goal", "notes"]),
  ]);
}

function emptyCounts(): MilestoneCounts {
  const byStatus = Object.fromEntries(MILESTONE_STATUSES.map((status) => [status, 0])) as Record<
    MilestoneStatus,
    number
  >;
  return { byStatus, done: 0, total: 0, overdue: 0 };
}

/** Milestone counts per working group, for the given groups only. */
async function milestoneCounts(db: Db, ids: number[]): Promise<Map<number, MilestoneCounts>> {
  const counts = new Map(ids.map((id) => [id, emptyCounts()]));
  if (ids.length === 0) return counts;
  const [byStatus, overdue] = await Promise.all([
    db.milestone.groupBy({
      by: ["workingGroupId", "status"],
      where: { workingGroupId: { in: ids } },
      _count: { _all: true },
    }),
    db.milestone.groupBy({
      by: ["workingGroupId"],
      where: { workingGroupId: { in: ids }, ...overdueMilestoneWhere(today()) },
      _count: { _all: true },
    }),
  ]);
  for (const row of byStatus) {
    const entry = counts.get(row.workingGroupId);
    if (!entry) continue;
    entry.byStatus[row.status] = row._count._all;
    entry.total += row._count._all;
  }
  for (const row of overdue) {
    const entry = counts.get(row.workingGroupId);
    if (entry) entry.overdue = row._count._all;
  }
  for (const entry of counts.values()) entry.done = entry.byStatus.DONE;
  return counts;
}

export async function listWorkingGroups(db: Db, query: TWorkingGroupListQuery) {
  const page = await listPage(
    workingGroupList,
    query,
    db.workingGroup,
    workingGroupWhere(query),
    workingGroupListSelect,
  );
  const counts = await milestoneCounts(
    db,
    page.items.map((row) => row.id),
  );
  const items: WorkingGroupListItem[] = page.items.map((row) => ({
    ...row,
    milestones: counts.get(row.id) ?? emptyCounts(),
  }));
  return { ...page, items };
}
