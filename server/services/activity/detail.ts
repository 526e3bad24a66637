// One activity with everything its detail page shows.

import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { notFound } from "../../domain/errors";
import { ACTIVITY_FIELDS } from "../../schemas/activity";
import { fieldSelect } from "../../schemas/fields";
import { partnerSummary, personSummary, pick } from "../shared/select";

export const activityDetailSelect = {
  ...pick("id", "type", "source", "verified", "version", "createdAt", "updatedAt"),
  ...fieldSelect(ACTIVITY_FIELDS),
  partner: { select: partnerSummary },
  agreements: {
    select: { agreement: { select: { id: true, title: true, status: true } } },
    orderBy: [{ agreement: { title: "asc" } }, { agreementId: "asc" }],
  },
  areas: {
    select: { area: { select: { code: true, nameDe: true, nameEn: true } } },
    orderBy: { area: { sortOrder: "asc" } },
  },
  participants: {
    select: { role: true, person: { select: personSummary } },
    orderBy: [{ person: { name: "asc" } }, { personId: "asc" }],
  },
} satisfies Prisma.ActivitySelect;

type Row = Prisma.ActivityGetPayload<{ select: typeof activityDetailSelect }>;

/** Agreements and areas are flattened (their link rows carry nothing else); participants keep their role. */
export type ActivityDetail = Omit<Row, "agreements" | "areas"> & {
  agreements: Row["agreements"][number]["agreement"][];
  areas: Row["areas"][number]["area"][];
};

export async function getActivity(db: Db, id: number): Promise<ActivityDetail> {
  const activity = await db.activity.findUnique({ where: { id }, select: activityDetailSelect });
  if (!activity) throw notFound("Activity", id);
  return {
    ...activity,
    agreements: activity.agreements.map((link) => link.agreement),
    areas: activity.areas.map((link) => link.area),
  };
}
