// Sign-ins, failed sign-ins and sign-outs in the audit trail. better-auth writes the session itself, so these
// events are written right after (there is no record change they could be part of).
import type { Db } from "../../db/prisma";
import { SIGN_IN_LIMITS } from "../auth-limits/limits";

export interface AuthEvent {
  action: "SIGN_IN" | "SIGN_IN_FAILED" | "SIGN_OUT";
  /** The email as typed (failed sign-ins) or the account's email. */
  email: string;
  userId?: string;
  name?: string;
  /** For failed sign-ins: INVALID_CREDENTIALS, DEACTIVATED or LOCKED. */
  reason?: string;
  ip?: string | null;
  /** Failed sign-ins of this account from this address in the current window so far. */
  attempts?: number;
  /** How the person signed in (or tried to): password or single sign-on. */
  method?: "PASSWORD" | "SSO";
  /** Single sign-on: the role the groups brought, and the account's role before (null: the account is new). */
  role?: { before: string | null; after: string };
}

export async function recordAuthEvent(db: Db, event: AuthEvent): Promise<void> {
  const email = typedEmail(event.email);
  const user =
    event.userId || !email ? null : await db.user.findUnique({ where: { email }, select: { id: true, name: true } });
  const userId = event.userId ?? user?.id ?? null;
  await db.auditEvent.create({
    data: {
      actorId: userId,
      actorName: ((event.name ?? user?.name ?? email) || "?").slice(0, 200),
      actorEmail: email || null,
      action: event.action,
      entityType: "USER",
      entityId: userId ?? "-",
      entityLabel: email || null,
      changes: {
        ...(event.reason ? { reason: { before: null, after: event.reason } } : {}),
        ...(event.attempts ? { attempts: { before: null, after: event.attempts } } : {}),
        ...(event.method ? { method: { before: null, after: event.method } } : {}),
        ...(event.role && event.role.before !== event.role.after ? { role: event.role } : {}),
      },
      ipAddress: event.ip ?? null,
    },
  });
}

/** The longest e-mail address kept of what was typed at a failed sign-in (RFC 5321's limit). */
export const TYPED_EMAIL_MAX = 254;

/**
 * What was typed as the e-mail, made safe to keep: trimmed, lower case, control and invisible formatting characters
 * (line breaks, NUL, bidirectional overrides) removed, at most TYPED_EMAIL_MAX characters.
 */
export function typedEmail(value: unknown): string {
  if (typeof value !== "string") return "";
  return value
    .slice(0, 4 * TYPED_EMAIL_MAX)
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/gu, "")
    .trim()
    .toLowerCase()
    .slice(0, TYPED_EMAIL_MAX);
}

/**
 * A failed sign-in, recorded in bounded form: per account (as typed) and client address, the first failure of a
 * limit window and the one that starts the delay are written to the audit trail (with the count so far); the others
 * are only counted (AuthLimit), so that a flood of guesses cannot flood the audit trail.
 */
export async function recordFailedSignIn(
  db: Db,
  failure: { email: string; address: string | null; reason: "INVALID_CREDENTIALS" | "DEACTIVATED"; attempts: number },
): Promise<boolean> {
  if (failure.attempts !== 1 && failure.attempts !== SIGN_IN_LIMITS.failures) return false;
  await recordAuthEvent(db, {
    action: "SIGN_IN_FAILED",
    email: failure.email,
    reason: failure.attempts === 1 ? failure.reason : "DELAYED",
    ip: failure.address,
    attempts: failure.attempts,
  });
  return true;
}
