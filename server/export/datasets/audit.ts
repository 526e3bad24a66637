// The audit trail (admins only) as the audit page lists it: same filter, newest first, every event, with its
// changed fields as "field: before → after" lines.

import type { Prisma } from "../../db/generated/client";
import { auditList, type ZAuditListInput } from "../../lists/audit";
import { describeChanges } from "../../services/audit/describe";
import { auditWhere, eventSelect } from "../../services/audit/list";
import { type ReferenceNames, withReferenceNames } from "../../services/audit/references";
import { isoDay } from "../format";
import type { ExportTexts } from "../labels";
import type { Column } from "../table";
import { listDataset } from "./common";

type AuditQuery = ReturnType<typeof ZAuditListInput.parse>;

/** The audit page's rows, without the actor's id (the name and e-mail address say who). */
const { actorId: _actorId, ...select } = eventSelect;

type Row = Prisma.AuditEventGetPayload<{ select: typeof select }> & { names: ReferenceNames };

/** "Titel: alt → neu", one changed field a line, in the words of the audit page (services/audit/describe.ts). */
function changesText(texts: ExportTexts, row: Row): string {
  return describeChanges(texts.m, texts.locale, row)
    .map((change) => {
      if (change.shown === "before") return `${change.label}: ${change.before}`;
      if (change.shown === "after") return `${change.label}: ${change.after}`;
      return `${change.label}: ${change.before} → ${change.after}`;
    })
    .join("\n");
}

function columns(texts: ExportTexts): Column<Row>[] {
  const { m, x } = texts;
  return [
    { type: "int", header: x.id, width: 10, get: (r) => r.id },
    { type: "dateTime", header: m.admin.when, width: 20, get: (r) => r.at },
    { type: "text", header: m.admin.who, width: 24, get: (r) => r.actorName },
    { type: "text", header: x.actorEmail, width: 30, get: (r) => r.actorEmail },
    { type: "text", header: m.admin.action, width: 22, get: (r) => m.admin.actions[r.action] },
    { type: "text", header: m.admin.recordKind, width: 18, get: (r) => m.admin.entities[r.entityType] },
    { type: "text", header: m.admin.recordId, width: 12, get: (r) => r.entityId },
    { type: "text", header: m.admin.record, width: 36, get: (r) => r.entityLabel },
    {
      type: "text",
      header: x.partOf,
      width: 20,
      get: (r) => (r.parentType && r.parentId ? `${m.admin.entities[r.parentType]} ${r.parentId}` : null),
    },
    { type: "text", header: m.admin.changes, width: 60, get: (r) => changesText(texts, r) },
    { type: "text", header: m.admin.ip, width: 16, get: (r) => r.ipAddress },
  ];
}

export const auditDataset = listDataset<AuditQuery, Row, Prisma.AuditEventWhereInput>({
  minRole: "ADMIN",
  stem: "audit",
  // The audit page's one order: newest first (server/lists/audit.ts).
  list: { ...auditList, order: () => auditList.order({ sort: "at", dir: "desc" }) },
  where: auditWhere,
  read: async (db, args) => withReferenceNames(db, await db.auditEvent.findMany({ ...args, select })),
  title: ({ m }) => m.admin.auditTitle,
  columns: (texts) => columns(texts),
  filter: async (query, { m }, { db }) => {
    const actor = query.actorId
      ? await db.auditEvent.findFirst({
          where: { actorId: query.actorId },
          select: { actorName: true },
          orderBy: { id: "desc" },
        })
      : null;
    return [
      [m.admin.who, query.actorId ? `${actor?.actorName ?? "?"} (${query.actorId})` : null],
      [m.admin.recordKind, query.entityType ? m.admin.entities[query.entityType] : null],
      [m.admin.recordId, query.entityId],
      [m.admin.action, query.action ? m.admin.actions[query.action] : null],
      [m.admin.from, query.from ? isoDay(query.from) : null],
      [m.admin.to, query.to ? isoDay(query.to) : null],
    ];
  },
  fixedSort: ({ m, x }) => `${m.admin.when}, ${x.descending}`,
});
