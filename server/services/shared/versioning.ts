// Optimistic concurrency for every editable record. An update names the version the editor started from; the
// row is locked, and if somebody else saved in between the update is refused with CONFLICT, naming who changed
// the record and when (from the audit trail), never overwritten silently. The version then goes up by one.
import type { AuditEntity } from "../../db/generated/enums";
import type { Tx } from "../../db/prisma";
import { DomainError, notFound } from "../../domain/errors";
import { messagesFor } from "../../i18n/messages";

const TABLES: Record<AuditEntity, string> = {
  AGREEMENT: "Agreement",
  PARTNER: "Partner",
  PERSON: "Person",
  ACTIVITY: "Activity",
  WORKING_GROUP: "WorkingGroup",
  MILESTONE: "Milestone",
  USER: "User",
  COMMITMENT: "Commitment",
  SAVED_VIEW: "SavedView",
  DOCUMENT: "Document",
  /** Never locked: its events record runs ("send now"), not edits of a row. */
  MAIL: "MailRun",
};

/** The record kinds' names in the API's language (English), as the audit trail names them. */
const NAMES = messagesFor("en").admin.entities;

/** The record kind's table, as SQL names it (from the fixed map, never from input). */
export const tableOf = (entity: AuditEntity): string => TABLES[entity];

/** The record kind's name in the API's language: "Working group". */
export const recordName = (entity: AuditEntity): string => NAMES[entity];

/** Who made the change an editor did not see, as the CONFLICT error carries it to the form. */
export interface ConflictDetails {
  by: string | null;
  at: string | null;
  currentVersion: number;
}

/**
 * Locks the record's row for the rest of the transaction and checks its version. Throws NOT_FOUND if it is gone
 * and CONFLICT (with who and when) if `expectedVersion` is given and outdated. Returns the current version.
 */
export async function lockVersion(
  tx: Tx,
  entity: AuditEntity,
  id: number | string,
  expectedVersion?: number,
): Promise<number> {
  // The table name comes from the fixed map above, never from input; the id is a bound parameter.
  const rows = await tx.$queryRawUnsafe<{ version: number }[]>(
    `SELECT version FROM "${TABLES[entity]}" WHERE id = $1 FOR UPDATE`,
    id,
  );
  const current = rows[0];
  if (!current) throw notFound(NAMES[entity], id);
  if (expectedVersion !== undefined && current.version !== expectedVersion) {
    throw await conflictError(tx, entity, id, current.version, expectedVersion);
  }
  return current.version;
}

export async function conflictError(
  tx: Tx,
  entity: AuditEntity,
  id: number | string,
  currentVersion: number,
  yourVersion: number,
): Promise<DomainError> {
  const last = await tx.auditEvent.findFirst({
    where: { entityType: entity, entityId: String(id) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { actorName: true, at: true },
  });
  const conflict: ConflictDetails = {
    by: last?.actorName ?? null,
    at: last?.at.toISOString() ?? null,
    currentVersion,
  };
  const who = last ? ` by ${last.actorName} at ${last.at.toISOString()}` : "";
  return new DomainError(
    "CONFLICT",
    `${NAMES[entity]} ${id} was changed${who} after you opened it (now version ${currentVersion}, you edited version ${yourVersion}). Nothing was saved; reload it and apply your change again.`,
    { conflict },
  );
}

/** A record chosen for a bulk change that changed since: who changed it last and when (from the audit trail). */
export interface StaleRecord {
  id: number;
  title: string;
  by: string | null;
  at: string | null;
}

/** Who changed each record last, and when: the conflicts of a bulk change, in one read. */
export async function staleRecords(
  tx: Tx,
  entity: AuditEntity,
  rows: readonly { id: number; title: string }[],
): Promise<StaleRecord[]> {
  if (rows.length === 0) return [];
  const last = await tx.$queryRaw<{ entityId: string; actorName: string; at: Date }[]>`
    SELECT DISTINCT ON ("entityId") "entityId", "actorName", at FROM "AuditEvent"
    WHERE "entityType" = ${entity}::"AuditEntity" AND "entityId" = ANY(${rows.map((row) => String(row.id))}::text[])
    ORDER BY "entityId", at DESC, id DESC`;
  const byId = new Map(last.map((event) => [Number(event.entityId), event]));
  return rows.map((row) => {
    const event = byId.get(row.id);
    return { id: row.id, title: row.title, by: event?.actorName ?? null, at: event?.at.toISOString() ?? null };
  });
}

/** The CONFLICT of a bulk change: how many of the chosen records changed since, the first few named with who. */
export function staleError(kind: string, stale: readonly StaleRecord[], currentVersion: number): DomainError {
  const named = stale
    .slice(0, 5)
    .map((row) => `"${row.title}"${row.by ? ` (by ${row.by} at ${row.at})` : ""}`)
    .join(", ");
  const first = stale[0];
  return new DomainError(
    "CONFLICT",
    `Chosen ${kind} changed after you chose them (${stale.length}): ${named}${stale.length > 5 ? ", …" : ""}. Nothing was saved; look at the preview again.`,
    { conflict: { by: first?.by ?? null, at: first?.at ?? null, currentVersion } },
  );
}
