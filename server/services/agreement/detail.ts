// One agreement with everything its detail page shows.
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { AGREEMENT_FIELDS } from "../../schemas/agreement";
import { fieldSelect } from "../../schemas/fields";
import { found } from "../shared/records";

export const agreementDetailSelect = {
  id: true,
  type: true,
  title: true,
  status: true,
  statusScope: true,
  statusSince: true,
  statusSincePrecision: true,
  ...fieldSelect(AGREEMENT_FIELDS),
  source: true,
  verified: true,
  notes: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  partner: {
    select: { id: true, nameDe: true, nameEn: true, nameLocal: true, countryCode: true, continent: true, kind: true },
  },
  predecessor: { select: { id: true, title: true, status: true } },
  successors: { select: { id: true, title: true, status: true }, orderBy: { id: "asc" } },
  areas: {
    select: { status: true, notes: true, area: { select: { id: true, code: true, nameDe: true, nameEn: true } } },
    orderBy: { area: { sortOrder: "asc" } },
  },
  statusChanges: {
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      scope: true,
      reason: true,
      effectiveOn: true,
      effectiveOnPrecision: true,
      changedBy: true,
      recordedAt: true,
    },
    orderBy: [{ effectiveOn: "desc" }, { id: "desc" }],
  },
  workingGroups: {
    select: {
      id: true,
      name: true,
      status: true,
      verified: true,
      milestones: {
        select: { id: true, title: true, status: true, dueOn: true, doneOn: true },
        orderBy: { id: "asc" },
      },
    },
    orderBy: { id: "asc" },
  },
  activities: {
    select: {
      activity: {
        select: {
          id: true,
          type: true,
          title: true,
          startOn: true,
          endOn: true,
          place: true,
          verified: true,
          participants: {
            select: { role: true, person: { select: { id: true, name: true, role: true, organisation: true } } },
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
