// "Quiet" agreements: in force today, yet with no linked activity and no status change for some years. One
// definition for the dashboard's "no recorded activity" counts (per type) and the list filter they link to.
import type { Prisma } from "../../db/generated/client";
import { addYears } from "../shared/dates";
import { inForceWhere } from "./in-force";

export const QUIET_YEARS = 3;

export function quietAgreementWhere(asOf: Date): Prisma.AgreementWhereInput {
  const since = addYears(asOf, -QUIET_YEARS);
  return {
    ...inForceWhere(asOf),
    // The activity's start as copied onto each link (migration activity_link_start): no join to Activity.
    activities: { none: { activityStartOn: { gte: since, lte: asOf } } },
    statusChanges: { none: { effectiveOn: { gte: since, lte: asOf } } },
  };
}
