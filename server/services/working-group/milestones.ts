// Adding, editing and removing a working group's milestones; the status rules live in milestone-rules.ts.

import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import type { Prisma } from "../../db/generated/client";
import type { Db, Tx } from "../../db/prisma";
import type { ZMilestoneAddInput, ZMilestoneUpdateInput } from "../../schemas/working-group";
import { recordChange, type Snapshot } from "../audit/record";
import { today } from "../shared/dates";
import { pick } from "../shared/select";
import { lockVersion } from "../shared/versioning";
import { resolveDoneOn } from "./milestone-rules";

type AddInput = z.output<typeof ZMilestoneAddInput>;
type UpdateInput = z.output<typeof ZMilestoneUpdateInput>;
type Fields = Omit<AddInput, "workingGroupId">;

export const milestoneSelect = {
  ...pick("id", "workingGroupId", "title", "dueOn", "status", "doneOn", "notes", "version"),
} satisfies Prisma.MilestoneSelect;

/** The milestone's columns, its done date by the status rules (the import writes them too). */
export function milestoneColumns(input: Fields) {
  return {
    title: input.title,
    dueOn: input.dueOn ?? null,
    status: input.status,
    doneOn: resolveDoneOn(input.status, input.doneOn, today()),
    notes: input.notes ?? null,
  };
}

type RemoveInput = { id: number; version: number };

async function auditMilestone(
  tx: Tx,
  actor: Actor,
  action: "CREATE" | "UPDATE" | "DELETE",
  milestone: { id: number; workingGroupId: number; title: string },
  before: Snapshot | null,
  after: Snapshot | null,
) {
  await recordChange(tx, actor, {
    action,
    entityType: "MILESTONE",
    entityId: milestone.id,
    entityLabel: milestone.title,
    parent: { type: "WORKING_GROUP", id: milestone.workingGroupId },
    before,
    after,
  });
}

function snapshotOf(row: Prisma.MilestoneGetPayload<{ select: typeof milestoneSelect }>): Snapshot {
  const { id: _id, version: _version, ...fields } = row;
  return fields;
}

/** The milestone as its audit events store it. */
export async function snapshotMilestone(tx: Tx, id: number): Promise<Snapshot | null> {
  const row = await tx.milestone.findUnique({ where: { id }, select: milestoneSelect });
  return row ? snapshotOf(row) : null;
}

export async function addMilestone(db: Db, actor: Actor, input: AddInput) {
  const data = milestoneColumns(input);
  return db.$transaction(async (tx) => {
    await lockVersion(tx, "WORKING_GROUP", input.workingGroupId);
    const created = await tx.milestone.create({
      data: { ...data, workingGroupId: input.workingGroupId },
      select: milestoneSelect,
    });
    await auditMilestone(tx, actor, "CREATE", created, null, snapshotOf(created));
    return created;
  });
}

export async function updateMilestone(db: Db, actor: Actor, input: UpdateInput) {
  const data = milestoneColumns(input);
  return db.$transaction(async (tx) => {
    await lockVersion(tx, "MILESTONE", input.id, input.version);
    const before = await tx.milestone.findUniqueOrThrow({ where: { id: input.id }, select: milestoneSelect });
    const updated = await tx.milestone.update({
      where: { id: input.id },
      data: { ...data, version: { increment: 1 } },
      select: milestoneSelect,
    });
    await auditMilestone(tx, actor, "UPDATE", updated, snapshotOf(before), snapshotOf(updated));
    return updated;
  });
}

export async function removeMilestone(db: Db, actor: Actor, input: RemoveInput) {
  return db.$transaction(async (tx) => {
    await lockVersion(tx, "MILESTONE", input.id, input.version);
    const before = await tx.milestone.findUniqueOrThrow({ where: { id: input.id }, select: milestoneSelect });
    await tx.milestone.delete({ where: { id: input.id } });
    await auditMilestone(tx, actor, "DELETE", before, snapshotOf(before), null);
    return { id: input.id };
  });
}
