// One person with everything their detail page shows.

import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { fieldSelect } from "../../schemas/fields";
import { PERSON_FIELDS } from "../../schemas/person";
import { found } from "../shared/records";
import { partnerSummary, pick } from "../shared/select";

const workingGroupSummary = { id: true, name: true, status: true } satisfies Prisma.WorkingGroupSelect;

export const personDetailSelect = {
  ...pick("id", "notes", "source", "verified", "version", "createdAt", "updatedAt", "erasedAt", "erasedByName"),
  ...fieldSelect(PERSON_FIELDS),
  partner: { select: partnerSummary },
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
