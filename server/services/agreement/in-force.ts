// "In force today": one definition for the dashboard's figure, its continent chart and the list filter (?inForce=1).
// An agreement is in force on a day when its status says so (signed, active, dormant or suspended: a suspended
// partnership still exists, it is only not practised), it has begun (its "valid from", else its signing, lies on or
// before the day) and it has not run out (its "valid until" lies on or after the day). Dates known only to the month
// or year count as their whole month or year: "valid until 2026" runs until 31 December 2026.
import type { Prisma } from "../../db/generated/client";
import { IN_FORCE_STATUSES } from "../../domain/agreement-status";

/** The first day of the day's month and year (dates are UTC midnight). */
export function periodStarts(asOf: Date): { month: Date; year: Date } {
  return {
    month: new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), 1)),
    year: new Date(Date.UTC(asOf.getUTCFullYear(), 0, 1)),
  };
}

/** Agreements whose "valid until" (at its precision) lies before `asOf`: they have run out. */
export function expiredWhere(asOf: Date): Prisma.AgreementWhereInput {
  const { month, year } = periodStarts(asOf);
  return {
    OR: [
      { validUntilPrecision: "DAY", validUntil: { lt: asOf } },
      { validUntilPrecision: "MONTH", validUntil: { lt: month } },
      { validUntilPrecision: "YEAR", validUntil: { lt: year } },
    ],
  };
}

/** Agreements that have begun by `asOf`: "valid from" on or before it, or (none given) signed on or before it. */
export function begunWhere(asOf: Date): Prisma.AgreementWhereInput {
  return {
    OR: [
      { validFrom: { lte: asOf } },
      { validFrom: null, signedOn: { lte: asOf } },
      // Neither date known: the status is all the record says.
      { validFrom: null, signedOn: null },
    ],
  };
}

/** Agreements without a "valid until", or whose "valid until" (at its precision) is `asOf` or later. */
export function notExpiredWhere(asOf: Date): Prisma.AgreementWhereInput {
  const { month, year } = periodStarts(asOf);
  return {
    OR: [
      { validUntil: null },
      { validUntilPrecision: "DAY", validUntil: { gte: asOf } },
      { validUntilPrecision: "MONTH", validUntil: { gte: month } },
      { validUntilPrecision: "YEAR", validUntil: { gte: year } },
    ],
  };
}

export function inForceWhere(asOf: Date): Prisma.AgreementWhereInput {
  return { AND: [{ status: { in: [...IN_FORCE_STATUSES] } }, begunWhere(asOf), notExpiredWhere(asOf)] };
}
