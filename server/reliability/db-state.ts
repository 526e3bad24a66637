// What the reliability tests compare before and after a call: every table's row count and a checksum of all its
// rows (in one round trip), and the invariants the data must keep after any accepted change.
import { DERIVED_TABLES } from "../db/derived-tables";
import type { Db } from "../db/prisma";
import { canTransition } from "../domain/agreement-status";
import type { AgreementStatus } from "../domain/enums";

export type Fingerprint = Record<string, string>;

let fingerprintSql: string | null = null;

/**
 * Every table's row count and an order-independent checksum of its rows (the sum of a 64-bit hash of each row's
 * text): any insert, update or delete changes it. One query for all tables, so it can run around every call.
 * Not "AuthLimit": a password check is counted there on purpose before it is made, refused or not, so that
 * parallel guesses cannot pass the limit. Not the DERIVED_TABLES: the triggers keep them from the others (a change to
 * the records shows there), and the dashboard's first read of a day recounts its dated counters in them.
 */
export async function fingerprint(db: Db): Promise<Fingerprint> {
  if (!fingerprintSql) {
    const tables = await db.$queryRaw<{ name: string }[]>`
      SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'
        AND tablename NOT IN ('_prisma_migrations', 'AuthLimit')
      ORDER BY tablename`;
    const left = new Set<string>(DERIVED_TABLES);
    // Table names come from the catalogue, not from input.
    fingerprintSql = tables
      .filter(({ name }) => !left.has(name))
      .map(
        ({ name }) =>
          `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(sum(hashtextextended(t::text, 0)::numeric), 0)::text AS value FROM "${name}" t`,
      )
      .join(" UNION ALL ");
  }
  const rows = await db.$queryRawUnsafe<{ name: string; value: string }[]>(fingerprintSql);
  return Object.fromEntries(rows.map((row) => [row.name, row.value]));
}

/** The tables whose count or checksum differ, e.g. ["AuditEvent 120 → 121", "Agreement (rows changed)"]. */
export function fingerprintDiff(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  const diff: string[] = [];
  for (const name of [...names].sort()) {
    if (before[name] === after[name]) continue;
    const [countBefore] = (before[name] ?? "").split(":");
    const [countAfter] = (after[name] ?? "").split(":");
    diff.push(countBefore === countAfter ? `${name} (rows changed)` : `${name} ${countBefore} → ${countAfter}`);
  }
  return diff;
}

export function rowCount(print: Fingerprint, table: string): number {
  return Number((print[table] ?? "0").split(":")[0]);
}

export interface HistoryRow {
  agreementId: number;
  fromStatus: AgreementStatus | null;
  toStatus: AgreementStatus;
}

/**
 * Checks that an agreement's recorded history (ordered as given) is a path of allowed transitions that starts with
 * a first entry (from nothing) and leads to its current status. Returns what is wrong, or [].
 */
export function historyProblems(status: AgreementStatus, history: readonly HistoryRow[]): string[] {
  const problems: string[] = [];
  const first = history[0];
  if (!first) return [`no history, status ${status}`];
  if (first.fromStatus !== null) problems.push(`first entry comes from ${first.fromStatus}, not from nothing`);
  for (let i = 1; i < history.length; i++) {
    const previous = history[i - 1] as HistoryRow;
    const change = history[i] as HistoryRow;
    if (change.fromStatus !== previous.toStatus) {
      problems.push(`entry ${i + 1} comes from ${change.fromStatus}, but entry ${i} went to ${previous.toStatus}`);
    }
    if (!canTransition(previous.toStatus, change.toStatus)) {
      problems.push(`entry ${i + 1}: ${previous.toStatus} → ${change.toStatus} is not allowed`);
    }
  }
  const last = history[history.length - 1] as HistoryRow;
  if (last.toStatus !== status) problems.push(`history ends at ${last.toStatus}, but the status is ${status}`);
  return problems;
}

/**
 * The invariants every accepted change must keep, across all records. Returns the violations, or [].
 * - every agreement's history (StatusChange by effectiveOn, recordedAt, id) is a path of allowed transitions from
 *   its first entry to its current status, and its statusSince is the last entry's effectiveOn;
 * - date ranges are in order (valid from/until, activity start/end); a milestone has doneOn only when DONE;
 * - versions are positive; e-mail addresses of accounts are in lower case; text has no NUL;
 * - if there was an active admin before, there still is one (`hadActiveAdmin`).
 */
export async function invariantViolations(db: Db, hadActiveAdmin = false): Promise<string[]> {
  const violations: string[] = [];
  const agreements = await db.agreement.findMany({
    select: { id: true, status: true, statusSince: true, validFrom: true, validUntil: true, version: true },
  });
  const changes = await db.statusChange.findMany({
    select: { agreementId: true, fromStatus: true, toStatus: true, effectiveOn: true },
    orderBy: [{ agreementId: "asc" }, { effectiveOn: "asc" }, { recordedAt: "asc" }, { id: "asc" }],
  });
  const byAgreement = new Map<number, typeof changes>();
  for (const change of changes) {
    const list = byAgreement.get(change.agreementId) ?? [];
    list.push(change);
    byAgreement.set(change.agreementId, list);
  }
  for (const agreement of agreements) {
    const history = byAgreement.get(agreement.id) ?? [];
    for (const problem of historyProblems(agreement.status, history)) {
      violations.push(`agreement ${agreement.id}: ${problem}`);
    }
    const last = history[history.length - 1];
    if (last && agreement.statusSince?.getTime() !== last.effectiveOn.getTime()) {
      violations.push(
        `agreement ${agreement.id}: statusSince ${agreement.statusSince?.toISOString()} is not the last change's ${last.effectiveOn.toISOString()}`,
      );
    }
    if (agreement.validFrom && agreement.validUntil && agreement.validUntil < agreement.validFrom) {
      violations.push(`agreement ${agreement.id}: valid until before valid from`);
    }
    if (agreement.version < 1) violations.push(`agreement ${agreement.id}: version ${agreement.version}`);
  }

  const [counts] = await db.$queryRaw<
    {
      activities: bigint;
      milestones: bigint;
      versions: bigint;
      emails: bigint;
      controlChars: bigint;
      admins: bigint;
    }[]
  >`
    SELECT
      (SELECT count(*) FROM "Activity" WHERE "endOn" < "startOn") AS activities,
      (SELECT count(*) FROM "Milestone" WHERE "doneOn" IS NOT NULL AND status <> 'DONE') AS milestones,
      (SELECT count(*) FROM (
        SELECT version FROM "Partner" UNION ALL SELECT version FROM "Person" UNION ALL SELECT version FROM "Activity"
        UNION ALL SELECT version FROM "WorkingGroup" UNION ALL SELECT version FROM "Milestone"
        UNION ALL SELECT version FROM "User") v WHERE version < 1) AS versions,
      (SELECT count(*) FROM "User" WHERE email <> lower(email)) AS emails,
      (SELECT count(*) FROM "Agreement" WHERE position(chr(1) in title) > 0 OR position(chr(1) in coalesce(notes, '')) > 0) AS "controlChars",
      (SELECT count(*) FROM "User" WHERE role = 'ADMIN' AND active) AS admins`;
  if (counts) {
    if (counts.activities > 0n) violations.push(`${counts.activities} activities end before they start`);
    if (counts.milestones > 0n) violations.push(`${counts.milestones} milestones have doneOn but are not DONE`);
    if (counts.versions > 0n) violations.push(`${counts.versions} records have a version below 1`);
    if (counts.emails > 0n) violations.push(`${counts.emails} account e-mail addresses are not in lower case`);
    if (counts.controlChars > 0n)
      violations.push(`${counts.controlChars} agreements have control characters in title or notes`);
    if (hadActiveAdmin && counts.admins === 0n) violations.push("no active admin is left");
  }
  return violations;
}

export async function hasActiveAdmin(db: Db): Promise<boolean> {
  return (await db.user.count({ where: { role: "ADMIN", active: true } })) > 0;
}

/** The number of audit events of one kind for one record (or all records when `entityId` is left out). */
export async function auditCount(db: Db, action: "STATUS_CHANGE", entityId?: number): Promise<number> {
  return db.auditEvent.count({
    where: { action, entityType: "AGREEMENT", ...(entityId === undefined ? {} : { entityId: String(entityId) }) },
  });
}

/** Fails with `message` and the violations if there are any. */
export function assertNone(violations: string[], message: string): void {
  if (violations.length) throw new Error(`${message}:\n  ${violations.slice(0, 20).join("\n  ")}`);
}
