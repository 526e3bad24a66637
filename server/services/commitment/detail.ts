// One commitment with everything its detail page shows; an agreement's commitments for its page.
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { found } from "../shared/records";
import { partnerSummary, pick } from "../shared/select";

/** The columns of a commitment as its agreement's page lists it; its own page shows them too. */
const SUMMARY_COLUMNS = [
  "id",
  "title",
  "ownerCologne",
  "ownerPartner",
  "dueOn",
  "dueOnPrecision",
  "status",
  "statusReason",
  "verified",
  "version",
] as const;

export const commitmentDetailSelect = {
  ...pick(
    ...SUMMARY_COLUMNS,
    "quote",
    "quoteLanguage",
    "statusChangedBy",
    "statusChangedAt",
    "source",
    "notes",
    "createdAt",
    "updatedAt",
  ),
  agreement: {
    select: {
      ...pick("id", "title", "type", "status", "signedOn", "signedOnPrecision"),
      partner: { select: partnerSummary },
    },
  },
  workingGroup: { select: { id: true, name: true, status: true } },
  ownerPerson: { select: { id: true, name: true, organisation: true, erasedAt: true } },
  milestones: {
    select: {
      milestone: {
        select: {
          id: true,
          title: true,
          status: true,
          dueOn: true,
          workingGroup: { select: { id: true, name: true } },
        },
      },
    },
    orderBy: { milestoneId: "asc" },
  },
  activities: {
    select: {
      activity: {
        select: {
          id: true,
          title: true,
          type: true,
          startOn: true,
          endOn: true,
          agreements: { select: { agreementId: true } },
        },
      },
    },
    orderBy: { activityId: "asc" },
  },
} satisfies Prisma.CommitmentSelect;

export type CommitmentDetail = Prisma.CommitmentGetPayload<{ select: typeof commitmentDetailSelect }>;

export async function getCommitment(db: Db, id: number): Promise<CommitmentDetail> {
  const commitment = await found(
    db.commitment.findUnique({ where: { id }, select: commitmentDetailSelect }),
    "Commitment",
    id,
  );
  // An activity since unlinked from the agreement no longer fulfils its commitment: the link is kept (removing it
  // would change the commitment without an event of its own) but not shown, and the form does not send it back.
  return {
    ...commitment,
    activities: commitment.activities.filter((link) =>
      link.activity.agreements.some((other) => other.agreementId === commitment.agreement.id),
    ),
  };
}

export const agreementCommitmentSelect = {
  ...pick(...SUMMARY_COLUMNS),
  workingGroup: { select: { id: true, name: true } },
  ownerPerson: { select: { id: true, name: true, erasedAt: true } },
} satisfies Prisma.CommitmentSelect;

/** An agreement's commitments: pending first by deadline (none last), then the closed ones. */
export async function commitmentsOfAgreement(db: Db, input: { agreementId: number }) {
  return db.commitment.findMany({
    where: { agreementId: input.agreementId },
    select: agreementCommitmentSelect,
    orderBy: [{ status: "asc" }, { dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  });
}

/** What a commitment of an agreement can be linked to: its working groups' milestones and the activities linked to it. */
export async function commitmentLinkOptions(db: Db, input: { agreementId: number }) {
  const [milestones, activities] = await Promise.all([
    db.milestone.findMany({
      where: { workingGroup: { agreementId: input.agreementId } },
      select: { id: true, title: true, dueOn: true, status: true, workingGroup: { select: { id: true, name: true } } },
      orderBy: [{ workingGroupId: "asc" }, { dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: 500,
    }),
    db.activity.findMany({
      where: { agreements: { some: { agreementId: input.agreementId } } },
      select: { id: true, title: true, startOn: true, endOn: true },
      orderBy: [{ startOn: "desc" }, { id: "asc" }],
      take: 500,
    }),
  ]);
  return { milestones, activities };
}
