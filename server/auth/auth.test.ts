// Sign-in with better-auth against a real PostgreSQL: cookies, session expiry, the audit of sign-ins, no sign-up,
// deactivated accounts, ended sessions, the lockout per email, the rate limit per address and the Origin checks —
// and the trusted-origin rules of server/auth/config.ts.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "../db/prisma";
import { createPrismaClient } from "../db/prisma";
import { readEnv } from "../env";
import {
  changeOwnPassword,
  createAccount,
  endSessions,
  setAccountActive,
  setPassword,
} from "../services/account/accounts";
import { SIGN_IN_LIMITS } from "../services/auth-limits/limits";
import { TEST_ACTORS } from "../test/caller";
import { createTestDatabase } from "../test/database";
import { systemActor } from "./actor";
import { type Auth, createAuth, LOCKOUT, SESSION_SECONDS } from "./auth";
import { clientAddress } from "./client-address";
import { isTrustedOrigin, trustedOriginsFor } from "./config";
import type { Role } from "./roles";

const BASE = "http://localhost:3000";
const SECRET = "x".repeat(40);
const PASSWORD = "Richtiges-Passwort-1";
const COOKIE = "partnerschaften.session_token";

let db: Db;
let url: string;
let auth: Auth;

beforeAll(async () => {
  ({ db, url } = await createTestDatabase("seeded"));
  auth = createAuth(db, { secret: SECRET, baseURL: BASE, trustedOrigins: () => [BASE] });
});

/** A fresh client address, so that each test has its own bucket of better-auth's per-address rate limit. */
let lastAddress = 0;
function freshIp(): string {
  lastAddress += 1;
  return `10.0.${Math.floor(lastAddress / 250)}.${(lastAddress % 250) + 1}`;
}

async function newAccount(role: Role = "EDITOR", password = PASSWORD) {
  const tag = randomUUID().slice(0, 8);
  return createAccount(db, TEST_ACTORS.ADMIN, {
    name: `Konto ${tag}`,
    email: `konto-${tag}@stadt-koeln.example`,
    role,
    password,
  });
}

interface SignInOptions {
  /** The client address (X-Forwarded-For); null sends none. Default: a fresh one. */
  ip?: string | null;
  origin?: string | null;
  instance?: Auth;
  base?: string;
}

async function signIn(email: string, password: string, options: SignInOptions = {}) {
  const base = options.base ?? BASE;
  const origin = options.origin === undefined ? base : options.origin;
  const headers: Record<string, string> = { "content-type": "application/json" };
  const ip = options.ip === undefined ? freshIp() : options.ip;
  if (ip !== null) headers["x-forwarded-for"] = ip;
  if (origin) headers.origin = origin;
  const response = await (options.instance ?? auth).handler(
    new Request(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers,
      body: JSON.stringify({ email, password }),
    }),
  );
  const body = (await response.json().catch(() => null)) as { code?: string; message?: string } | null;
  return { response, body, setCookie: response.headers.getSetCookie() };
}

/** The `name=value` of the session cookie in Set-Cookie headers (for a Cookie header). */
function sessionCookie(setCookie: string[], name = COOKIE): string {
  const header = setCookie.find((line) => line.startsWith(`${name}=`));
  if (!header) throw new Error(`no ${name} cookie in ${JSON.stringify(setCookie)}`);
  return header.split(";")[0] as string;
}

async function sessionOf(cookie: string, instance: Auth = auth) {
  return instance.api.getSession({ headers: new Headers({ cookie }) });
}

function authEvents(email: string) {
  return db.auditEvent.findMany({
    where: { entityType: "USER", entityLabel: email, action: { in: ["SIGN_IN", "SIGN_IN_FAILED", "SIGN_OUT"] } },
    orderBy: { id: "asc" },
  });
}

describe("sign-in with email and password", () => {
  it("answers the right password with 200 and an HttpOnly, SameSite=Lax session cookie (not Secure under http)", async () => {
    const user = await newAccount("EDITOR");
    const before = Date.now();
    const { response, setCookie } = await signIn(user.email, PASSWORD, { ip: "192.0.2.10" });
    expect(response.status).toBe(200);

    const header = setCookie.find((line) => line.startsWith(`${COOKIE}=`)) as string;
    expect(header).toBeDefined();
    const attributes = header.split(";").map((part) => part.trim().toLowerCase());
    expect(attributes).toContain("httponly");
    expect(attributes).toContain("samesite=lax");
    expect(attributes).not.toContain("secure");
    expect(attributes).toContain("path=/");
    expect(attributes).toContain(`max-age=${SESSION_SECONDS}`);

    // The session lasts a working day (10 hours) from sign-in.
    const sessions = await db.session.findMany({ where: { userId: user.id } });
    expect(sessions).toHaveLength(1);
    const expiresIn = (sessions[0]?.expiresAt.getTime() ?? 0) - before;
    expect(expiresIn).toBeGreaterThan(10 * 3600_000 - 60_000);
    expect(expiresIn).toBeLessThan(10 * 3600_000 + 60_000);

    const session = await sessionOf(sessionCookie(setCookie));
    expect(session?.user).toMatchObject({
      id: user.id,
      email: user.email,
      name: user.name,
      role: "EDITOR",
      active: true,
    });
    expect(session?.session.id).toBe(sessions[0]?.id);

    const events = await authEvents(user.email);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "SIGN_IN",
      actorId: user.id,
      actorName: user.name,
      actorEmail: user.email,
      entityId: user.id,
      ipAddress: "192.0.2.10",
    });
  });

  it("signs in whatever the case of the email", async () => {
    const user = await newAccount("VIEWER");
    const { response, setCookie } = await signIn(user.email.toUpperCase(), PASSWORD);
    expect(response.status).toBe(200);
    expect((await sessionOf(sessionCookie(setCookie)))?.user).toMatchObject({ id: user.id, role: "VIEWER" });
  });

  it("sets a Secure cookie with the __Secure- prefix when the app is served over https", async () => {
    const httpsBase = "https://partnerschaften.stadt-koeln.example";
    const secure = createAuth(db, { secret: SECRET, baseURL: httpsBase, trustedOrigins: () => [httpsBase] });
    const user = await newAccount("EDITOR");
    const { response, setCookie } = await signIn(user.email, PASSWORD, { instance: secure, base: httpsBase });
    expect(response.status).toBe(200);
    expect(setCookie.some((line) => line.startsWith(`${COOKIE}=`))).toBe(false);
    const header = setCookie.find((line) => line.startsWith(`__Secure-${COOKIE}=`)) as string;
    expect(header).toBeDefined();
    const attributes = header.split(";").map((part) => part.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(["secure", "httponly", "samesite=lax"]));
    const session = await sessionOf(sessionCookie(setCookie, `__Secure-${COOKIE}`), secure);
    expect(session?.user.id).toBe(user.id);
  });

  it("answers a wrong password with 401, no session, and a failed sign-in in the audit trail", async () => {
    const user = await newAccount("EDITOR");
    const { response, setCookie } = await signIn(user.email, "Falsches-Passwort-1", { ip: "192.0.2.11" });
    expect(response.status).toBe(401);
    expect(setCookie.some((line) => line.startsWith(`${COOKIE}=`) && !line.startsWith(`${COOKIE}=;`))).toBe(false);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    const events = await authEvents(user.email);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "SIGN_IN_FAILED",
      actorId: user.id,
      entityId: user.id,
      entityLabel: user.email,
      changes: { reason: { before: null, after: "INVALID_CREDENTIALS" } },
      ipAddress: "192.0.2.11",
    });
    // The password typed is never stored.
    expect(JSON.stringify(events)).not.toContain("Falsches-Passwort-1");
  });

  it("records a failed sign-in for an unknown email too, with no account to point at", async () => {
    const email = `niemand-${randomUUID().slice(0, 8)}@stadt-koeln.example`;
    const { response } = await signIn(email, PASSWORD);
    expect(response.status).toBe(401);
    const events = await authEvents(email);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "SIGN_IN_FAILED",
      actorId: null,
      actorName: email,
      entityId: "-",
      changes: { reason: { before: null, after: "INVALID_CREDENTIALS" } },
    });
  });

  it("refuses self sign-up: no account is created", async () => {
    const users = await db.user.count();
    const email = `selbst-${randomUUID().slice(0, 8)}@stadt-koeln.example`;
    const response = await auth.handler(
      new Request(`${BASE}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: BASE, "x-forwarded-for": freshIp() },
        body: JSON.stringify({ email, password: PASSWORD, name: "Selbst Angemeldet" }),
      }),
    );
    // Closed twice: the endpoint is not among the open ones (404), and sign-up is disabled in better-auth.
    expect(response.status).toBe(404);
    expect(response.headers.getSetCookie().some((line) => line.startsWith(`${COOKIE}=`))).toBe(false);
    expect(await db.user.count()).toBe(users);
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    // Nor can a role be smuggled in through sign-up's body.
    const withRole = await auth.handler(
      new Request(`${BASE}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: BASE, "x-forwarded-for": freshIp() },
        body: JSON.stringify({ email, password: PASSWORD, name: "X", role: "ADMIN" }),
      }),
    );
    expect(withRole.status).toBe(404);
    expect(await db.user.count()).toBe(users);
  });

  it("refuses a sign-in from a foreign Origin, and one whose Origin is null", async () => {
    const user = await newAccount("ADMIN");
    for (const origin of ["https://evil.example", "http://localhost:3001", "null"]) {
      const { response, body } = await signIn(user.email, PASSWORD, { origin });
      expect(response.status, origin).toBe(403);
      expect(body?.code, origin).toMatch(/ORIGIN/);
    }
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await authEvents(user.email)).filter((event) => event.action === "SIGN_IN")).toHaveLength(0);
    // The same request from the app's own origin is accepted.
    expect((await signIn(user.email, PASSWORD)).response.status).toBe(200);
  });

  it("signs out: the session ends and the sign-out is recorded", async () => {
    const user = await newAccount("VIEWER");
    const { setCookie } = await signIn(user.email, PASSWORD);
    const cookie = sessionCookie(setCookie);
    expect(await sessionOf(cookie)).not.toBeNull();
    const response = await auth.handler(
      new Request(`${BASE}/api/auth/sign-out`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: BASE, cookie, "x-forwarded-for": freshIp() },
        body: "{}",
      }),
    );
    expect(response.status).toBe(200);
    expect(await sessionOf(cookie)).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await authEvents(user.email)).map((event) => event.action)).toEqual(["SIGN_IN", "SIGN_OUT"]);
  });

  it("refuses a sign-out from a foreign Origin (the session stays)", async () => {
    const user = await newAccount("VIEWER");
    const { setCookie } = await signIn(user.email, PASSWORD);
    const cookie = sessionCookie(setCookie);
    const response = await auth.handler(
      new Request(`${BASE}/api/auth/sign-out`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: "https://evil.example", cookie },
        body: "{}",
      }),
    );
    expect(response.status).toBe(403);
    expect(await sessionOf(cookie)).not.toBeNull();
  });
});

describe("better-auth's other endpoints are closed", () => {
  it.each([
    "/update-user",
    "/change-password",
    "/verify-password",
    "/list-sessions",
    "/revoke-sessions",
    "/revoke-other-sessions",
    "/delete-user",
    "/change-email",
    "/request-password-reset",
    "/sign-up/email",
  ])("%s answers 404 and changes nothing, even with a valid session", async (endpoint) => {
    const user = await newAccount("VIEWER");
    const { setCookie } = await signIn(user.email, PASSWORD, { ip: freshIp() });
    const cookie = sessionCookie(setCookie);
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const response = await auth.handler(
      new Request(`${BASE}/api/auth${endpoint}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: BASE, cookie },
        body: JSON.stringify({
          name: "Demo Administration",
          currentPassword: PASSWORD,
          newPassword: "Ganz-neues-Passwort-1",
          password: PASSWORD,
          email: "neu@example.org",
          newEmail: "neu@example.org",
        }),
      }),
    );
    expect(response.status).toBe(404);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(before);
    expect(await sessionOf(cookie)).not.toBeNull();
  });
});

describe("accounts and sessions", () => {
  it("a deactivated account loses its sessions and cannot sign in (the same 401 as a wrong password); reactivated it can", async () => {
    const user = await newAccount("EDITOR");
    const first = await signIn(user.email, PASSWORD);
    const cookie = sessionCookie(first.setCookie);
    expect((await sessionOf(cookie))?.user.id).toBe(user.id);

    const deactivated = await setAccountActive(db, TEST_ACTORS.ADMIN, {
      id: user.id,
      version: user.version,
      active: false,
    });
    expect(await sessionOf(cookie)).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);

    const refused = await signIn(user.email, PASSWORD, { ip: "192.0.2.12" });
    // Attack run: the answer told a right password of a deactivated account (403 ACCOUNT_DEACTIVATED) apart from a
    // wrong one. Now both are the same 401, body and all; only the audit trail knows the reason.
    const wrong = await signIn(user.email, "Falsches-Passwort-1", { ip: "192.0.2.13" });
    expect(refused.response.status).toBe(401);
    expect(refused.body).toEqual(wrong.body);
    expect(refused.body?.code).toBe("INVALID_EMAIL_OR_PASSWORD");
    expect(refused.setCookie.some((line) => line.startsWith(`${COOKIE}=`) && !line.startsWith(`${COOKIE}=;`))).toBe(
      false,
    );
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    const failed = (await authEvents(user.email)).at(-2);
    expect(failed).toMatchObject({
      action: "SIGN_IN_FAILED",
      actorId: user.id,
      changes: { reason: { before: null, after: "DEACTIVATED" } },
      ipAddress: "192.0.2.12",
    });

    await setAccountActive(db, TEST_ACTORS.ADMIN, { id: user.id, version: deactivated.version, active: true });
    expect((await signIn(user.email, PASSWORD)).response.status).toBe(200);
  });

  it("ending an account's sessions signs it out everywhere", async () => {
    const user = await newAccount("VIEWER");
    const cookies = [];
    for (let i = 0; i < 2; i++) cookies.push(sessionCookie((await signIn(user.email, PASSWORD)).setCookie));
    const other = await newAccount("VIEWER");
    const otherCookie = sessionCookie((await signIn(other.email, PASSWORD)).setCookie);

    expect(await endSessions(db, TEST_ACTORS.ADMIN, user.id)).toEqual({ ended: 2 });
    for (const cookie of cookies) expect(await sessionOf(cookie)).toBeNull();
    // Another account's session is untouched.
    expect((await sessionOf(otherCookie))?.user.id).toBe(other.id);
  });

  it("an admin's new password ends the sessions; the old password no longer works, the new one does", async () => {
    const user = await newAccount("EDITOR");
    const cookie = sessionCookie((await signIn(user.email, PASSWORD)).setCookie);
    const newPassword = "Neues-Passwort-2026";
    expect(await setPassword(db, TEST_ACTORS.ADMIN, { id: user.id, password: newPassword })).toEqual({
      sessionsEnded: 1,
    });
    expect(await sessionOf(cookie)).toBeNull();
    const ip = freshIp();
    expect((await signIn(user.email, PASSWORD, { ip })).response.status).toBe(401);
    expect((await signIn(user.email, newPassword, { ip })).response.status).toBe(200);
  });

  it("an account created by the system actor (seed, command line) can sign in", async () => {
    const user = await createAccount(db, systemActor("Demo-Einrichtung"), {
      name: "Demo Lesezugriff",
      email: `lesen-${randomUUID().slice(0, 8)}@stadt-koeln.example`,
      role: "VIEWER",
      password: PASSWORD,
    });
    const { response, setCookie } = await signIn(user.email, PASSWORD);
    expect(response.status).toBe(200);
    expect((await sessionOf(sessionCookie(setCookie)))?.user).toMatchObject({ role: "VIEWER" });
  });
});

describe("throttling sign-in attempts (limits in PostgreSQL: server/services/auth-limits/)", () => {
  /** Moves an account's limit rows back in time, as if `seconds` had passed since its last attempt. */
  async function letTimePass(email: string, seconds: number) {
    await db.$executeRaw`
      UPDATE "AuthLimit" SET "lastAttemptAt" = "lastAttemptAt" - make_interval(secs => ${seconds}::float8)
      WHERE key LIKE ${`pair:${email}|%`} OR key = ${`account:${email}`}`;
  }

  it(`delays an address after ${LOCKOUT.failures} wrong passwords for an account, even with the right one — but not the account's owner elsewhere`, async () => {
    const user = await newAccount("EDITOR");
    const other = await newAccount("EDITOR");
    const attacker = freshIp();
    for (let i = 0; i < LOCKOUT.failures; i++) {
      expect((await signIn(user.email, `Falsch-${i}-Passwort`, { ip: attacker })).response.status).toBe(401);
    }
    const delayed = await signIn(user.email, PASSWORD, { ip: attacker });
    expect(delayed.response.status).toBe(429);
    expect(delayed.body?.code).toBe("TOO_MANY_FAILED_SIGN_INS");
    expect(Number(delayed.response.headers.get("retry-after"))).toBeGreaterThan(25);
    expect(Number(delayed.response.headers.get("retry-after"))).toBeLessThanOrEqual(30);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    // The e-mail in another case is the same account, and delayed too from that address.
    expect((await signIn(user.email.toUpperCase(), PASSWORD, { ip: attacker })).response.status).toBe(429);
    // Attack run: the lock was per e-mail, so anyone knowing an address could shut its owner out. The owner, from
    // their own address, still signs in; so does another account from the attacker's address.
    expect((await signIn(user.email, PASSWORD, { ip: freshIp() })).response.status).toBe(200);
    expect((await signIn(other.email, PASSWORD, { ip: attacker })).response.status).toBe(200);
  });

  it("the delay grows with every further attempt (30 s, 60 s, 120 s …) and then lets one attempt through", async () => {
    const user = await newAccount("EDITOR");
    const ip = freshIp();
    for (let i = 0; i < LOCKOUT.failures; i++) await signIn(user.email, `Falsch-${i}-Passwort`, { ip });
    expect((await signIn(user.email, PASSWORD, { ip })).response.status).toBe(429);
    await letTimePass(user.email, 31);
    expect((await signIn(user.email, "Wieder-falsch-1", { ip })).response.status).toBe(401);
    await letTimePass(user.email, 31);
    const second = await signIn(user.email, PASSWORD, { ip });
    expect(second.response.status).toBe(429);
    expect(Number(second.response.headers.get("retry-after"))).toBeGreaterThan(25);
    await letTimePass(user.email, 30);
    expect((await signIn(user.email, PASSWORD, { ip })).response.status).toBe(200);
  });

  it("records failed sign-ins aggregated per address and account: the first of a window and the one that starts the delay", async () => {
    const user = await newAccount("EDITOR");
    const ip = freshIp();
    for (let i = 0; i < LOCKOUT.failures + 5; i++) await signIn(user.email, `Falsch-${i}-Passwort`, { ip });
    const events = await authEvents(user.email);
    expect(events.map((event) => event.changes)).toEqual([
      { reason: { before: null, after: "INVALID_CREDENTIALS" }, attempts: { before: null, after: 1 } },
      { reason: { before: null, after: "DELAYED" }, attempts: { before: null, after: LOCKOUT.failures } },
    ]);
    // The count of all attempts stays in the limits table, not in the audit trail.
    const row = await db.authLimit.findUniqueOrThrow({ where: { key: `pair:${user.email}|${ip}` } });
    expect(row.attempts).toBe(LOCKOUT.failures);
  });

  it("keeps a typed e-mail bounded in the audit trail: control characters removed, at most 254 characters", async () => {
    const typed = `${"a".repeat(5_000)}\u0000\r\n\u202eX-Injected: ja@stadt-koeln.example`;
    const { response } = await signIn(typed, "Irgendein-Passwort-1");
    expect([400, 401]).toContain(response.status);
    const [event] = await db.auditEvent.findMany({
      where: { action: "SIGN_IN_FAILED", entityLabel: { startsWith: "aaaa" } },
    });
    expect(event?.entityLabel).toHaveLength(254);
    expect(event?.actorName).toHaveLength(200); // the column's length: a longer name failed with 500 before
    expect(JSON.stringify(event)).not.toMatch(/\\u0000|\\r|\\n|\u202e/);
    const { typedEmail } = await import("../services/audit/auth-events");
    expect(typedEmail(" Ja@Stadt-Koeln.example\r\n\u0000\u202e ")).toBe("ja@stadt-koeln.example");
    expect(typedEmail("x".repeat(10_000))).toHaveLength(254);
  });

  it("a burst of parallel wrong passwords gets exactly the limit's tries: 5 from one address, 20 from many", async () => {
    const user = await newAccount("EDITOR");
    const ip = freshIp();
    const oneAddress = await Promise.all(
      Array.from({ length: 10 }, (_, i) => signIn(user.email, `Parallel-${i}-falsch`, { ip })),
    );
    // Attack run: 6–7 of a burst were checked instead of 5. Each attempt is counted atomically before its check.
    expect(oneAddress.filter((attempt) => attempt.response.status === 401)).toHaveLength(LOCKOUT.failures);
    expect(oneAddress.filter((attempt) => attempt.response.status === 429)).toHaveLength(10 - LOCKOUT.failures);

    const target = await newAccount("EDITOR");
    const manyAddresses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signIn(target.email, `Verteilt-${i}-falsch`, { ip: freshIp() })),
    );
    expect(manyAddresses.filter((attempt) => attempt.response.status === 401)).toHaveLength(
      SIGN_IN_LIMITS.accountFailures,
    );
    // The owner's usual address (the last successful sign-in) is not delayed by the account-wide count.
    const owner = await newAccount("EDITOR");
    const home = freshIp();
    expect((await signIn(owner.email, PASSWORD, { ip: home })).response.status).toBe(200);
    await Promise.all(
      Array.from({ length: 25 }, (_, i) => signIn(owner.email, `Verteilt-${i}-falsch`, { ip: freshIp() })),
    );
    expect((await signIn(owner.email, PASSWORD, { ip: freshIp() })).response.status).toBe(429);
    expect((await signIn(owner.email, PASSWORD, { ip: home })).response.status).toBe(200);
  });

  it("two app instances on one database share the limits (nothing is kept in one process's memory)", async () => {
    const second = createAuth(createPrismaClient(url, { maxConnections: 2 }), {
      secret: SECRET,
      baseURL: BASE,
      trustedOrigins: () => [BASE],
    });
    const user = await newAccount("EDITOR");
    const ip = freshIp();
    for (let i = 0; i < LOCKOUT.failures; i++) {
      const instance = i % 2 === 0 ? auth : second;
      expect((await signIn(user.email, `Falsch-${i}-Passwort`, { ip, instance })).response.status).toBe(401);
    }
    expect((await signIn(user.email, PASSWORD, { ip, instance: second })).response.status).toBe(429);
    expect((await signIn(user.email, PASSWORD, { ip, instance: auth })).response.status).toBe(429);
  });

  it("limits wrong current passwords when changing one's own password, in PostgreSQL, and writes no audit event for them", async () => {
    const user = await newAccount("VIEWER");
    const actor = { id: user.id, name: user.name, email: user.email, role: user.role };
    const other = createPrismaClient(url, { maxConnections: 2 }); // a second app server's connection
    const events = await db.auditEvent.count();
    for (let i = 0; i < LOCKOUT.failures; i++) {
      await expect(
        changeOwnPassword(i % 2 ? other : db, actor, {
          currentPassword: `Geraten-${i}-Passwort`,
          newPassword: "Neues-Passwort-2026",
        }),
      ).rejects.toThrow("currentPassword: the current password is not correct");
    }
    // Attack run: the count was in one process's memory; a second server (or a restart) started from zero.
    await expect(
      changeOwnPassword(other, actor, { currentPassword: PASSWORD, newPassword: "Neues-Passwort-2026" }),
    ).rejects.toThrow(`too many wrong passwords; try again in ${LOCKOUT.windowMinutes} minutes`);
    await expect(
      changeOwnPassword(db, actor, { currentPassword: PASSWORD, newPassword: "Neues-Passwort-2026" }),
    ).rejects.toThrow(`too many wrong passwords; try again in ${LOCKOUT.windowMinutes} minutes`);
    expect(await db.auditEvent.count()).toBe(events);
    await other.$disconnect();
    // Signing in is not locked by it, and the password is unchanged.
    expect((await signIn(user.email, PASSWORD, { ip: freshIp() })).response.status).toBe(200);
  });

  it("a successful sign-in ends the count of its address's failures", async () => {
    const user = await newAccount("VIEWER");
    const ip = freshIp();
    for (let i = 0; i < LOCKOUT.failures - 1; i++) await signIn(user.email, `Falsch-${i}-Passwort`, { ip });
    expect((await signIn(user.email, PASSWORD, { ip })).response.status).toBe(200);
    for (let i = 0; i < LOCKOUT.failures - 1; i++) await signIn(user.email, `Falsch-${i}-Passwort`, { ip });
    expect((await signIn(user.email, PASSWORD, { ip })).response.status).toBe(200);
  });

  it("limits sign-in requests per client address (10 a minute); another address is not affected", async () => {
    const user = await newAccount("VIEWER");
    const ip = freshIp();
    const statuses = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await signIn(`versuch-${i}@stadt-koeln.example`, "Irgendein-Passwort", { ip })).response.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
    expect((await signIn(user.email, PASSWORD, { ip })).response.status).toBe(429);
    expect((await signIn(user.email, PASSWORD, { ip: freshIp() })).response.status).toBe(200);
  });

  it("clients without an address do not share one bucket: 12 failures from nowhere do not lock out the admin", async () => {
    const admin = await newAccount("ADMIN");
    for (let i = 0; i < 12; i++) {
      expect(
        (await signIn(`irgendwer-${i}@stadt-koeln.example`, "Irgendein-Passwort", { ip: null })).response.status,
      ).toBe(401);
    }
    expect((await signIn(admin.email, PASSWORD, { ip: null })).response.status).toBe(200);
  });

  it("writes a bounded number of log lines for a flood of failed sign-ins", async () => {
    // A fresh instance: its log limiter starts at zero.
    const instance = createAuth(db, { secret: SECRET, baseURL: BASE, trustedOrigins: () => [BASE] });
    const lines: string[] = [];
    const capture = (...args: unknown[]) => {
      lines.push(args.map(String).join(" "));
    };
    const spies = [vi.spyOn(console, "warn"), vi.spyOn(console, "error"), vi.spyOn(console, "log")];
    for (const spy of spies) spy.mockImplementation(capture);
    try {
      for (let i = 0; i < 30; i++) {
        await signIn(`flut-${i}@stadt-koeln.example`, "Irgendein-Passwort", { instance });
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    // Attack run: one line per attempt (better-auth's own, unlimited). Now each message at most 10 times a minute.
    expect(lines.filter((line) => line.includes("Invalid email or password")).length).toBeLessThanOrEqual(10);
    expect(lines.length).toBeLessThanOrEqual(20);
  });

  it("reads the client address from the right of X-Forwarded-For, past the trusted proxies only", () => {
    const headers = (value: string) => new Headers({ "x-forwarded-for": value });
    // Without trusted proxies: what the nearest hop saw (the right-most entry); a client's own claim is ignored.
    expect(clientAddress(headers("6.6.6.6, 192.0.2.7"), [])).toBe("192.0.2.7");
    expect(clientAddress(headers("192.0.2.7"), [])).toBe("192.0.2.7");
    expect(clientAddress(headers("::ffff:192.0.2.7"), [])).toBe("192.0.2.7");
    // Behind two trusted proxies: the first address left of them.
    expect(clientAddress(headers("6.6.6.6, 192.0.2.7, 10.0.0.5, 10.0.0.6"), ["10.0.0.0/8"])).toBe("192.0.2.7");
    expect(clientAddress(headers("not-an-address"), [])).toBeNull();
    expect(clientAddress(new Headers(), [])).toBeNull();
  });
});

describe("trusted origins (server/auth/config.ts)", () => {
  /** The environment from an explicit source, as the app reads it from process.env. */
  const envOf = (source: Record<string, string>) => readEnv(source as NodeJS.ProcessEnv);
  const post = (origin: string | null, host = "localhost:3000", from = "127.0.0.1") =>
    new Request(`http://${host}/api/trpc/agreement.create`, {
      method: "POST",
      headers: { ...(origin ? { origin } : {}), host, "x-forwarded-for": from },
    });

  it("with APP_URL: only APP_URL and TRUSTED_ORIGINS, whatever the Host header says", () => {
    const env = envOf({
      APP_URL: "https://partnerschaften.stadt-koeln.example/",
      TRUSTED_ORIGINS: "https://intranet.stadt-koeln.example, https://portal.stadt-koeln.example/pfad",
      PORT: "3000",
    });
    const trusted = trustedOriginsFor(env);
    expect(trusted()).toEqual([
      "https://partnerschaften.stadt-koeln.example",
      "https://intranet.stadt-koeln.example",
      "https://portal.stadt-koeln.example",
    ]);
    expect(trusted(post("http://evil.example", "evil.example"))).not.toContain("http://evil.example");

    expect(isTrustedOrigin(post("https://partnerschaften.stadt-koeln.example"), trusted)).toBe(true);
    expect(isTrustedOrigin(post("https://intranet.stadt-koeln.example"), trusted)).toBe(true);
    expect(isTrustedOrigin(post("http://partnerschaften.stadt-koeln.example"), trusted)).toBe(false);
    expect(isTrustedOrigin(post("http://localhost:3000"), trusted)).toBe(false);
    expect(isTrustedOrigin(post("http://evil.example", "evil.example"), trusted)).toBe(false);
    expect(isTrustedOrigin(post(null), trusted)).toBe(false);
    expect(isTrustedOrigin(post("null"), trusted)).toBe(false);
  });

  it("without APP_URL: localhost and 127.0.0.1 on PORT, the address a browser on this machine used, and TRUSTED_ORIGINS", () => {
    const env = envOf({ PORT: "4000", TRUSTED_ORIGINS: "https://intranet.stadt-koeln.example" });
    const trusted = trustedOriginsFor(env);
    expect(trusted()).toEqual([
      "https://intranet.stadt-koeln.example",
      "http://localhost:4000",
      "http://127.0.0.1:4000",
    ]);
    expect(trusted(post(null, "10.1.2.3:4000"))).toContain("http://10.1.2.3:4000");
    expect(trusted(post(null, "[::1]:4000", "::1"))).toContain("http://[::1]:4000");

    expect(isTrustedOrigin(post("http://localhost:4000", "localhost:4000"), trusted)).toBe(true);
    expect(isTrustedOrigin(post("http://127.0.0.1:4000", "127.0.0.1:4000"), trusted)).toBe(true);
    expect(isTrustedOrigin(post("http://10.1.2.3:4000", "10.1.2.3:4000"), trusted)).toBe(true);
    expect(isTrustedOrigin(post("https://intranet.stadt-koeln.example", "10.1.2.3:4000"), trusted)).toBe(true);
    // A cross-site request names its own origin, which is not the address the browser used for this app.
    expect(isTrustedOrigin(post("http://evil.example", "10.1.2.3:4000"), trusted)).toBe(false);
    expect(isTrustedOrigin(post("http://localhost:3000", "localhost:4000"), trusted)).toBe(false);
    expect(isTrustedOrigin(post(null, "localhost:4000"), trusted)).toBe(false);
    expect(isTrustedOrigin(post("null", "localhost:4000"), trusted)).toBe(false);
  });

  it("trusts the Host header only for a request from loopback, and only when it names an address (no DNS rebinding)", () => {
    const trusted = trustedOriginsFor(envOf({ PORT: "4000" }));
    // Attack run: any client could make its Host header a trusted origin. From another machine it no longer counts.
    expect(isTrustedOrigin(post("http://10.1.2.3:4000", "10.1.2.3:4000", "192.0.2.50"), trusted)).toBe(false);
    expect(isTrustedOrigin(post("http://evil.example:4000", "evil.example:4000", "192.0.2.50"), trusted)).toBe(false);
    // From loopback, a domain that points here (DNS rebinding) is not trusted either.
    expect(isTrustedOrigin(post("http://evil.example:4000", "evil.example:4000", "127.0.0.1"), trusted)).toBe(false);
    expect(isTrustedOrigin(post("http://127.0.0.2:4000", "127.0.0.2:4000", "127.0.0.1"), trusted)).toBe(true);
    // With APP_URL the Host header never counts, from loopback neither.
    const fixed = trustedOriginsFor(envOf({ PORT: "4000", APP_URL: "https://partnerschaften.stadt-koeln.example" }));
    expect(isTrustedOrigin(post("http://127.0.0.2:4000", "127.0.0.2:4000", "127.0.0.1"), fixed)).toBe(false);
  });

  it("ignores a Host header that is not a plain host[:port]", () => {
    const trusted = trustedOriginsFor(envOf({ PORT: "3000" }));
    const request = new Request("http://localhost:3000/api/trpc/x", {
      method: "POST",
      headers: { host: "evil.example/x", origin: "http://evil.example/x" },
    });
    expect(trusted(request)).toEqual(["http://localhost:3000", "http://127.0.0.1:3000"]);
    expect(isTrustedOrigin(request, trusted)).toBe(false);
  });

  it("refuses a malformed APP_URL or TRUSTED_ORIGINS, naming the variable", () => {
    expect(() => envOf({ APP_URL: "ftp://partnerschaften.example" })).toThrow(/APP_URL/);
    expect(() => envOf({ TRUSTED_ORIGINS: "kein-url" })).toThrow(/TRUSTED_ORIGINS/);
  });
});

describe("the route handlers over HTTP (app/api/**/route.ts)", () => {
  type RouteModule = { GET: (request: Request) => Promise<Response>; POST: (request: Request) => Promise<Response> };
  let trpcRoute: RouteModule;
  let authRoute: RouteModule;
  let healthRoute: { GET: () => Promise<Response> };
  const saved = { ...process.env };

  beforeAll(async () => {
    // The app's own instances (server/auth/instance.ts, server/db/client.ts) read the environment on first use.
    process.env.DATABASE_URL = url;
    process.env.BETTER_AUTH_SECRET = SECRET;
    process.env.APP_URL = BASE;
    trpcRoute = await import("../../app/api/trpc/[trpc]/route");
    authRoute = await import("../../app/api/auth/[...all]/route");
    healthRoute = await import("../../app/api/health/route");
  });

  afterAll(async () => {
    const app = globalThis as unknown as { prisma?: Db };
    await app.prisma?.$disconnect();
    for (const key of ["DATABASE_URL", "BETTER_AUTH_SECRET", "APP_URL"]) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  async function appDb(): Promise<Db> {
    const { db: appClient } = await import("../db/client");
    return appClient();
  }

  async function appAccount(role: Role) {
    const tag = randomUUID().slice(0, 8);
    const user = await createAccount(await appDb(), TEST_ACTORS.ADMIN, {
      name: `HTTP ${role} ${tag}`,
      email: `http-${tag}@stadt-koeln.example`,
      role,
      password: PASSWORD,
    });
    const response = await authRoute.POST(
      new Request(`${BASE}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: BASE, "x-forwarded-for": freshIp() },
        body: JSON.stringify({ email: user.email, password: PASSWORD }),
      }),
    );
    expect(response.status).toBe(200);
    return { user, cookie: sessionCookie(response.headers.getSetCookie()) };
  }

  async function trpc(
    method: "GET" | "POST",
    path: string,
    input: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; code?: string }> {
    const { default: superjson } = await import("superjson");
    const encoded = JSON.stringify(superjson.serialize(input));
    const request =
      method === "GET"
        ? new Request(`${BASE}/api/trpc/${path}?input=${encodeURIComponent(encoded)}`, { headers })
        : new Request(`${BASE}/api/trpc/${path}`, {
            method: "POST",
            headers: { "content-type": "application/json", ...headers },
            body: encoded,
          });
    const response = await (method === "GET" ? trpcRoute.GET(request) : trpcRoute.POST(request));
    const body = (await response.json()) as { error?: { json?: { data?: { code?: string } } } };
    return { status: response.status, code: body.error?.json?.data?.code };
  }

  const agreementInput = async () => {
    const partner = await (await appDb()).partner.findFirstOrThrow({ select: { id: true } });
    return { type: "FRIENDSHIP", title: `Über HTTP ${randomUUID().slice(0, 8)}`, partnerId: partner.id };
  };

  it("health is public", async () => {
    const response = await healthRoute.GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("tRPC without a session: 401 UNAUTHORIZED, for queries and mutations", async () => {
    expect(await trpc("GET", "agreement.list", {})).toEqual({ status: 401, code: "UNAUTHORIZED" });
    expect(await trpc("POST", "agreement.create", await agreementInput(), { origin: BASE })).toEqual({
      status: 401,
      code: "UNAUTHORIZED",
    });
    // A made-up session cookie is no session.
    expect(await trpc("GET", "agreement.list", {}, { cookie: `${COOKIE}=erfunden.signatur` })).toMatchObject({
      status: 401,
    });
  });

  it("tRPC with a viewer's session: reads, but a mutation is 403 FORBIDDEN and writes nothing", async () => {
    const { cookie } = await appAccount("VIEWER");
    expect((await trpc("GET", "agreement.list", {}, { cookie })).status).toBe(200);
    const count = await (await appDb()).agreement.count();
    expect(await trpc("POST", "agreement.create", await agreementInput(), { cookie, origin: BASE })).toEqual({
      status: 403,
      code: "FORBIDDEN",
    });
    expect(await trpc("GET", "audit.list", {}, { cookie })).toEqual({ status: 403, code: "FORBIDDEN" });
    expect(await (await appDb()).agreement.count()).toBe(count);
  });

  it("a tRPC change's audit event records the client address by the TRUSTED_PROXIES rule, not the client's own claim", async () => {
    const { user, cookie } = await appAccount("EDITOR");
    const input = await agreementInput();
    // The client claims 6.6.6.6; the proxy in front appended what it saw, 192.0.2.77.
    const headers = { cookie, origin: BASE, "x-forwarded-for": "6.6.6.6, 192.0.2.77" };
    expect((await trpc("POST", "agreement.create", input, headers)).status).toBe(200);
    const event = await (await appDb()).auditEvent.findFirstOrThrow({
      where: { actorId: user.id, entityLabel: input.title },
    });
    // Attack run: the left-most entry (the client's own claim) was recorded.
    expect(event.ipAddress).toBe("192.0.2.77");
  });

  it("tRPC mutations need the app's Origin: a foreign or missing one is refused, and nothing is written", async () => {
    const { user, cookie } = await appAccount("EDITOR");
    const appClient = await appDb();
    const [agreements, events] = [await appClient.agreement.count(), await appClient.auditEvent.count()];
    for (const origin of ["https://evil.example", "null", "http://localhost:3001"]) {
      expect(await trpc("POST", "agreement.create", await agreementInput(), { cookie, origin }), origin).toEqual({
        status: 403,
        code: "FORBIDDEN",
      });
    }
    expect(await trpc("POST", "agreement.create", await agreementInput(), { cookie })).toEqual({
      status: 403,
      code: "FORBIDDEN",
    });
    expect(await appClient.agreement.count()).toBe(agreements);
    expect(await appClient.auditEvent.count()).toBe(events);

    const accepted = await trpc("POST", "agreement.create", await agreementInput(), {
      cookie,
      origin: BASE,
      "x-forwarded-for": "198.51.100.7",
    });
    expect(accepted.status).toBe(200);
    const event = await appClient.auditEvent.findFirstOrThrow({
      where: { entityType: "AGREEMENT" },
      orderBy: { id: "desc" },
    });
    expect(event).toMatchObject({
      action: "CREATE",
      actorId: user.id,
      actorName: user.name,
      actorEmail: user.email,
      ipAddress: "198.51.100.7",
    });
  });

  it("a session of an account deactivated behind the service's back no longer counts (401)", async () => {
    const { user, cookie } = await appAccount("EDITOR");
    expect((await trpc("GET", "agreement.list", {}, { cookie })).status).toBe(200);
    // A change outside the app's requests reaches the sessions the server keeps through the change feed (issue 20:
    // server/auth/session.ts), within its delay.
    const { changeFeed } = await import("../db/client");
    const started = Date.now();
    const heard = new Promise<void>((resolve) => {
      const stop = changeFeed().subscribeSessions(() => {
        stop();
        resolve();
      });
    });
    await (await appDb()).user.update({ where: { id: user.id }, data: { active: false } });
    await heard;
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await trpc("GET", "agreement.list", {}, { cookie })).toEqual({ status: 401, code: "UNAUTHORIZED" });
  });
});
