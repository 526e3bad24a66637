// The commitment rules in one place: which statuses need a reason, which are still pending (and so can be overdue),
// and when a commitment counts as overdue. Used by the writes, the list's filters, the agenda and the screens.
import { periodEnd } from "./date-periods";
import type { CommitmentStatus, DatePrecision } from "./enums";

interface CommitmentStatusRule {
  /** DONE and DROPPED close a commitment: a reason is required, like a status change of an agreement. */
  reasonRequired: boolean;
  /** Pending commitments are still to be kept: only they can be due, overdue or without a deadline on the agenda. */
  pending: boolean;
}

export const COMMITMENT_STATUS_RULES: Readonly<Record<CommitmentStatus, CommitmentStatusRule>> = {
  OPEN: { reasonRequired: false, pending: true },
  IN_PROGRESS: { reasonRequired: false, pending: true },
  DONE: { reasonRequired: true, pending: false },
  DROPPED: { reasonRequired: true, pending: false },
};

const STATUSES = Object.keys(COMMITMENT_STATUS_RULES) as CommitmentStatus[];

export const PENDING_COMMITMENT_STATUSES: readonly CommitmentStatus[] = STATUSES.filter(
  (status) => COMMITMENT_STATUS_RULES[status].pending,
);

export interface CommitmentDue {
  status: CommitmentStatus;
  dueOn: Date | null;
  dueOnPrecision: DatePrecision;
}

/** The last day a commitment is still on time: the end of its due date's period (all of "2027-03"); null: no deadline. */
export function commitmentDeadline(commitment: Pick<CommitmentDue, "dueOn" | "dueOnPrecision">): Date | null {
  return commitment.dueOn ? periodEnd(commitment.dueOn, commitment.dueOnPrecision) : null;
}

/** Pending and its deadline has passed (before Cologne's `today`). A commitment without a deadline is never overdue. */
export function isCommitmentOverdue(commitment: CommitmentDue, today: Date): boolean {
  const deadline = commitmentDeadline(commitment);
  return COMMITMENT_STATUS_RULES[commitment.status].pending && deadline !== null && deadline < today;
}
