// The commitment filters as database conditions, from the rules in server/domain/commitment.ts: "overdue" compares
// each due date at its precision (a due month is overdue once the month has ended), "no deadline" is a pending
// commitment without a due date.
import type { Prisma } from "../../db/generated/client";
import { PENDING_COMMITMENT_STATUSES } from "../../domain/commitment";

/** Pending commitments whose deadline (the end of the due date's period) lies before `today`. */
export function overdueCommitmentWhere(today: Date): Prisma.CommitmentWhereInput {
  const monthStart = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
  const yearStart = new Date(Date.UTC(today.getUTCFullYear(), 0, 1));
  return {
    status: { in: [...PENDING_COMMITMENT_STATUSES] },
    OR: [
      { dueOnPrecision: "DAY", dueOn: { lt: today } },
      { dueOnPrecision: "MONTH", dueOn: { lt: monthStart } },
      { dueOnPrecision: "YEAR", dueOn: { lt: yearStart } },
    ],
  };
}

/** Pending commitments without a deadline. */
export const noDeadlineCommitmentWhere: Prisma.CommitmentWhereInput = {
  status: { in: [...PENDING_COMMITMENT_STATUSES] },
  dueOn: null,
};
