// The audit trail (admins only) as the audit page lists it: same filter, newest first, every event, with its
// changed fields as "field: before → after" lines.
import { auditListInputFromSearchParams } from "@/app/admin/audit/_components/list-input";
import type { Prisma } from "../../db/generated/client";
import { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditEntity } from "../../domain/enums";
import { ZAuditListInput } from "../../schemas/audit";
import { auditWhere } from "../../services/audit/list";
import { isoDay } from "../format";
import type { ExportTexts } from "../labels";
import { oneOf, strictListQuery } from "../params";
import { type Column, keysetBatches, type SortKey, sheet } from "../table";
import { filterLines, quoted, type TableDataset } from "./common";

type AuditQuery = ReturnType<typeof ZAuditListInput.parse>;

const select = {
  id: true,
  at: true,
  actorName: true,
  actorEmail: true,
  action: true,
  entityType: true,
  entityId: true,
  entityLabel: true,
  parentType: true,
  parentId: true,
  changes: true,
  ipAddress: true,
} satisfies Prisma.AuditEventSelect;

type Row = Prisma.AuditEventGetPayload<{ select: typeof select }>;
type Where = Prisma.AuditEventWhereInput;

const as = (where: (f: unknown) => object) => where as (f: unknown) => Where;
/** The audit page's order: newest first (server/services/audit/list.ts). */
const KEYS: SortKey<Row, Where>[] = [
  { dir: "desc", value: (r) => r.at, where: as((f) => ({ at: f })) },
  { dir: "desc", value: (r) => r.id, where: as((f) => ({ id: f })) },
];
const ORDER: Prisma.AuditEventOrderByWithRelationInput[] = [{ at: "desc" }, { id: "desc" }];

function fieldLabel({ m }: ExportTexts, entityType: AuditEntity, field: string): string {
  if (entityType === "USER" && field === "role") return m.admin.role;
  if (entityType === "USER" && field === "name") return m.common.name;
  return (Object.hasOwn(m.admin.fields, field) ? m.admin.fields[field] : undefined) ?? field;
}

function valueText({ m }: ExportTexts, value: unknown): string {
  if (value === null || value === undefined || value === "") return m.admin.empty;
  if (typeof value === "boolean") return value ? m.admin.yes : m.admin.no;
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}

/** "Titel: alt → neu", one changed field a line. */
function changesText(texts: ExportTexts, row: Row): string {
  const changes = row.changes;
  if (!changes || typeof changes !== "object" || Array.isArray(changes)) return "";
  return Object.entries(changes)
    .flatMap(([field, change]) => {
      if (!change || typeof change !== "object" || Array.isArray(change)) return [];
      const { before, after } = change as { before?: unknown; after?: unknown };
      return [`${fieldLabel(texts, row.entityType, field)}: ${valueText(texts, before)} → ${valueText(texts, after)}`];
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

export const auditDataset: TableDataset<AuditQuery> = {
  minRole: "ADMIN",
  stem: "audit",
  listPath: "/admin/audit",
  parse: (params) =>
    strictListQuery(
      params,
      auditListInputFromSearchParams,
      [
        { name: "actor", key: "actorId", expected: "an account id" },
        { name: "entity", key: "entityType", expected: oneOf(AUDIT_ENTITIES) },
        { name: "record", key: "entityId", expected: "a record's id" },
        { name: "action", key: "action", expected: oneOf(AUDIT_ACTIONS) },
        { name: "from", key: "from", expected: "a day as YYYY-MM-DD" },
        { name: "to", key: "to", expected: "a day as YYYY-MM-DD" },
        { name: "q", key: "q", expected: "at most 200 characters" },
      ],
      ZAuditListInput,
    ),

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
    return {
      title: m.admin.auditTitle,
      sheets: [table],
      csv: table,
      filter: filterLines([
        [m.admin.who, query.actorId ? `${actor?.actorName ?? "?"} (${query.actorId})` : null],
        [m.admin.recordKind, query.entityType ? m.admin.entities[query.entityType] : null],
        [m.admin.recordId, query.entityId],
        [m.admin.action, query.action ? m.admin.actions[query.action] : null],
        [m.admin.from, query.from ? isoDay(query.from) : null],
        [m.admin.to, query.to ? isoDay(query.to) : null],
        [x.search, query.q ? quoted(query.q, locale) : null],
      ]),
      sort: `${m.admin.when}, ${x.descending}`,
    };
  },
};
