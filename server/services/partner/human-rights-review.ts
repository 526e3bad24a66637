// A partnership's human-rights review: status, last review, next review due and a note. Written with its audit event
// (a change of the partner) in one transaction; the partner's row is locked and the review's version checked.
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import type { Db, Tx } from "../../db/prisma";
import { invalidField } from "../../domain/errors";
import type { ZHumanRightsReviewInput } from "../../schemas/human-rights-review";
import { recordChange } from "../audit/record";
import { today } from "../shared/dates";
import { conflictError, lockVersion } from "../shared/versioning";

type Input = z.output<typeof ZHumanRightsReviewInput>;

/** The review's fields as the audit trail names them on the partner. */
async function snapshot(tx: Tx, partnerId: number) {
  const row = await tx.humanRightsReview.findUnique({ where: { partnerId } });
  return {
    reviewStatus: row?.status ?? "NOT_REVIEWED",
    lastReviewedOn: row?.lastReviewedOn ?? null,
    nextReviewDueOn: row?.nextDueOn ?? null,
    reviewNote: row?.note ?? null,
  };
}

/** The review's own rules (a reviewed partner has a review date, not in the future, the next one after it). */
export function checkReview(input: Omit<Input, "partnerId" | "version">, asOf: Date) {
  const reviewed = input.status !== "NOT_REVIEWED";
  if (reviewed && !input.lastReviewedOn) throw invalidField("lastReviewedOn", "required");
  if (!reviewed && input.lastReviewedOn) throw invalidField("lastReviewedOn", "reviewDateOnlyWhenReviewed");
  if (input.lastReviewedOn && input.lastReviewedOn > asOf) throw invalidField("lastReviewedOn", "inFuture");
  if (input.nextDueOn && input.lastReviewedOn && input.nextDueOn < input.lastReviewedOn) {
    throw invalidField("nextDueOn", "dueBeforeReview");
  }
}

export async function setHumanRightsReview(db: Db, actor: Actor, input: Input) {
  checkReview(input, today());
  return db.$transaction(async (tx) => {
    await lockVersion(tx, "PARTNER", input.partnerId);
    const current = await tx.humanRightsReview.findUnique({
      where: { partnerId: input.partnerId },
      select: { version: true },
    });
    if ((current?.version ?? null) !== input.version) {
      throw await conflictError(tx, "PARTNER", input.partnerId, current?.version ?? 0, input.version ?? 0);
    }
    const before = await snapshot(tx, input.partnerId);
    const data = {
      status: input.status,
      lastReviewedOn: input.lastReviewedOn ?? null,
      nextDueOn: input.nextDueOn ?? null,
      note: input.note ?? null,
    };
    const saved = await tx.humanRightsReview.upsert({
      where: { partnerId: input.partnerId },
      create: { partnerId: input.partnerId, ...data },
      update: { ...data, version: { increment: 1 } },
      select: { partnerId: true, version: true, partner: { select: { nameDe: true } } },
    });
    await recordChange(tx, actor, {
      action: "UPDATE",
      entityType: "PARTNER",
      entityId: input.partnerId,
      entityLabel: saved.partner.nameDe,
      before,
      after: await snapshot(tx, input.partnerId),
    });
    return { partnerId: saved.partnerId, version: saved.version };
  });
}
