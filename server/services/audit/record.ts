// Writing audit events. A change's event is written with the transaction client of the change itself, so the
// event and the change are committed together or not at all.

import type { Actor } from "../../auth/actor";
import type { Prisma } from "../../db/generated/client";
import type { AuditAction, AuditEntity } from "../../db/generated/enums";
import type { Tx } from "../../db/prisma";
import { type BulkColumn, bulkInsert } from "../shared/bulk";

export type Snapshot = Record<string, unknown>;
/** A field's change; a date whose precision did not change keeps that precision beside it (to show "Juni 2021"). */
export type Changes = Record<string, { before: unknown; after: unknown; precision?: unknown }>;

/** JSON-comparable form of a value: dates as ISO strings (date-only when at midnight UTC), undefined as null. */
function normalise(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, normalise(inner)]));
  }
  return value;
}

/** The fields whose values differ between two snapshots (a missing snapshot counts as all fields null). */
export function diffSnapshots(before: Snapshot | null, after: Snapshot | null): Changes {
  const changes: Changes = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (key === "version" || key === "updatedAt" || key === "createdAt") continue;
    const from = normalise(before?.[key]);
    const to = normalise(after?.[key]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { before: from, after: to };
  }
  for (const [key, change] of Object.entries(changes)) {
    const precisionKey = `${key}Precision`;
    const precision = normalise(after?.[precisionKey] ?? before?.[precisionKey]);
    if (precision !== null && !(precisionKey in changes)) change.precision = precision;
  }
  return changes;
}

export interface ChangeEvent {
  action: AuditAction;
  entityType: AuditEntity;
  entityId: string | number;
  entityLabel?: string | null;
  parent?: { type: AuditEntity; id: string | number };
  before?: Snapshot | null;
  after?: Snapshot | null;
  /** Explicit changes (instead of before/after snapshots), e.g. for sessions ended. */
  changes?: Changes;
  ip?: string | null;
  /** The import that made the change (DataImport), if an import did. */
  importId?: number | null;
}

/**
 * Appends one audit event inside the change's transaction. An update that changed nothing still records the
 * event (someone saved), with no changed fields.
 */
export async function recordChange(tx: Tx, actor: Actor, event: ChangeEvent): Promise<void> {
  await tx.auditEvent.create({ data: eventData(actor, event) });
}

/** A change of the actor's own account settings (calendar feed, e-mail settings): an UPDATE of their account. */
export function recordOwnAccountChange(
  tx: Tx,
  actor: Actor,
  userId: string,
  change: Pick<ChangeEvent, "before" | "after" | "changes">,
): Promise<void> {
  return recordChange(tx, actor, {
    action: "UPDATE",
    entityType: "USER",
    entityId: userId,
    entityLabel: actor.name,
    ...change,
  });
}

/** Appends many audit events in one statement (an import's: one per record), inside the change's transaction. */
export async function recordChanges(tx: Tx, actor: Actor, events: readonly ChangeEvent[]): Promise<void> {
  await bulkInsert(
    tx,
    "AuditEvent",
    AUDIT_COLUMNS,
    events.map((event) => eventData(actor, event)),
  );
}

/** The audit event's columns as one statement writes many (bulkInsert); `at` takes its default. */
const AUDIT_COLUMNS = [
  { name: "actorId", type: "text" },
  { name: "actorName", type: "text" },
  { name: "actorEmail", type: "text" },
  { name: "action", type: '"AuditAction"' },
  { name: "entityType", type: '"AuditEntity"' },
  { name: "entityId", type: "text" },
  { name: "entityLabel", type: "text" },
  { name: "parentType", type: '"AuditEntity"' },
  { name: "parentId", type: "text" },
  { name: "changes", type: "jsonb" },
  { name: "ipAddress", type: "text" },
  { name: "importId", type: "int" },
] as const satisfies readonly (BulkColumn & { name: keyof ReturnType<typeof eventData> })[];

function eventData(actor: Actor, event: ChangeEvent) {
  const changes = event.changes ?? diffSnapshots(event.before ?? null, event.after ?? null);
  return {
    actorId: actor.id,
    actorName: actor.name.slice(0, 200),
    actorEmail: actor.email ? actor.email.slice(0, 320) : null,
    action: event.action,
    entityType: event.entityType,
    entityId: String(event.entityId),
    entityLabel: event.entityLabel?.slice(0, 500) ?? null,
    parentType: event.parent?.type ?? null,
    parentId: event.parent ? String(event.parent.id) : null,
    changes: changes as Prisma.InputJsonValue,
    ipAddress: event.ip ?? actor.ip ?? null,
    importId: event.importId ?? null,
  } satisfies Prisma.AuditEventUncheckedCreateInput;
}
