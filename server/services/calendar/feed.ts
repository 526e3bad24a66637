// A user's personal calendar feed: a secret URL (/api/calendar/<token>) that Outlook or Thunderbird subscribe to.
// Only the token's SHA-256 is stored, so a copy of the database reveals no working URL; the token is shown once,
// when it is made. Revoking deletes the row, so the URL answers 404 at once; re-creating makes a new token.
import { createHash, randomBytes } from "node:crypto";
import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/prisma";
import { DomainError, notFound } from "../../domain/errors";
import { recordOwnAccountChange } from "../audit/record";

/** 32 random bytes, URL-safe: 43 characters. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function requireAccount(actor: Actor): string {
  if (!actor.id) throw new DomainError("FORBIDDEN", "A calendar feed belongs to a signed-in account.");
  return actor.id;
}

/** Whether the actor has a feed, and since when (the URL itself cannot be shown again). */
export async function calendarFeedOf(db: Db, actor: Actor) {
  const userId = requireAccount(actor);
  return db.calendarFeed.findUnique({ where: { userId }, select: { createdAt: true } });
}

/** Makes a new feed URL token (replacing any earlier one, which stops working at once) and returns it, once. */
export async function createCalendarFeed(db: Db, actor: Actor): Promise<{ token: string; createdAt: Date }> {
  const userId = requireAccount(actor);
  const token = randomBytes(32).toString("base64url");
  return db.$transaction(async (tx) => {
    const before = await tx.calendarFeed.findUnique({ where: { userId }, select: { createdAt: true } });
    const saved = await tx.calendarFeed.upsert({
      where: { userId },
      create: { userId, tokenHash: hashToken(token) },
      update: { tokenHash: hashToken(token), createdAt: new Date() },
      select: { createdAt: true },
    });
    await recordOwnAccountChange(tx, actor, userId, {
      changes: { calendarFeed: { before: before ? "active" : null, after: "active (new address)" } },
    });
    return { token, createdAt: saved.createdAt };
  });
}

export async function revokeCalendarFeed(db: Db, actor: Actor): Promise<{ revoked: boolean }> {
  const userId = requireAccount(actor);
  return db.$transaction(async (tx) => {
    const { count } = await tx.calendarFeed.deleteMany({ where: { userId } });
    // Nothing to revoke is an error, not a silent success: every accepted change leaves its audit event.
    if (!count) throw notFound("Calendar feed of user", userId);
    await recordOwnAccountChange(tx, actor, userId, {
      changes: { calendarFeed: { before: "active", after: null } },
    });
    return { revoked: true };
  });
}

/** The active account a feed token belongs to, or null (unknown, malformed, revoked, or the account deactivated). */
export async function accountOfFeedToken(db: Db, token: string) {
  if (!TOKEN.test(token)) return null;
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { user: { select: { id: true, name: true, role: true, active: true } } },
  });
  return feed?.user.active ? feed.user : null;
}
