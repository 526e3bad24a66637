// One working group with everything its detail page shows.
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { found } from "../shared/records";

const personSelect = { id: true, name: true, role: true, organisation: true } satisfies Prisma.PersonSelect;

export const workingGroupDetailSelect = {
  id: true,
  name: true,
  goal: true,
  status: true,
  source: true,
  verified: true,
  notes: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  agreement: {
    select: {
      id: true,
      title: true,
      type: true,
      status: true,
      partner: { select: { id: true, nameDe: true, nameEn: true, nameLocal: true, countryCode: true } },
    },
  },
  leadCologne: { select: personSelect },
  leadPartner: { select: personSelect },
  members: {
    select: { role: true, person: { select: { id: true, name: true, organisation: true } } },
    orderBy: [{ person: { name: "asc" } }, { personId: "asc" }],
  },
  milestones: {
    select: {
      id: true,
      title: true,
      dueOn: true,
      status: true,
      doneOn: true,
      notes: true,
      version: true,
      updatedAt: true,
    },
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  },
} satisfies Prisma.WorkingGroupSelect;

export type WorkingGroupDetail = Prisma.WorkingGroupGetPayload<{ select: typeof workingGroupDetailSelect }>;

export async function getWorkingGroup(db: Db, id: number): Promise<WorkingGroupDetail> {
  return found(db.workingGroup.findUnique({ where: { id }, select: workingGroupDetailSelect }), "Working group", id);
}
