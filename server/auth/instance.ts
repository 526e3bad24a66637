// The app's one better-auth instance and the current actor from a request's cookies.
import "server-only";
import { db } from "../db/client";
import { readEnv } from "../env";
import type { Actor } from "./actor";
import { type Auth, createAuth } from "./auth";
import { authConfigFromEnv } from "./config";
import type { HeaderReader } from "./cookies";
import { createSessionReader, forgettingSessions, type SessionReader } from "./session";

const globalForAuth = globalThis as unknown as {
  auth?: Auth;
  trusted?: (request?: Request) => string[];
  readSession?: SessionReader;
};

/** Created on first use (never during `next build`). */
export function auth(): Auth {
  if (!globalForAuth.auth) {
    const config = authConfigFromEnv(readEnv());
    globalForAuth.trusted = config.trustedOrigins;
    // Whatever better-auth answers may end a session: this server then checks the next request against the
    // database; other servers hear of it through the change feed (session.ts).
    globalForAuth.auth = forgettingSessions(createAuth(db(), config));
  }
  return globalForAuth.auth;
}

export function trustedOrigins(): (request?: Request) => string[] {
  auth();
  return globalForAuth.trusted as (request?: Request) => string[];
}

/** The signed-in, active user of a request, or null (see session.ts). */
export function actorFromHeaders(headers: HeaderReader): Promise<Actor | null> {
  globalForAuth.readSession ??= createSessionReader(auth(), db());
  return globalForAuth.readSession(headers);
}
