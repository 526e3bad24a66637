// "Needs attention": agreements on which the office has a decision to take, each with its reasons. It replaces the
// dashboard's "no activity for 3 years", which flagged 30 of the 32 agreements in force (activities are rarely
// recorded for old partnerships) and so told nobody what to do. Every reason names a decision:
//
// - EXPIRED: the status says "in force", yet its "valid until" has passed → record its end or its extension.
// - EXPIRING: in force, its "valid until" within EXPIRING_DAYS → renew it or let it end.
// - SUSPENDED / DORMANT: restricted since some date → resume, keep restricted or end.
// - STALLED: proposed or in negotiation with neither a status change nor an activity for STALLED_YEARS → pursue it
//   or drop it.
// - SIGNED_NOT_ACTIVE: signed and begun more than SIGNED_WAIT_DAYS ago, never marked active → start it.
// - OVERDUE_MILESTONES: a working group of the agreement (not ended) has milestones past their due date.
//
// A Prisma filter per reason for the agreement list's filter ?attention=1. The dashboard's figures and its list read
// the same rules as the database keeps them (statistics_dated_keys, migration statistics_dated); the test
// server/services/statistics/exact.test.ts compares the two after random changes and across days.
import type { Prisma } from "../../db/generated/client";
import { IN_FORCE_STATUSES } from "../../domain/agreement-status";
import type { AgreementStatus, AgreementType, DatePrecision } from "../../domain/enums";
import { addDays, addYears } from "../shared/dates";
import { overdueMilestoneWhere } from "../working-group/milestone-filters";
import { begunWhere, expiredWhere, notExpiredWhere, periodStarts } from "./in-force";

export const ATTENTION_REASONS = [
  "EXPIRED",
  "EXPIRING",
  "SUSPENDED",
  "DORMANT",
  "STALLED",
  "SIGNED_NOT_ACTIVE",
  "OVERDUE_MILESTONES",
] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];

export const EXPIRING_DAYS = 180;
export const STALLED_YEARS = 3;
export const SIGNED_WAIT_DAYS = 90;
/** How many agreements needing attention the dashboard names (the rest: the list filtered with ?attention=1). */
export const ATTENTION_LIST_LIMIT = 25;

const inForceStatus: Prisma.AgreementWhereInput = { status: { in: [...IN_FORCE_STATUSES] } };

export function attentionReasonWhere(reason: AttentionReason, asOf: Date): Prisma.AgreementWhereInput {
  switch (reason) {
    case "EXPIRED":
      return { AND: [inForceStatus, expiredWhere(asOf)] };
    case "EXPIRING": {
      // Runs out within the window: the last day of a month or year (its start before the start of the month or
      // year of the day after the window) must lie within it.
      const { month, year } = periodStarts(addDays(asOf, EXPIRING_DAYS + 1));
      return {
        AND: [
          inForceStatus,
          notExpiredWhere(asOf),
          {
            OR: [
              { validUntilPrecision: "DAY", validUntil: { lte: addDays(asOf, EXPIRING_DAYS) } },
              { validUntilPrecision: "MONTH", validUntil: { lt: month } },
              { validUntilPrecision: "YEAR", validUntil: { lt: year } },
            ],
          },
        ],
      };
    }
    case "SUSPENDED":
      return { status: "SUSPENDED" };
    case "DORMANT":
      return { status: "DORMANT" };
    case "STALLED": {
      const since = addYears(asOf, -STALLED_YEARS);
      return {
        status: { in: ["PROPOSED", "IN_NEGOTIATION"] },
        statusChanges: { none: { effectiveOn: { gte: since, lte: asOf } } },
        activities: { none: { activityStartOn: { gte: since, lte: asOf } } },
      };
    }
    case "SIGNED_NOT_ACTIVE":
      return { AND: [{ status: "SIGNED" }, begunWhere(addDays(asOf, -SIGNED_WAIT_DAYS))] };
    case "OVERDUE_MILESTONES":
      return {
        status: { not: "ENDED" },
        workingGroups: { some: { milestones: { some: overdueMilestoneWhere(asOf) } } },
      };
  }
}

export function attentionWhere(asOf: Date): Prisma.AgreementWhereInput {
  return { OR: ATTENTION_REASONS.map((reason) => attentionReasonWhere(reason, asOf)) };
}

/** One reason of one agreement, with the date or count that explains it. */
export type AttentionDetail =
  | { reason: "EXPIRED" | "EXPIRING"; date: Date | null; precision: DatePrecision }
  | {
      reason: "SUSPENDED" | "DORMANT" | "STALLED";
      date: Date | null;
      precision: DatePrecision;
      status: AgreementStatus;
    }
  | { reason: "SIGNED_NOT_ACTIVE"; date: Date | null; precision: DatePrecision }
  | { reason: "OVERDUE_MILESTONES"; count: number };

export interface AttentionItem {
  id: number;
  title: string;
  type: AgreementType;
  status: AgreementStatus;
  reasons: AttentionDetail[];
}

/** The dates an agreement's reasons are explained with. */
export interface AttentionDates {
  status: AgreementStatus;
  statusSince: Date | null;
  statusSincePrecision: DatePrecision;
  validUntil: Date | null;
  validUntilPrecision: DatePrecision;
  validFrom: Date | null;
  validFromPrecision: DatePrecision;
  signedOn: Date | null;
  signedOnPrecision: DatePrecision;
}

/** One reason of one agreement with the date that explains it (`overdue`: its overdue milestones). */
export function attentionDetail(reason: AttentionReason, row: AttentionDates, overdue: number): AttentionDetail {
  switch (reason) {
    case "EXPIRED":
    case "EXPIRING":
      return { reason, date: row.validUntil, precision: row.validUntilPrecision };
    case "SUSPENDED":
    case "DORMANT":
    case "STALLED":
      return { reason, date: row.statusSince, precision: row.statusSincePrecision, status: row.status };
    case "SIGNED_NOT_ACTIVE":
      return row.validFrom
        ? { reason, date: row.validFrom, precision: row.validFromPrecision }
        : { reason, date: row.signedOn, precision: row.signedOnPrecision };
    default:
      return { reason: "OVERDUE_MILESTONES", count: overdue };
  }
}

export interface AttentionSummary {
  count: number;
  /** Agreements per reason (one agreement may have several). */
  byReason: { reason: AttentionReason; count: number }[];
  /** Agreements needing attention per type; only types that occur. */
  byType: { type: AgreementType; count: number }[];
  /** At most ATTENTION_LIST_LIMIT, by title. */
  items: AttentionItem[];
}
