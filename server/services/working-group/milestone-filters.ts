// The working-group list's milestone filters, with the same meaning as the dashboard's "due" and "overdue".

import type { Prisma } from "../../db/generated/client";
import type { MILESTONE_FILTERS } from "../../lists/working-groups";

import { addDays } from "../shared/dates";
import { DUE_SOON_DAYS, PENDING_MILESTONE_STATUSES } from "./milestone-rules";

export function overdueMilestoneWhere(asOf: Date): Prisma.MilestoneWhereInput {
  return { status: { in: [...PENDING_MILESTONE_STATUSES] }, dueOn: { lt: asOf } };
}

export function dueSoonMilestoneWhere(asOf: Date): Prisma.MilestoneWhereInput {
  return { status: { in: [...PENDING_MILESTONE_STATUSES] }, dueOn: { gte: asOf, lte: addDays(asOf, DUE_SOON_DAYS) } };
}

export function milestoneFilterWhere(filter: (typeof MILESTONE_FILTERS)[number], asOf: Date) {
  return filter === "overdue" ? overdueMilestoneWhere(asOf) : dueSoonMilestoneWhere(asOf);
}
