// Creating and editing commitments, and changing their status (DONE and DROPPED with a reason; who and when are
// recorded). Each write and its audit event are one transaction; the agreement's history shows them too.
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import type { Db, Tx } from "../../db/prisma";
import { COMMITMENT_STATUS_RULES } from "../../domain/commitment";
import { periodBefore } from "../../domain/date-periods";
import { invalidField } from "../../domain/errors";
import {
  COMMITMENT_FIELDS,
  type ZCommitmentCreateInput,
  type ZCommitmentStatusInput,
  type ZCommitmentUpdateInput,
} from "../../schemas/commitment";
import { formatPartialDate } from "../../schemas/common";
import { fieldColumns } from "../../schemas/fields";
import { recordChange } from "../audit/record";
import { createAudited, sourceColumns, updateAudited } from "../shared/records";
import { lockVersion } from "../shared/versioning";

type CreateInput = z.output<typeof ZCommitmentCreateInput>;
type UpdateInput = z.output<typeof ZCommitmentUpdateInput>;
type StatusInput = z.output<typeof ZCommitmentStatusInput>;

/**
 * The agreement must exist, and a due date may not lie before it was signed (compared at both dates' precision:
 * due "2019" is not before signed "2019-08"). A linked working group and linked milestones must belong to the same
 * agreement, and linked activities must be linked to it.
 */
async function checkReferences(tx: Tx, input: CreateInput, keptOwnerId: number | null = null): Promise<void> {
  const agreement = await tx.agreement.findUnique({
    where: { id: input.agreementId },
    select: { signedOn: true, signedOnPrecision: true },
  });
  if (!agreement) throw invalidField("agreementId", "unknownAgreement", { id: input.agreementId });
  if (
    input.dueOn &&
    agreement.signedOn &&
    periodBefore(input.dueOn, { date: agreement.signedOn, precision: agreement.signedOnPrecision })
  ) {
    throw invalidField("dueOn", "dueBeforeSigned", {
      date: formatPartialDate(agreement.signedOn, agreement.signedOnPrecision),
    });
  }
  if (input.workingGroupId != null) {
    const group = await tx.workingGroup.findUnique({
      where: { id: input.workingGroupId },
      select: { agreementId: true },
    });
    if (!group) throw invalidField("workingGroupId", "unknownWorkingGroup", { id: input.workingGroupId });
    if (group.agreementId !== input.agreementId) throw invalidField("workingGroupId", "workingGroupOfOtherAgreement");
  }
  await checkOwnerPerson(tx, input.ownerPersonId ?? null, keptOwnerId);
  const milestoneIds = [...new Set(input.milestoneIds)];
  if (milestoneIds.length) {
    const milestones = await tx.milestone.findMany({
      where: { id: { in: milestoneIds } },
      select: { id: true, workingGroup: { select: { agreementId: true } } },
    });
    const unknown = milestoneIds.find((id) => !milestones.some((milestone) => milestone.id === id));
    if (unknown !== undefined) throw invalidField("milestoneIds", "unknownMilestone", { id: unknown });
    if (milestones.some((milestone) => milestone.workingGroup.agreementId !== input.agreementId)) {
      throw invalidField("milestoneIds", "milestoneOfOtherAgreement");
    }
  }
  const activityIds = [...new Set(input.activityIds)];
  if (activityIds.length) {
    const links = await tx.activityAgreement.findMany({
      where: { activityId: { in: activityIds }, agreementId: input.agreementId },
      select: { activityId: true },
    });
    const unlinked = activityIds.find((id) => !links.some((link) => link.activityId === id));
    if (unlinked !== undefined) {
      const exists = await tx.activity.findUnique({ where: { id: unlinked }, select: { id: true } });
      throw invalidField("activityIds", exists ? "activityOfOtherAgreement" : "unknownActivity", { id: unlinked });
    }
  }
}

/**
 * The owner person must exist and be of the Cologne side, and may not be erased — unless it is the owner the record
 * already has (an erasure keeps the link, as it keeps a person's working groups; saving other fields must not fail).
 */
async function checkOwnerPerson(tx: Tx, personId: number | null, keptOwnerId: number | null): Promise<void> {
  if (personId === null || personId === keptOwnerId) return;
  const person = await tx.person.findUnique({
    where: { id: personId },
    select: { partnerId: true, erasedAt: true },
  });
  if (!person) throw invalidField("ownerPersonId", "unknownPerson", { id: personId });
  if (person.erasedAt) throw invalidField("ownerPersonId", "ownerPersonErased");
  if (person.partnerId !== null) throw invalidField("ownerPersonId", "ownerPersonNotCologne");
}

/** The link rows of the milestones and activities, for a create or a replacing update. */
function links(input: CreateInput) {
  return {
    milestones: { create: [...new Set(input.milestoneIds)].map((milestoneId) => ({ milestoneId })) },
    activities: { create: [...new Set(input.activityIds)].map((activityId) => ({ activityId })) },
  };
}

/** The commitment's own columns (the import writes them too). */
export function commitmentColumns(input: CreateInput) {
  return {
    ...fieldColumns(COMMITMENT_FIELDS, input),
    title: input.title,
    agreementId: input.agreementId,
    workingGroupId: input.workingGroupId ?? null,
    ownerPersonId: input.ownerPersonId ?? null,
    ...sourceColumns(input),
  };
}

/** The fields the audit trail compares before and after a change, links included. */
export async function snapshotCommitment(tx: Tx, id: number) {
  const row = await tx.commitment.findUnique({
    where: { id },
    omit: { id: true, version: true, createdAt: true, updatedAt: true },
    include: {
      milestones: { select: { milestoneId: true }, orderBy: { milestoneId: "asc" } },
      activities: { select: { activityId: true }, orderBy: { activityId: "asc" } },
    },
  });
  if (!row) return null;
  const { milestones, activities, ...fields } = row;
  return {
    ...fields,
    milestoneIds: milestones.map((link) => link.milestoneId),
    activityIds: activities.map((link) => link.activityId),
  };
}

const audited = (input: { title: string; agreementId: number }) => ({
  entity: "COMMITMENT" as const,
  label: input.title,
  snapshot: snapshotCommitment,
  parent: { type: "AGREEMENT" as const, id: input.agreementId },
});

export async function createCommitment(db: Db, actor: Actor, input: CreateInput) {
  return createAudited(db, actor, audited(input), async (tx) => {
    await checkReferences(tx, input);
    return tx.commitment.create({
      data: { ...commitmentColumns(input), ...links(input), status: "OPEN" },
      select: { id: true, version: true },
    });
  });
}

export async function updateCommitment(db: Db, actor: Actor, input: UpdateInput) {
  return updateAudited(db, actor, { ...audited(input), id: input.id, version: input.version }, async (tx) => {
    const stored = await tx.commitment.findUnique({ where: { id: input.id }, select: { ownerPersonId: true } });
    await checkReferences(tx, input, stored?.ownerPersonId ?? null);
    await tx.commitmentMilestone.deleteMany({ where: { commitmentId: input.id } });
    await tx.commitmentActivity.deleteMany({ where: { commitmentId: input.id } });
    return tx.commitment.update({
      where: { id: input.id },
      data: { ...commitmentColumns(input), ...links(input), version: { increment: 1 } },
      select: { id: true, version: true },
    });
  });
}

/** The shortest reason accepted for DONE and DROPPED (as for an agreement's status change). */
const MIN_REASON = 3;

/**
 * Changes a commitment's status. DONE and DROPPED need a reason; who changed it and when are stored with it (the
 * reason of a reopened commitment is kept only if one is given). Audited as a status change.
 */
/** A status's reason as it is stored (null if none), or invalidField when the status needs one (DONE, DROPPED). */
export function statusReason(status: StatusInput["status"], given: string | null | undefined): string | null {
  const reason = given?.trim() || null;
  if (COMMITMENT_STATUS_RULES[status].reasonRequired && (reason === null || reason.length < MIN_REASON)) {
    throw invalidField("reason", "reasonRequired");
  }
  return reason;
}

export async function setCommitmentStatus(db: Db, actor: Actor, input: StatusInput) {
  const reason = statusReason(input.status, input.reason);
  return db.$transaction(async (tx) => {
    await lockVersion(tx, "COMMITMENT", input.id, input.version);
    const before = await snapshotCommitment(tx, input.id);
    const saved = await tx.commitment.update({
      where: { id: input.id },
      data: {
        status: input.status,
        statusReason: reason,
        statusChangedBy: actor.name.slice(0, 200),
        statusChangedAt: new Date(),
        version: { increment: 1 },
      },
      select: { id: true, version: true, title: true, agreementId: true, status: true },
    });
    await recordChange(tx, actor, {
      action: "STATUS_CHANGE",
      entityType: "COMMITMENT",
      entityId: input.id,
      entityLabel: saved.title,
      parent: { type: "AGREEMENT", id: saved.agreementId },
      before,
      after: await snapshotCommitment(tx, input.id),
    });
    return { id: saved.id, version: saved.version, status: saved.status };
  });
}
