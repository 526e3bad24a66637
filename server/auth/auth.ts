// Sign-in with better-auth: email and password, sessions in PostgreSQL, no self sign-up (admins create accounts
// through the audited account service). Single sign-on (OIDC/SAML, e.g. Keycloak in front of Active Directory)
// is added later as a better-auth plugin in `plugins` below; users, sessions and roles stay as they are.
import { APIError, betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import type { Db } from "../db/prisma";
import { recentFailedSignIns, recordAuthEvent } from "../services/audit/auth-events";
import { LOCKOUT, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-policy";

/** A working day: a session ends this long after sign-in and is not extended by activity. */
export const SESSION_SECONDS = 10 * 60 * 60;
export { LOCKOUT };

/**
 * The only better-auth endpoints the app offers. Everything else better-auth has (update-user, change-password,
 * verify-password, list/revoke sessions, …) would change accounts outside our audited services or help guessing,
 * so it answers 404; accounts and passwords are changed through the account procedures.
 */
export const OPEN_AUTH_PATHS = new Set(["/sign-in/email", "/sign-out", "/get-session", "/ok", "/error"]);

/**
 * Sign-in attempts per e-mail that are checking their password right now. They count towards the lockout as if
 * they had failed, so a burst of parallel guesses cannot slip past the count of recorded failures (one app
 * process; several processes behind a load balancer would each allow their own burst).
 */
const attemptsInFlight = new Map<string, number[]>();

/** Registers an attempt and returns how many others were in flight (an attempt older than a minute has ended). */
function beginAttempt(email: string): number {
  const now = Date.now();
  const running = (attemptsInFlight.get(email) ?? []).filter((started) => now - started < 60_000);
  attemptsInFlight.set(email, [...running, now]);
  return running.length;
}

function endAttempt(email: string): void {
  const running = attemptsInFlight.get(email) ?? [];
  running.shift();
  if (running.length) attemptsInFlight.set(email, running);
  else attemptsInFlight.delete(email);
}

export interface AuthConfig {
  secret: string;
  /** The app's public address (e.g. https://partnerschaften.stadt-koeln.de); cookies are Secure under https. */
  baseURL: string;
  /** Further origins allowed to send requests (besides baseURL); see trustedOriginsFor. */
  trustedOrigins: (request?: Request) => string[];
  /** Reverse proxies whose X-Forwarded-For entries are trusted (addresses or CIDR ranges). */
  trustedProxies?: string[];
  /** Attempts per minute and client address on the sign-in endpoint. */
  signInAttemptsPerMinute?: number;
}

export function createAuth(db: Db, config: AuthConfig) {
  return betterAuth({
    appName: "Partnerschaften Köln",
    secret: config.secret,
    baseURL: config.baseURL,
    trustedOrigins: (request) => config.trustedOrigins(request),
    database: prismaAdapter(db, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    user: {
      additionalFields: {
        role: { type: "string", input: false, required: false },
        active: { type: "boolean", input: false, required: false },
      },
      changeEmail: { enabled: false },
      deleteUser: { enabled: false },
    },
    session: {
      expiresIn: SESSION_SECONDS,
      updateAge: SESSION_SECONDS,
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 300,
      customRules: {
        "/sign-in/email": { window: 60, max: config.signInAttemptsPerMinute ?? 10 },
      },
    },
    advanced: {
      // better-auth's own session reads (get-session, sign-out) take the session with its user in one statement
      // instead of two. The app's check on every request is session.ts.
      database: { joins: true },
      cookiePrefix: "partnerschaften",
      ipAddress: config.trustedProxies?.length ? { trustedProxies: config.trustedProxies } : undefined,
      useSecureCookies: config.baseURL.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // Always check the Origin of requests that change something (sign-in, sign-out). better-auth turns the
      // check off by default when NODE_ENV is "test" or TEST is set, which must never decide this.
      disableOriginCheck: false,
      disableCSRFCheck: false,
    },
    databaseHooks: {
      session: {
        create: {
          // A deactivated account gets no session, whatever the password.
          before: async (session) => {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { active: true } });
            if (!user?.active) {
              throw new APIError("FORBIDDEN", { code: "ACCOUNT_DEACTIVATED", message: "This account is deactivated." });
            }
          },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (!OPEN_AUTH_PATHS.has(ctx.path)) throw new APIError("NOT_FOUND", { message: "Not found." });
        if (ctx.path === "/sign-in/email") {
          const email = typeof ctx.body?.email === "string" ? ctx.body.email.trim().toLowerCase() : "";
          // Registered before the count is read, so that parallel attempts see each other.
          const inFlight = email ? beginAttempt(email) : 0;
          if (email && (await recentFailedSignIns(db, email, LOCKOUT.windowMinutes)) + inFlight >= LOCKOUT.failures) {
            endAttempt(email);
            await recordAuthEvent(db, { action: "SIGN_IN_FAILED", email, reason: "LOCKED", ip: clientIp(ctx.headers) });
            throw new APIError("TOO_MANY_REQUESTS", {
              code: "TOO_MANY_FAILED_SIGN_INS",
              message: `Too many failed sign-ins for this account. Try again in ${LOCKOUT.windowMinutes} minutes.`,
            });
          }
        }
        if (ctx.path === "/sign-out") {
          const current = await getSessionFromCtx(ctx).catch(() => null);
          if (current) {
            await recordAuthEvent(db, {
              action: "SIGN_OUT",
              email: current.user.email,
              userId: current.user.id,
              name: current.user.name,
              ip: clientIp(ctx.headers),
            });
          }
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const email = typeof ctx.body?.email === "string" ? ctx.body.email.trim().toLowerCase() : "";
        if (email) endAttempt(email);
        const returned = ctx.context.returned;
        const ip = clientIp(ctx.headers);
        if (returned instanceof APIError) {
          const reason = returned.body?.code === "ACCOUNT_DEACTIVATED" ? "DEACTIVATED" : "INVALID_CREDENTIALS";
          if (returned.statusCode !== 429) await recordAuthEvent(db, { action: "SIGN_IN_FAILED", email, reason, ip });
          return;
        }
        const user = (returned as { user?: { id: string; name: string; email: string } } | undefined)?.user;
        if (user)
          await recordAuthEvent(db, { action: "SIGN_IN", email: user.email, userId: user.id, name: user.name, ip });
      }),
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

function clientIp(headers: Headers | undefined): string | null {
  const forwarded = headers?.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded ? forwarded.slice(0, 100) : null;
}
