// The app's one better-auth instance and the current actor from a request's cookies.
import "server-only";
import { db } from "../db/client";
import { readEnv } from "../env";
import type { Actor } from "./actor";
import { type Auth, createAuth } from "./auth";
import { authConfigFromEnv } from "./config";
import type { Role } from "./roles";

const globalForAuth = globalThis as unknown as { auth?: Auth; trusted?: (request?: Request) => string[] };

/** Created on first use (never during `next build`). */
export function auth(): Auth {
  if (!globalForAuth.auth) {
    const config = authConfigFromEnv(readEnv());
    globalForAuth.trusted = config.trustedOrigins;
    globalForAuth.auth = createAuth(db(), config);
  }
  return globalForAuth.auth;
}

export function trustedOrigins(): (request?: Request) => string[] {
  auth();
  return globalForAuth.trusted as (request?: Request) => string[];
}

/** The signed-in, active user of a request, or null. */
export async function actorFromHeaders(headers: Headers): Promise<Actor | null> {
  const session = await auth().api.getSession({ headers });
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: Role; active?: boolean };
  if (!user.active || !user.role) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionId: session.session.id };
}
