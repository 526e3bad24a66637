// Sign-ins, failed sign-ins and sign-outs in the audit trail. better-auth writes the session itself, so these
// events are written right after (there is no record change they could be part of).
import type { Db } from "../../db/prisma";

export interface AuthEvent {
  action: "SIGN_IN" | "SIGN_IN_FAILED" | "SIGN_OUT";
  /** The email as typed (failed sign-ins) or the account's email. */
  email: string;
  userId?: string;
  name?: string;
  /** For failed sign-ins: INVALID_CREDENTIALS, DEACTIVATED or LOCKED. */
  reason?: string;
  ip?: string | null;
}

export async function recordAuthEvent(db: Db, event: AuthEvent): Promise<void> {
  const email = event.email.slice(0, 320);
  const user =
    event.userId || !email ? null : await db.user.findUnique({ where: { email }, select: { id: true, name: true } });
  const userId = event.userId ?? user?.id ?? null;
  await db.auditEvent.create({
    data: {
      actorId: userId,
      actorName: (event.name ?? user?.name ?? email) || "?",
      actorEmail: email || null,
      action: event.action,
      entityType: "USER",
      entityId: userId ?? "-",
      entityLabel: email || null,
      changes: event.reason ? { reason: { before: null, after: event.reason } } : {},
      ipAddress: event.ip ?? null,
    },
  });
}

/**
 * Failed sign-ins for an email within the last `minutes` that were refused for a wrong password, counted from
 * the account's last successful sign-in.
 */
export async function recentFailedSignIns(db: Db, email: string, minutes: number): Promise<number> {
  const rows = await db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM "AuditEvent"
    WHERE action = 'SIGN_IN_FAILED' AND "entityLabel" = ${email}
      AND at > now() - make_interval(mins => ${minutes})
      AND changes -> 'reason' ->> 'after' = 'INVALID_CREDENTIALS'
      AND at > coalesce(
        (SELECT max(at) FROM "AuditEvent" WHERE action = 'SIGN_IN' AND "actorEmail" = ${email}), '-infinity')`;
  return Number(rows[0]?.count ?? 0);
}
