// One working group with everything its detail page shows.

import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { found } from "../shared/records";
import { partnerSummary, personSummary, pick } from "../shared/select";

export const workingGroupDetailSelect = {
  ...pick("id", "name", "goal", "status", "source", "verified", "notes", "version", "createdAt", "updatedAt"),
  agreement: {
    select: {
      ...pick("id", "title", "type", "status"),
      partner: { select: partnerSummary },
    },
  },
  leadCologne: { select: personSummary },
  leadPartner: { select: personSummary },
  members: {
    select: { role: true, person: { select: { id: true, name: true, organisation: true } } },
    orderBy: [{ person: { name: "asc" } }, { personId: "asc" }],
  },
  milestones: {
    select: {
      ...pick("id", "title", "dueOn", "status", "doneOn", "notes", "version", "updatedAt"),
    },
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  },
} satisfies Prisma.WorkingGroupSelect;

export type WorkingGroupDetail = Prisma.WorkingGroupGetPayload<{ select: typeof workingGroupDetailSelect }>;

export async function getWorkingGroup(db: Db, id: number): Promise<WorkingGroupDetail> {
  return found(db.workingGroup.findUnique({ where: { id }, select: workingGroupDetailSelect }), "Working group", id);
}
