// Sign-in with better-auth: email and password, sessions in PostgreSQL, no self sign-up (admins create accounts
// through the audited account service). Single sign-on (OIDC/SAML, e.g. Keycloak in front of Active Directory)
// is added later as a better-auth plugin in `plugins` below; users, sessions and roles stay as they are.
import { APIError, betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "../db/errors";
import type { Db } from "../db/prisma";
import { recordAuthEvent, recordFailedSignIn, typedEmail } from "../services/audit/auth-events";
import { reserveSignIn, signInSucceeded } from "../services/auth-limits/limits";
import { clientAddress } from "./client-address";
import { rateLimitedLog } from "./log";
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

export interface AuthConfig {
  secret: string;
  /** The app's public address (e.g. https://partnerschaften.stadt-koeln.de); cookies are Secure under https. */
  baseURL: string;
  /** Further origins allowed to send requests (besides baseURL); see trustedOriginsFor. */
  trustedOrigins: (request?: Request) => string[];
  /** Reverse proxies whose X-Forwarded-For entries are trusted (addresses or CIDR ranges). */
  trustedProxies?: string[];
}

/** A deactivated account's sign-in gets the same answer as a wrong password (nobody learns which accounts exist). */
const INVALID_CREDENTIALS = { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" } as const;
const deactivatedRefusals = new WeakSet<object>();

export function createAuth(db: Db, config: AuthConfig) {
  // The reservation made before a sign-in's password check, for its after-hook (keyed by the request).
  const attempts = new WeakMap<object, { pairAttempts: number }>();
  const log = rateLimitedLog();
  const clientIp = (headers: Headers | undefined): string | null =>
    headers ? clientAddress(headers, config.trustedProxies ?? []) : null;
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
    // Sign-in is limited by our own rules in PostgreSQL (server/services/auth-limits/), shared by every app server;
    // better-auth's limiter keeps its general cap on the other open endpoints.
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 300,
      customRules: { "/sign-in/email": false },
    },
    logger: { level: "warn", log },
    // better-auth logs every refused request (a wrong password, a delayed attempt) through its default logger; here
    // through the same rate-limited one, so a flood of attempts cannot flood the log either.
    onAPIError: {
      onError: (error) => {
        const apiError = error instanceof APIError ? error : null;
        if (apiError && apiError.statusCode < 500) log("warn", apiError.message);
        else console.error("[auth] request failed:", error);
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
              const refusal = new APIError("UNAUTHORIZED", INVALID_CREDENTIALS);
              deactivatedRefusals.add(refusal);
              throw refusal;
            }
          },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (!OPEN_AUTH_PATHS.has(ctx.path)) throw new APIError("NOT_FOUND", { message: "Not found." });
        if (ctx.path === "/sign-in/email") {
          const attempt = { email: typedEmail(ctx.body?.email), address: clientIp(ctx.headers) };
          const reserved = await reserveSignIn(db, attempt).catch((error: unknown) => {
            if (!isDatabaseUnavailable(error)) throw error;
            throw new APIError("SERVICE_UNAVAILABLE", {
              code: "DATABASE_UNAVAILABLE",
              message: DATABASE_UNAVAILABLE_MESSAGE,
            });
          });
          if (!reserved.ok) {
            const { limited, retryAfterSeconds } = reserved.refusal;
            throw new APIError(
              "TOO_MANY_REQUESTS",
              limited === "address"
                ? {
                    code: "TOO_MANY_REQUESTS",
                    message: `Too many sign-ins from this address. Try again in ${retryAfterSeconds} seconds.`,
                  }
                : {
                    code: "TOO_MANY_FAILED_SIGN_INS",
                    message: `Too many failed sign-ins for this account. Try again in ${retryAfterSeconds} seconds.`,
                  },
              { "Retry-After": String(retryAfterSeconds) },
            );
          }
          attempts.set(ctx.request ?? ctx.body, reserved.reservation);
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
        const returned = ctx.context.returned;
        const attempt = { email: typedEmail(ctx.body?.email), address: clientIp(ctx.headers) };
        const reservation = attempts.get(ctx.request ?? ctx.body);
        if (returned instanceof APIError) {
          if (returned.statusCode === 429 || !reservation) return;
          const reason = deactivatedRefusals.has(returned) ? "DEACTIVATED" : "INVALID_CREDENTIALS";
          await recordFailedSignIn(db, { ...attempt, reason, attempts: reservation.pairAttempts });
          return;
        }
        const user = (returned as { user?: { id: string; name: string; email: string } } | undefined)?.user;
        if (user) {
          await signInSucceeded(db, attempt);
          await recordAuthEvent(db, {
            action: "SIGN_IN",
            email: user.email,
            userId: user.id,
            name: user.name,
            ip: attempt.address,
          });
        }
      }),
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
