// The audit trail (admins only) as the audit page lists it: same filter, newest first, every event, with its
// changed fields as "field: before → after" lines.

import type { Prisma } from "../../db/generated/client";
import { auditList, type ZAuditListInput } from "../../lists/audit";
import { prismaOrderBy } from "../../lists/define";
import { changesOf, fieldLabel } from "../../services/audit/labels";
import { auditWhere } from "../../services/audit/list";
import { pick } from "../../services/shared/select";
import { isoDay } from "../format";
import type { ExportTexts } from "../labels";
import { type Column, keysetBatches, keysetKeys, sheet } from "../table";
import { filterLines, oneSheet, quoted, type TableDataset } from "./common";

type AuditQuery = ReturnType<typeof ZAuditListInput.parse>;

const select = {
  ...pick(
    "id",
    "at",
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

type Row = Prisma.AuditEventGetPayload<{ select: typeof select }>;
type Where = Prisma.AuditEventWhereInput;

/** The audit page's order: newest first (server/lists/audit.ts). */
const FIELDS = auditList.order({ sort: "at", dir: "desc" });
const KEYS = keysetKeys<Row, Where>(FIELDS);
const ORDER = prismaOrderBy(FIELDS) as Prisma.AuditEventOrderByWithRelationInput[];

function valueText({ m }: ExportTexts, value: unknown): string {
  if (value === null || value === undefined || value === "") return m.admin.empty;
  if (typeof value === "boolean") return value ? m.admin.yes : m.admin.no;
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}

/** "Titel: alt → neu", one changed field a line. */
function changesText(texts: ExportTexts, row: Row): string {
  return changesOf(row.changes)
    .map(
      ({ field, before, after }) =>
        `${fieldLabel(texts.m, row.entityType, field)}: ${valueText(texts, before)} → ${valueText(texts, after)}`,
    )
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

export const auditDataset: TableDataset<AuditQuery> = {
  minRole: "ADMIN",
  stem: "audit",
  listPath: "/admin/audit",
  parse: (params) => auditList.strictFromSearchParams(params),

  async build(ctx, query, texts) {
    const { db, locale } = ctx;
    const { m, x } = texts;
    const where = auditWhere(query);
    const records = (signal?: AbortSignal) =>
      keysetBatches<Row, Where>({
        keys: KEYS,
        signal,
        batchSize: ctx.batchSize,
        fetch: (after, take) =>
          db.auditEvent.findMany({ where: after ? { AND: [where, after] } : where, select, orderBy: ORDER, take }),
      });
    const table = sheet(m.admin.auditTitle, columns(texts), records);

    const actor = query.actorId
      ? await db.auditEvent.findFirst({
          where: { actorId: query.actorId },
          select: { actorName: true },
          orderBy: { id: "desc" },
        })
      : null;
    return oneSheet(
      table,
      m.admin.auditTitle,
      filterLines([
        [m.admin.who, query.actorId ? `${actor?.actorName ?? "?"} (${query.actorId})` : null],
        [m.admin.recordKind, query.entityType ? m.admin.entities[query.entityType] : null],
        [m.admin.recordId, query.entityId],
        [m.admin.action, query.action ? m.admin.actions[query.action] : null],
        [m.admin.from, query.from ? isoDay(query.from) : null],
        [m.admin.to, query.to ? isoDay(query.to) : null],
        [x.search, query.q ? quoted(query.q, locale) : null],
      ]),
      `${m.admin.when}, ${x.descending}`,
    );
  },
};
