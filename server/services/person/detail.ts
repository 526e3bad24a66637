// One person with everything their detail page shows.

import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { found } from "../shared/records";
import { pick } from "../shared/select";

const workingGroupSummary = { id: true, name: true, status: true } satisfies Prisma.WorkingGroupSelect;

export const personDetailSelect = {
  ...pick(
    "id",
    "name",
    "role",
    "organisation",
    "email",
    "notes",
    "source",
    "verified",
    "version",
    "createdAt",
    "updatedAt",
  ),
  partner: { select: { id: true, nameDe: true, nameEn: true, nameLocal: true, countryCode: true } },
  activities: {
    select: { role: true, activity: { select: { id: true, title: true, type: true, startOn: true } } },
    orderBy: [{ activity: { startOn: "desc" } }, { activityId: "desc" }],
  },
  workingGroups: {
    select: { role: true, workingGroup: { select: workingGroupSummary } },
    orderBy: { workingGroupId: "asc" },
  },
  leadsCologneSide: { select: workingGroupSummary, orderBy: { id: "asc" } },
  leadsPartnerSide: { select: workingGroupSummary, orderBy: { id: "asc" } },
} satisfies Prisma.PersonSelect;

export type PersonDetail = Prisma.PersonGetPayload<{ select: typeof personDetailSelect }>;

export async function getPerson(db: Db, id: number): Promise<PersonDetail> {
  return found(db.person.findUnique({ where: { id }, select: personDetailSelect }), "Person", id);
}
