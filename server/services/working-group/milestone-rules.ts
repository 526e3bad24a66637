// The milestone rules in one place: what each status means for the done date and whether the milestone still
// counts as pending (and so can be overdue or due soon). Used by the milestone writes, the working-group list and
// the dashboard statistics.
import type { MilestoneStatus } from "../../domain/enums";
import { invalidField } from "../../domain/errors";

interface MilestoneStatusRule {
  /** "required": a done date is kept (today if none is given); "none": the done date is cleared. */
  doneOn: "required" | "none";
  /** Pending milestones are still to be done: only they can be overdue or due soon. */
  pending: boolean;
}

export const MILESTONE_STATUS_RULES: Readonly<Record<MilestoneStatus, MilestoneStatusRule>> = {
  OPEN: { doneOn: "none", pending: true },
  IN_PROGRESS: { doneOn: "none", pending: true },
  DONE: { doneOn: "required", pending: false },
  CANCELLED: { doneOn: "none", pending: false },
};

const STATUSES = Object.keys(MILESTONE_STATUS_RULES) as MilestoneStatus[];

/** Statuses of milestones that are still to be done (not DONE, not CANCELLED). */
export const PENDING_MILESTONE_STATUSES: readonly MilestoneStatus[] = STATUSES.filter(
  (status) => MILESTONE_STATUS_RULES[status].pending,
);

/** A milestone still to be done whose due date has passed (as the dashboard's "overdue" counts it). */
export function isOverdue(milestone: { status: MilestoneStatus; dueOn: Date | null }, asOf: Date): boolean {
  return PENDING_MILESTONE_STATUSES.includes(milestone.status) && milestone.dueOn !== null && milestone.dueOn < asOf;
}

/** How many days ahead a pending milestone counts as "due soon". */
export const DUE_SOON_DAYS = 30;

/**
 * The done date to store for a milestone: a DONE milestone keeps the given date or gets `today`; every other
 * status has none. A done date never lies in the future.
 */
export function resolveDoneOn(status: MilestoneStatus, doneOn: Date | null | undefined, today: Date): Date | null {
  if (MILESTONE_STATUS_RULES[status].doneOn === "none") return null;
  const value = doneOn ?? today;
  if (value > today) throw invalidField("doneOn", "inFuture");
  return value;
}
