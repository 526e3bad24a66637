// One agreement with everything its detail page shows.

import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { AGREEMENT_FIELDS } from "../../schemas/agreement";
import { fieldSelect } from "../../schemas/fields";
import { found } from "../shared/records";
import { partnerSummary, personSummary, pick } from "../shared/select";

export const agreementDetailSelect = {
  ...pick("id", "type", "title", "status", "statusScope", "statusSince", "statusSincePrecision"),
  ...fieldSelect(AGREEMENT_FIELDS),
  ...pick("source", "verified", "notes", "version", "createdAt", "updatedAt"),
  partner: {
    select: { ...partnerSummary, continent: true, kind: true },
  },
  predecessor: { select: { id: true, title: true, status: true } },
  successors: { select: { id: true, title: true, status: true }, orderBy: { id: "asc" } },
  areas: {
    select: { status: true, notes: true, area: { select: { id: true, code: true, nameDe: true, nameEn: true } } },
    orderBy: { area: { sortOrder: "asc" } },
  },
  statusChanges: {
    select: {
      ...pick(
        "id",
        "fromStatus",
        "toStatus",
        "scope",
        "reason",
        "effectiveOn",
        "effectiveOnPrecision",
        "changedBy",
        "recordedAt",
      ),
    },
    orderBy: [{ effectiveOn: "desc" }, { id: "desc" }],
  },
  workingGroups: {
    select: {
      ...pick("id", "name", "status", "verified"),
      milestones: {
        select: { id: true, title: true, status: true, dueOn: true, doneOn: true },
        orderBy: { id: "asc" },
      },
    },
    orderBy: { id: "asc" },
  },
  commitments: {
    select: {
      ...pick("id", "title", "ownerCologne", "dueOn", "dueOnPrecision", "status", "verified"),
      ownerPerson: { select: { name: true } },
    },
    orderBy: [{ status: "asc" }, { dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  },
  activities: {
    select: {
      activity: {
        select: {
          ...pick("id", "type", "title", "startOn", "endOn", "place", "verified"),
          participants: {
            select: { role: true, person: { select: personSummary } },
          },
        },
      },
    },
    orderBy: { activity: { startOn: "desc" } },
  },
} satisfies Prisma.AgreementSelect;

export type AgreementDetail = Prisma.AgreementGetPayload<{ select: typeof agreementDetailSelect }>;

export async function getAgreement(db: Db, id: number): Promise<AgreementDetail> {
  return found(db.agreement.findUnique({ where: { id }, select: agreementDetailSelect }), "Agreement", id);
}
