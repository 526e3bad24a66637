// Adding, editing and removing a working group's milestones; the status rules live in milestone-rules.ts.
import type { z } from "zod";
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { notFound } from "../../domain/errors";
import type { ZMilestoneAddInput, ZMilestoneUpdateInput } from "../../schemas/working-group";
import { today } from "../shared/dates";
import { resolveDoneOn } from "./milestone-rules";

type AddInput = z.output<typeof ZMilestoneAddInput>;
type UpdateInput = z.output<typeof ZMilestoneUpdateInput>;
type Fields = Omit<AddInput, "workingGroupId">;

export const milestoneSelect = {
  id: true,
  workingGroupId: true,
  title: true,
  dueOn: true,
  status: true,
  doneOn: true,
  notes: true,
} satisfies Prisma.MilestoneSelect;

function columns(input: Fields) {
  return {
    title: input.title,
    dueOn: input.dueOn ?? null,
    status: input.status,
    doneOn: resolveDoneOn(input.status, input.doneOn, today()),
    notes: input.notes ?? null,
  };
}

export async function addMilestone(db: Db, input: AddInput) {
  const data = columns(input);
  return db.$transaction(async (tx) => {
    if (!(await tx.workingGroup.findUnique({ where: { id: input.workingGroupId }, select: { id: true } }))) {
      throw notFound("Working group", input.workingGroupId);
    }
    return tx.milestone.create({ data: { ...data, workingGroupId: input.workingGroupId }, select: milestoneSelect });
  });
}

export async function updateMilestone(db: Db, input: UpdateInput) {
  const data = columns(input);
  return db.$transaction(async (tx) => {
    if (!(await tx.milestone.findUnique({ where: { id: input.id }, select: { id: true } }))) {
      throw notFound("Milestone", input.id);
    }
    return tx.milestone.update({ where: { id: input.id }, data, select: milestoneSelect });
  });
}

export async function removeMilestone(db: Db, id: number) {
  const removed = await db.milestone.deleteMany({ where: { id } });
  if (removed.count === 0) throw notFound("Milestone", id);
  return { id };
}
