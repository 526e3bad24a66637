// The agreement list's "valid until" filter: agreements in force whose "valid until" runs out within 30, 90 or 180
// days, has passed while they are still in force, is set at all, or is not set (open-ended). A date known to the
// month or the year runs to its period's end (see server/domain/date-periods.ts), compared in the database.
import type { Prisma } from "../../db/generated/client";
import { IN_FORCE_STATUSES } from "../../domain/agreement-status";
import type { ValidUntilFilter } from "../../lists/agreements";
import { addDays } from "../shared/dates";

const monthStart = (day: Date) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
const yearStart = (day: Date) => new Date(Date.UTC(day.getUTCFullYear(), 0, 1));

/** "valid until"'s period ends on or after `from` and (when given) on or before `to`. */
function endsBetween(from: Date | null, to: Date | null): Prisma.AgreementWhereInput {
  const after = to ? addDays(to, 1) : null;
  const range = (start: (day: Date) => Date, exact: boolean) => ({
    ...(from ? { gte: exact ? from : start(from) } : {}),
    ...(after ? (exact ? { lt: after } : { lt: start(after) }) : {}),
  });
  return {
    OR: [
      { validUntilPrecision: "DAY", validUntil: { not: null, ...range((d) => d, true) } },
      { validUntilPrecision: "MONTH", validUntil: { not: null, ...range(monthStart, false) } },
      { validUntilPrecision: "YEAR", validUntil: { not: null, ...range(yearStart, false) } },
    ],
  };
}

export function validUntilWhere(filter: ValidUntilFilter, today: Date): Prisma.AgreementWhereInput {
  const inForce = { status: { in: [...IN_FORCE_STATUSES] } };
  switch (filter) {
    case "none":
      return { validUntil: null };
    case "set":
      return { validUntil: { not: null } };
    case "passed":
      return { AND: [inForce, endsBetween(null, addDays(today, -1))] };
    default:
      return { AND: [inForce, endsBetween(today, addDays(today, Number(filter.slice("within".length))))] };
  }
}
