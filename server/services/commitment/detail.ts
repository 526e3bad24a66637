// One commitment with everything its detail page shows; an agreement's commitments for its page.
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { found } from "../shared/records";
import { partnerSummary, pick } from "../shared/select";

export const commitmentDetailSelect = {
  ...pick(
    "id",
    "title",
    "quote",
    "quoteLanguage",
    "ownerCologne",
    "ownerPartner",
    "dueOn",
    "dueOnPrecision",
    "status",
    "statusReason",
    "statusChangedBy",
    "statusChangedAt",
    "source",
    "verified",
    "notes",
    "version",
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
} satisfies Prisma.CommitmentSelect;

export type CommitmentDetail = Prisma.CommitmentGetPayload<{ select: typeof commitmentDetailSelect }>;

export async function getCommitment(db: Db, id: number): Promise<CommitmentDetail> {
  return found(db.commitment.findUnique({ where: { id }, select: commitmentDetailSelect }), "Commitment", id);
}

export const agreementCommitmentSelect = {
  ...pick(
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
  ),
  workingGroup: { select: { id: true, name: true } },
} satisfies Prisma.CommitmentSelect;

/** An agreement's commitments: pending first by deadline (none last), then the closed ones. */
export async function commitmentsOfAgreement(db: Db, input: { agreementId: number }) {
  return db.commitment.findMany({
    where: { agreementId: input.agreementId },
    select: agreementCommitmentSelect,
    orderBy: [{ status: "asc" }, { dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  });
}
