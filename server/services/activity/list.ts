// Listing and searching activities: every filter of the list screen, applied in the database.

import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { activityList, type TActivityListQuery } from "../../lists/activities";
import { yearStart } from "../shared/dates";
import { listPage } from "../shared/records";
import { allOf, searchIn } from "../shared/search";
import { pick } from "../shared/select";

export const activityListSelect = {
  ...pick("id", "version", "type", "title", "startOn", "endOn", "place", "verified", "updatedAt"),
  partner: { select: { id: true, nameDe: true, nameEn: true } },
  areas: { select: { area: { select: { code: true, nameDe: true, nameEn: true } } } },
  _count: { select: { participants: true, agreements: true } },
} satisfies Prisma.ActivitySelect;

export type ActivityListItem = Prisma.ActivityGetPayload<{ select: typeof activityListSelect }>;

export function activityWhere(query: Omit<TActivityListQuery, "sort" | "dir" | "page" | "pageSize">) {
  return allOf<Prisma.ActivityWhereInput>([
    query.type?.length && { type: { in: query.type } },
    query.year !== undefined && { startOn: { gte: yearStart(query.year), lt: yearStart(query.year + 1) } },
    query.partnerId !== undefined && { partnerId: query.partnerId },
    query.agreementId !== undefined && { agreements: { some: { agreementId: query.agreementId } } },
    query.area && { areas: { some: { area: { code: query.area } } } },
    searchIn(query.q, ["title", "place", "description", "outcome"]),
  ]);
}

export function listActivities(db: Db, query: TActivityListQuery) {
  return listPage(activityList, query, db.activity, activityWhere(query), activityListSelect);
}
