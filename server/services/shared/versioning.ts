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
};

/** The record kinds' names in the API's language (English), as the audit trail names them. */
const NAMES = messagesFor("en").admin.entities;

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
