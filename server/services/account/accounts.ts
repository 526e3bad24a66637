// Accounts: created, changed, deactivated and signed out by admins, each change audited in its own transaction.
// Passwords are hashed with better-auth's own hash (scrypt), so better-auth verifies them at sign-in.
import { randomUUID } from "node:crypto";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import { LOCKOUT } from "../../auth/password-policy";
import type { Role } from "../../auth/roles";
import type { Db, Tx } from "../../db/prisma";
import { invalidField, notFound } from "../../domain/errors";
import type {
  ZAccountCreateInput,
  ZAccountListInput,
  ZAccountSetActiveInput,
  ZAccountSetPasswordInput,
  ZAccountUpdateInput,
  ZOwnPasswordInput,
} from "../../schemas/account";
import { recordChange } from "../audit/record";
import { passwordCheckSucceeded, reservePasswordCheck } from "../auth-limits/limits";
import { textContains } from "../shared/search";
import { lockVersion } from "../shared/versioning";

export const CREDENTIAL_PROVIDER = "credential";

const accountSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

function snapshot(user: { name: string; email: string; role: Role; active: boolean }) {
  return { name: user.name, email: user.email, role: user.role, active: user.active };
}

export async function listAccounts(db: Db, input: z.output<typeof ZAccountListInput>) {
  const users = await db.user.findMany({
    where: {
      role: input.role,
      active: input.active,
      ...(input.q ? { OR: [{ name: textContains(input.q) }, { email: textContains(input.q) }] } : {}),
    },
    select: { ...accountSelect, _count: { select: { sessions: { where: { expiresAt: { gt: new Date() } } } } } },
    orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }],
  });
  const lastSignIns = await db.auditEvent.groupBy({
    by: ["actorId"],
    where: { action: "SIGN_IN", actorId: { in: users.map((user) => user.id) } },
    _max: { at: true },
  });
  const lastSignIn = new Map(lastSignIns.map((row) => [row.actorId, row._max.at]));
  return users.map(({ _count, ...user }) => ({
    ...user,
    activeSessions: _count.sessions,
    lastSignInAt: lastSignIn.get(user.id) ?? null,
  }));
}

export async function getAccount(db: Db, id: string) {
  const user = await db.user.findUnique({ where: { id }, select: accountSelect });
  if (!user) throw notFound("Account", id);
  return user;
}

async function assertEmailFree(tx: Tx, email: string, selfId?: string) {
  const other = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (other && other.id !== selfId) throw invalidField("email", "emailTaken");
}

/** Refuses a change that would leave no active admin (the admins' rows are locked while counting). */
async function assertAnotherAdminRemains(tx: Tx, userId: string, field: "role" | "active") {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
  if (!admins.some((admin) => admin.id !== userId)) throw invalidField(field, "lastAdmin");
}

export async function createAccount(db: Db, actor: Actor, input: z.output<typeof ZAccountCreateInput>) {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await assertEmailFree(tx, input.email);
    const id = randomUUID();
    const user = await tx.user.create({
      data: { id, name: input.name, email: input.email, role: input.role, emailVerified: true },
      select: accountSelect,
    });
    await tx.account.create({
      data: { id: randomUUID(), accountId: id, providerId: CREDENTIAL_PROVIDER, userId: id, password: passwordHash },
    });
    await recordChange(tx, actor, {
      action: "CREATE",
      entityType: "USER",
      entityId: id,
      entityLabel: input.email,
      after: snapshot(user),
    });
    return user;
  });
}

export async function updateAccount(db: Db, actor: Actor, input: z.output<typeof ZAccountUpdateInput>) {
  return db.$transaction(async (tx) => {
    await lockVersion(tx, "USER", input.id, input.version);
    const before = await tx.user.findUniqueOrThrow({ where: { id: input.id }, select: accountSelect });
    await assertEmailFree(tx, input.email, input.id);
    if (before.role === "ADMIN" && input.role !== "ADMIN" && before.active) {
      await assertAnotherAdminRemains(tx, input.id, "role");
    }
    const user = await tx.user.update({
      where: { id: input.id },
      data: { name: input.name, email: input.email, role: input.role, version: { increment: 1 } },
      select: accountSelect,
    });
    await recordChange(tx, actor, {
      action: "UPDATE",
      entityType: "USER",
      entityId: input.id,
      entityLabel: user.email,
      before: snapshot(before),
      after: snapshot(user),
    });
    return user;
  });
}

/** Deactivating ends the account's sessions at once; it can no longer sign in. Reactivating allows it again. */
export async function setAccountActive(db: Db, actor: Actor, input: z.output<typeof ZAccountSetActiveInput>) {
  if (input.id === actor.id && !input.active) throw invalidField("active", "notYourself");
  return db.$transaction(async (tx) => {
    await lockVersion(tx, "USER", input.id, input.version);
    const before = await tx.user.findUniqueOrThrow({ where: { id: input.id }, select: accountSelect });
    if (!input.active && before.role === "ADMIN" && before.active) {
      await assertAnotherAdminRemains(tx, input.id, "active");
    }
    const user = await tx.user.update({
      where: { id: input.id },
      data: { active: input.active, version: { increment: 1 } },
      select: accountSelect,
    });
    const ended = input.active ? 0 : (await tx.session.deleteMany({ where: { userId: input.id } })).count;
    await recordChange(tx, actor, {
      action: "UPDATE",
      entityType: "USER",
      entityId: input.id,
      entityLabel: user.email,
      changes: {
        active: { before: before.active, after: user.active },
        ...(ended ? { sessions: { before: ended, after: 0 } } : {}),
      },
    });
    return user;
  });
}

/** Signs the account out everywhere (every session is deleted). */
export async function endSessions(db: Db, actor: Actor, userId: string) {
  return db.$transaction(async (tx) => {
    await lockVersion(tx, "USER", userId);
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    const { count } = await tx.session.deleteMany({ where: { userId } });
    await recordChange(tx, actor, {
      action: "SESSIONS_ENDED",
      entityType: "USER",
      entityId: userId,
      entityLabel: user.email,
      changes: { sessions: { before: count, after: 0 } },
    });
    return { ended: count };
  });
}

async function writePassword(tx: Tx, userId: string, passwordHash: string) {
  const credential = await tx.account.findFirst({ where: { userId, providerId: CREDENTIAL_PROVIDER } });
  if (credential) {
    await tx.account.update({ where: { id: credential.id }, data: { password: passwordHash } });
  } else {
    await tx.account.create({
      data: { id: randomUUID(), accountId: userId, providerId: CREDENTIAL_PROVIDER, userId, password: passwordHash },
    });
  }
}

/** An admin sets a new password (e.g. a forgotten one); the account's sessions end. */
export async function setPassword(db: Db, actor: Actor, input: z.output<typeof ZAccountSetPasswordInput>) {
  const passwordHash = await hashPassword(input.password);
  const sessionsEnded = await replacePassword(db, actor, input.id, passwordHash);
  return { sessionsEnded };
}

/**
 * In one transaction: the account's new password hash, its sessions ended (but `keepSession`), one audit event.
 * Returns how many sessions ended.
 */
async function replacePassword(db: Db, actor: Actor, userId: string, passwordHash: string, keepSession?: string) {
  return db.$transaction(async (tx) => {
    await lockVersion(tx, "USER", userId);
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    await writePassword(tx, userId, passwordHash);
    const { count } = await tx.session.deleteMany({
      where: { userId, ...(keepSession ? { id: { not: keepSession } } : {}) },
    });
    await recordChange(tx, actor, {
      action: "PASSWORD_SET",
      entityType: "USER",
      entityId: userId,
      entityLabel: user.email,
      changes: { password: { before: "•••", after: "•••" }, sessions: { before: count, after: 0 } },
    });
    return count;
  });
}

/** Whether the account has a password (an account made by single sign-on has none: it signs in at the provider). */
export async function hasPassword(db: Db, userId: string): Promise<boolean> {
  const credential = await db.account.findFirst({
    where: { userId, providerId: CREDENTIAL_PROVIDER, password: { not: null } },
    select: { id: true },
  });
  return credential !== null;
}

/**
 * A user changes their own password; their other sessions end, the current one stays.
 *
 * A session left open must not be usable to guess its password: every check of the current password is counted in
 * PostgreSQL first (server/services/auth-limits/, shared by every app server); after LOCKOUT.failures within the
 * window the change is refused until the window has passed. A right password ends the count. No audit event for a
 * wrong one (the count is kept in AuthLimit).
 */
export async function changeOwnPassword(db: Db, actor: Actor, input: z.output<typeof ZOwnPasswordInput>) {
  if (!(await reservePasswordCheck(db, actor.id))) {
    throw invalidField("currentPassword", "tooManyAttempts", { minutes: LOCKOUT.windowMinutes });
  }
  const credential = await db.account.findFirst({
    where: { userId: actor.id, providerId: CREDENTIAL_PROVIDER },
    select: { password: true },
  });
  if (
    !credential?.password ||
    !(await verifyPassword({ hash: credential.password, password: input.currentPassword }))
  ) {
    throw invalidField("currentPassword", "wrongPassword");
  }
  await passwordCheckSucceeded(db, actor.id);
  if (input.currentPassword === input.newPassword) throw invalidField("newPassword", "samePassword");
  const passwordHash = await hashPassword(input.newPassword);
  const otherSessionsEnded = await replacePassword(db, actor, actor.id, passwordHash, actor.sessionId ?? undefined);
  return { otherSessionsEnded };
}
