// Who is asking: the signed-in, active user behind a request's session cookie, on every request. It does what
// better-auth's getSession does for this app's configuration (no cookie cache, sessions never extended), with
// better-auth's own cookie name and secret, at a third of its CPU time: docs/PERFORMANCE.md. Signing in and out stay
// with better-auth.
//
// A session once read is kept in memory (issue 20: the lookup was most of a small API call), exactly as long as it
// is what the database holds:
// - an expired one is refused by its time, kept or not;
// - whatever ends or changes a session or an account on this server forgets every kept session before it answers:
//   every better-auth request (sign-out, password change: instance.ts) and every tRPC change (server/trpc/init.ts);
// - a session or account changed anywhere (another app server, a script, SQL by hand) is told by PostgreSQL at commit
//   (triggers of migration session_notify, through the change feed), and forgotten within the feed's delay;
// - while the change feed is not connected nothing is kept (a change elsewhere could not be heard), and a gap in
//   the feed forgets everything.
import { createHmac, timingSafeEqual } from "node:crypto";
import { heardFrom } from "../db/change-feed";
import type { Db } from "../db/prisma";
import type { Actor } from "./actor";
import type { Auth } from "./auth";
import { cookieValue, type HeaderReader } from "./cookies";

/** The token of a signed cookie value `token.signature` if the signature is the secret's HMAC-SHA256 of the token. */
export function verifiedToken(signed: string, secret: string): string | null {
  const dot = signed.lastIndexOf(".");
  if (dot < 1) return null;
  const token = signed.slice(0, dot);
  const signature = signed.slice(dot + 1);
  // better-call's format: standard base64 of the 32-byte MAC, 44 characters with padding.
  if (signature.length !== 44 || !signature.endsWith("=")) return null;
  const expected = createHmac("sha256", secret).update(token).digest();
  const given = Buffer.from(signature, "base64");
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}

export type SessionReader = (headers: HeaderReader) => Promise<Actor | null>;

interface KeptSession {
  actor: Actor;
  expiresAt: number;
  generation: number;
}

/** How many checked sessions a reader keeps (an app with 1,000 staff keeps them all). */
const MAX_KEPT_SESSIONS = 5_000;

/**
 * On globalThis, one per process: the production server's bundle and Next.js's each load this module, and a change
 * through either must reach the sessions both keep.
 */
const shared = globalThis as unknown as { keptSessions?: { generation: number; listening: WeakSet<Db> } };
shared.keptSessions ??= { generation: 0, listening: new WeakSet() };
const keptState = shared.keptSessions;

/**
 * Forgets every session this process keeps: called before and after anything on this server that may end or change
 * a session or an account, so that its next request reads the database.
 */
export function forgetSessions(): void {
  keptState.generation++;
}

/**
 * `auth` whose request handler forgets the kept sessions before and after each request: whatever better-auth
 * answers (sign-out, a password change that ends the other sessions, a single sign-on that takes the role away) may
 * end a session, and the client's next request must be checked against the database.
 */
export function forgettingSessions(auth: Auth): Auth {
  const handler = auth.handler;
  auth.handler = async (request) => {
    forgetSessions();
    try {
      return await handler(request);
    } finally {
      forgetSessions();
    }
  };
  return auth;
}

/** Whether sessions may be kept for `db`: its change feed is up (subscribed to once per database client). */
function mayKeep(db: Db): boolean {
  return heardFrom(db, keptState.listening, (feed) => feed.subscribeSessions(forgetSessions));
}

export function createSessionReader(auth: Auth, db: Db): SessionReader {
  let settings: Promise<{ name: string; secret: string }> | undefined;
  const cookieSettings = () => {
    settings ??= auth.$context.then(
      (context) => ({ name: context.authCookies.sessionToken.name, secret: context.secret }),
      (error: unknown) => {
        settings = undefined; // asked again with the next request
        throw error;
      },
    );
    return settings;
  };
  const kept = new Map<string, KeptSession>();
  return async (headers) => {
    const { name, secret } = await cookieSettings();
    const signed = cookieValue(headers.get("cookie"), name);
    if (!signed) return null;
    // Kept by the signed value: a value kept was verified before (the secret does not change while the process runs).
    const keeping = mayKeep(db);
    const known = keeping ? kept.get(signed) : undefined;
    if (known && known.generation === keptState.generation) {
      if (known.expiresAt > Date.now()) return known.actor;
      kept.delete(signed);
      return null;
    }
    const token = verifiedToken(signed, secret);
    if (!token) return null;
    // Taken before reading: a session ended while it is read is not kept (the change bumps the generation).
    const generation = keptState.generation;
    // findUnique: Prisma sends the lookups of concurrent requests as one statement.
    const session = await db.session.findUnique({
      where: { token },
      select: {
        id: true,
        expiresAt: true,
        user: { select: { id: true, name: true, email: true, role: true, active: true } },
      },
      relationLoadStrategy: "join",
    });
    if (!session || session.expiresAt.getTime() <= Date.now()) return null;
    const { user } = session;
    if (!user.active) return null;
    const actor: Actor = { id: user.id, name: user.name, email: user.email, role: user.role, sessionId: session.id };
    if (keeping && generation === keptState.generation) {
      // Handed to every request of the session: nobody may change it.
      Object.freeze(actor);
      kept.delete(signed);
      kept.set(signed, { actor, expiresAt: session.expiresAt.getTime(), generation });
      // The oldest first out (a Map keeps insertion order).
      if (kept.size > MAX_KEPT_SESSIONS) kept.delete(kept.keys().next().value as string);
    }
    return actor;
  };
}
