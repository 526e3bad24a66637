// Reading the audit trail: the admins' audit page (filters: who, what record, when) and one record's history.

import type { z } from "zod";
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import type { ZAuditListInput } from "../../lists/audit";
import { auditList } from "../../lists/audit";
import { prismaOrderBy } from "../../lists/define";
import type { ZRecordHistoryInput } from "../../schemas/audit";
import { addDays, cityDayStart } from "../shared/dates";
import { pageOf } from "../shared/records";
import { textContains } from "../shared/search";
import { pick } from "../shared/select";
import { type ReferenceNames, withReferenceNames } from "./references";

export const eventSelect = {
  ...pick(
    "id",
    "at",
    "actorId",
    "actorName",
    "actorEmail",
    "action",
    "entityType",
    "entityId",
    "entityLabel",
    "parentType",
    "parentId",
    "changes",
    "ipAddress",
  ),
} satisfies Prisma.AuditEventSelect;

/** The audit trail's one order (server/lists/audit.ts): newest first. */
const NEWEST_FIRST = prismaOrderBy(
  auditList.order({ sort: "at", dir: "desc" }),
) as Prisma.AuditEventOrderByWithRelationInput[];

/** An event as the audit page and the histories show it: with the names of the records its changes point to. */
export type AuditEventRow = Prisma.AuditEventGetPayload<{ select: typeof eventSelect }> & { names: ReferenceNames };

export function auditWhere(input: z.output<typeof ZAuditListInput>): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (input.actorId) and.push({ actorId: input.actorId });
  if (input.action) and.push({ action: input.action });
  if (input.entityType && input.entityId) {
    and.push({
      OR: [
        { entityType: input.entityType, entityId: input.entityId },
        { parentType: input.entityType, parentId: input.entityId },
      ],
    });
  } else if (input.entityType) {
    and.push({ entityType: input.entityType });
  } else if (input.entityId) {
    and.push({ entityId: input.entityId });
  }
  if (input.from) and.push({ at: { gte: cityDayStart(input.from) } });
  if (input.to) and.push({ at: { lt: cityDayStart(addDays(input.to, 1)) } });
  if (input.q) {
    and.push({
      OR: [
        { entityLabel: textContains(input.q) },
        { actorName: textContains(input.q) },
        { actorEmail: textContains(input.q) },
      ],
    });
  }
  return and.length ? { AND: and } : {};
}

export async function listAuditEvents(db: Db, input: z.output<typeof ZAuditListInput>) {
  const where = auditWhere(input);
  return pageOf(
    input,
    async (window) =>
      withReferenceNames(
        db,
        await db.auditEvent.findMany({ where, select: eventSelect, orderBy: NEWEST_FIRST, ...window }),
      ),
    () => db.auditEvent.count({ where }),
  );
}

/** Everyone who appears in the audit trail, for the "who" filter. */
export async function auditActors(db: Db) {
  const rows = await db.auditEvent.groupBy({
    by: ["actorId", "actorName"],
    where: { actorId: { not: null } },
    orderBy: { actorName: "asc" },
  });
  return rows.map((row) => ({ id: row.actorId as string, name: row.actorName }));
}

/** The newest events of one record and its children (e.g. a working group's milestones), newest first. */
export async function recordHistory(db: Db, input: z.output<typeof ZRecordHistoryInput>, limit = 200) {
  const events = await db.auditEvent.findMany({
    where: {
      OR: [
        { entityType: input.entityType, entityId: input.entityId },
        { parentType: input.entityType, parentId: input.entityId },
      ],
    },
    select: eventSelect,
    orderBy: NEWEST_FIRST,
    take: limit,
  });
  return withReferenceNames(db, events);
}
