// Sign-in with better-auth: email and password (can be switched off), and single sign-on with the city's identity
// provider over OpenID Connect (server/auth/sso.ts). Sessions in PostgreSQL, no self sign-up with a password (admins
// create accounts through the audited account service); a single sign-on creates the account with the role its
// groups map to, and updates that role at every sign-in.
import { APIError, betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "../db/errors";
import type { Db } from "../db/prisma";
import { recordAuthEvent, recordFailedSignIn, typedEmail } from "../services/audit/auth-events";
import {
  countAnonymousSsoRefusal,
  reserveSignIn,
  SIGN_IN_LIMITS,
  signInSucceeded,
} from "../services/auth-limits/limits";
import { clientAddress } from "./client-address";
import { rateLimitedLog } from "./log";
import { LOCKOUT, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-policy";
import type { Role } from "./roles";
import {
  groupsOf,
  roleForGroups,
  SSO_PROVIDER_ID,
  SSO_REFUSALS,
  type SsoConfig,
  ssoFailureReason,
  ssoPlugin,
} from "./sso";

/** A working day: a session ends this long after sign-in and is not extended by activity. */
export const SESSION_SECONDS = 10 * 60 * 60;
export { LOCKOUT };

/**
 * The only better-auth endpoints the app offers. Everything else better-auth has (update-user, change-password,
 * verify-password, list/revoke sessions, …) would change accounts outside our audited services or help guessing,
 * so it answers 404; accounts and passwords are changed through the account procedures.
 */
export const OPEN_AUTH_PATHS = new Set(["/sign-in/email", "/sign-out", "/get-session", "/ok", "/error"]);
/** With single sign-on: starting it (returns the provider's address) and the provider's redirect back. */
export const SSO_AUTH_PATHS = new Set(["/sign-in/social", "/callback/:id"]);

export interface AuthConfig {
  secret: string;
  /** The app's public address (e.g. https://partnerschaften.stadt-koeln.de); cookies are Secure under https. */
  baseURL: string;
  /** Further origins allowed to send requests (besides baseURL); see trustedOriginsFor. */
  trustedOrigins: (request?: Request) => string[];
  /** Reverse proxies whose X-Forwarded-For entries are trusted (addresses or CIDR ranges). */
  trustedProxies?: string[];
  /** Single sign-on with the city's identity provider; unset: none. */
  sso?: SsoConfig;
  /** false: the password endpoint refuses (single sign-on only). Default true. */
  passwordSignIn?: boolean;
}

/** A deactivated account's sign-in gets the same answer as a wrong password (nobody learns which accounts exist). */
const INVALID_CREDENTIALS = { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" } as const;
const deactivatedRefusals = new WeakSet<object>();

/** What one single sign-on callback learnt about the person, for its database hooks and its audit event. */
interface SsoAttempt {
  email?: string;
  name?: string;
  /** The existing account's id and role (absent at the first sign-in). */
  userId?: string;
  roleBefore?: Role;
  /** The role the groups map to (null: none). */
  role?: Role | null;
}

export function createAuth(db: Db, config: AuthConfig) {
  // The reservation made before a sign-in's password check, for its after-hook (keyed by the request).
  const attempts = new WeakMap<object, { pairAttempts: number }>();
  const log = rateLimitedLog();
  const clientIp = (headers: Headers | undefined): string | null =>
    headers ? clientAddress(headers, config.trustedProxies ?? []) : null;
  const { sso } = config;
  const passwordSignIn = config.passwordSignIn ?? true;
  // Per callback request (the same Request object reaches every hook of one request).
  const ssoAttempts = new WeakMap<object, SsoAttempt>();
  const ssoAttempt = (request: Request | undefined): SsoAttempt | undefined => {
    if (!request) return undefined;
    let attempt = ssoAttempts.get(request);
    if (!attempt) {
      attempt = {};
      ssoAttempts.set(request, attempt);
    }
    return attempt;
  };
  /**
   * One audit event per single sign-on callback: SIGN_IN (with the role it brought, and the role before when it
   * changed) or SIGN_IN_FAILED with the reason (the person's e-mail when the provider had told it); refusals before
   * the provider named anyone in bounded form per address (below).
   */
  async function auditSsoCallback(ctx: {
    request?: Request;
    headers?: Headers;
    context: { returned?: unknown; newSession: { user: { id: string; email: string; name: string } } | null };
  }) {
    const attempt = (ctx.request && ssoAttempts.get(ctx.request)) || {};
    const address = clientIp(ctx.headers);
    const signedIn = ctx.context.newSession?.user;
    if (signedIn) {
      await signInSucceeded(db, { email: typedEmail(signedIn.email), address });
      await recordAuthEvent(db, {
        action: "SIGN_IN",
        email: signedIn.email,
        userId: signedIn.id,
        name: signedIn.name,
        ip: address,
        method: "SSO",
        role: attempt.role ? { before: attempt.roleBefore ?? null, after: attempt.role } : undefined,
      });
      return;
    }
    const returned = ctx.context.returned;
    // better-call's redirect: an error with status 302 whose headers carry the Location.
    const headers = (returned as { headers?: HeadersInit } | undefined)?.headers;
    const location = headers ? new Headers(headers).get("location") : null;
    let code: string | null = null;
    try {
      code = location ? new URL(location, "http://app.invalid").searchParams.get("error") : null;
    } catch {}
    const reason = ssoFailureReason(code);
    // Taken out of every group: the sessions the account still has end now, not at their expiry.
    if (reason === "SSO_NO_ROLE" && attempt.userId) {
      await db.session.deleteMany({ where: { userId: attempt.userId } });
    }
    // Refused before the provider named anyone (state, code, ID token): anybody can send such callbacks, so they
    // are audited in bounded form per address, like failed passwords (the first of a window, and the one that
    // reaches the failure limit, with the count); the rest only in the rate-limited log.
    let attempts: number | undefined;
    if (!attempt.email) {
      attempts = await countAnonymousSsoRefusal(db, address);
      if (attempts !== 1 && attempts !== SIGN_IN_LIMITS.failures) {
        log("warn", `single sign-on refused (${reason}), ${attempts} from this address in the window`);
        return;
      }
    }
    await recordAuthEvent(db, {
      action: "SIGN_IN_FAILED",
      email: attempt.email ?? "",
      userId: attempt.userId,
      name: attempt.name,
      reason,
      ip: address,
      method: "SSO",
      attempts: attempts && attempts > 1 ? attempts : undefined,
    });
  }

  const auth = betterAuth({
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
    plugins: sso ? [ssoPlugin(sso)] : [],
    account: {
      // A single sign-on whose e-mail matches an account made by an admin signs in to that account (the city's
      // identity provider is the authority on its staff's addresses); nothing else links accounts.
      accountLinking: { enabled: true, trustedProviders: [SSO_PROVIDER_ID], requireLocalEmailVerified: false },
    },
    user: {
      // Single sign-on decides here, with the provider's verified claims, before any account is made or signed in:
      // a deactivated account is refused, and so is anyone whose groups map to no role.
      validateUserInfo: async ({ user, source }, ctx) => {
        if (!sso || source.method !== "oauth" || source.oauth?.providerId !== SSO_PROVIDER_ID) return;
        const attempt = ssoAttempt(ctx.request);
        if (!attempt) return { error: "sso_no_request" };
        attempt.email = typedEmail(user.email);
        attempt.name = typeof user.name === "string" ? user.name : undefined;
        if (source.action !== "create-user" && typeof user.id === "string") {
          const existing = await db.user.findUnique({ where: { id: user.id }, select: { active: true, role: true } });
          if (existing) {
            attempt.userId = user.id;
            attempt.roleBefore = existing.role;
            if (!existing.active) return { error: SSO_REFUSALS.deactivated };
          }
        }
        attempt.role = roleForGroups(groupsOf(source.oauth.profile, sso.groupsClaim), sso.roleMap);
        if (!attempt.role) return { error: SSO_REFUSALS.noRole };
      },
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
      // Starting a single sign-on stores its state (a row per start): 30 a minute per address, more than an office
      // behind one address needs at nine in the morning (better-auth's default for /sign-in/* is 3 in 10 seconds).
      customRules: { "/sign-in/email": false, "/sign-in/social": { window: 60, max: 30 } },
    },
    logger: { level: "warn", log },
    // better-auth logs every refused request (a wrong password, a delayed attempt) through its default logger; here
    // through the same rate-limited one, so a flood of attempts cannot flood the log either.
    onAPIError: {
      // Where a refused single sign-on lands when its own error address is not known (a state that matches no
      // sign-in started here): the sign-in page, which explains the `error` it is given.
      errorURL: "/sign-in",
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
      user: {
        create: {
          // An account made by single sign-on gets the role its groups map to (validateUserInfo refused it if none).
          before: async (user, ctx) => {
            const role = ctx ? ssoAttempts.get(ctx.request ?? {})?.role : undefined;
            return role ? { data: { ...user, role } } : undefined;
          },
        },
      },
      session: {
        create: {
          // A deactivated account gets no session, whatever the password.
          before: async (session, ctx) => {
            const user = await db.user.findUnique({
              where: { id: session.userId },
              select: { active: true, role: true },
            });
            if (!user?.active) {
              const refusal = new APIError("UNAUTHORIZED", INVALID_CREDENTIALS);
              deactivatedRefusals.add(refusal);
              throw refusal;
            }
            // A single sign-on brings the role its groups map to now: a person taken out of a group loses its role
            // with this sign-in. (Recorded with the sign-in's audit event.)
            const attempt = ctx ? ssoAttempts.get(ctx.request ?? {}) : undefined;
            if (attempt?.role && attempt.role !== user.role) {
              await db.user.update({
                where: { id: session.userId },
                data: { role: attempt.role, version: { increment: 1 } },
              });
            }
          },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (!OPEN_AUTH_PATHS.has(ctx.path) && !(sso && SSO_AUTH_PATHS.has(ctx.path))) {
          throw new APIError("NOT_FOUND", { message: "Not found." });
        }
        if (ctx.path === "/sign-in/email" && !passwordSignIn) {
          throw new APIError("FORBIDDEN", {
            code: "PASSWORD_SIGN_IN_DISABLED",
            message: "Password sign-in is switched off; sign in with the city account.",
          });
        }
        if (ctx.path === "/sign-in/social") {
          // Only the redirect flow with our provider: no ID token handed in by the client (it would skip the code
          // flow, its state and its nonce), no scopes or parameters of the client's choosing.
          const body = (ctx.body ?? {}) as Record<string, unknown>;
          const allowed = new Set(["provider", "callbackURL", "errorCallbackURL", "disableRedirect"]);
          if (body.provider !== SSO_PROVIDER_ID || Object.keys(body).some((key) => !allowed.has(key))) {
            throw new APIError("BAD_REQUEST", { code: "SSO_REQUEST_INVALID", message: "Invalid sign-in request." });
          }
        }
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
        if (ctx.path === "/callback/:id") {
          await auditSsoCallback(ctx);
          return;
        }
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

  return auth;
}

export type Auth = ReturnType<typeof createAuth>;
