// "Quiet" agreements: in force, yet with no linked activity and no status change for some years. One definition
// for the dashboard's figure and the list filter it links to.
import type { Prisma } from "../../db/generated/client";
import { IN_FORCE_STATUSES } from "../../domain/agreement-status";
import { addYears } from "../shared/dates";

export const QUIET_YEARS = 3;

export function quietAgreementWhere(asOf: Date): Prisma.AgreementWhereInput {
  const since = addYears(asOf, -QUIET_YEARS);
  return {
    status: { in: [...IN_FORCE_STATUSES] },
    // The activity's start as copied onto each link (migration activity_link_start): no join to Activity.
    activities: { none: { activityStartOn: { gte: since, lte: asOf } } },
    statusChanges: { none: { effectiveOn: { gte: since, lte: asOf } } },
  };
}
