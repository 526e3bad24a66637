// Single sign-on against a real OpenID provider (oidc-provider on loopback, server/test/oidc-idp.ts) and a real
// PostgreSQL: the authorization code flow with PKCE, state and nonce checked, groups mapped to roles at every
// sign-in, deactivated and role-less people refused, exactly one audit event per outcome, password sign-in switched
// off, sign-out. The browser sees the same flow in e2e/sso.spec.ts.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/prisma";
import { readEnv } from "../env";
import { messagesFor } from "../i18n/messages";
import { createAccount, hasPassword, setAccountActive } from "../services/account/accounts";
import { describeChanges } from "../services/audit/describe";
import { SIGN_IN_LIMITS } from "../services/auth-limits/limits";
import { TEST_ACTORS } from "../test/caller";
import { createTestDatabase } from "../test/database";
import { startTestIdp, type TestIdp } from "../test/oidc-idp";
import { type Auth, createAuth } from "./auth";
import { displayName, groupsOf, roleForGroups, type SsoConfig, ssoConfigFromEnv } from "./sso";

const BASE = "http://127.0.0.1:3999";
const SECRET = "y".repeat(40);
const COOKIE = "partnerschaften.session_token";
const ROLE_MAP: SsoConfig["roleMap"] = [
  { group: "intl-viewers", role: "VIEWER" },
  { group: "intl-editors", role: "EDITOR" },
  { group: "intl-admins", role: "ADMIN" },
];

let db: Db;
let idp: TestIdp;
let auth: Auth;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  idp = await startTestIdp({ port: 0, appOrigins: [BASE] });
  auth = createAuth(db, {
    secret: SECRET,
    baseURL: BASE,
    trustedOrigins: () => [BASE],
    sso: {
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      scopes: ["openid", "email", "profile"],
      groupsClaim: "groups",
      roleMap: ROLE_MAP,
    },
  });
});

afterAll(async () => {
  await idp?.close();
});

/** Cookies per origin, as a browser keeps them (enough for these two servers). */
class CookieJar {
  private readonly cookies = new Map<string, Map<string, string>>();
  store(origin: string, setCookie: string[]) {
    const jar = this.cookies.get(origin) ?? new Map<string, string>();
    for (const line of setCookie) {
      const [pair = "", ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
    this.cookies.set(origin, jar);
  }
  header(origin: string): string {
    return [...(this.cookies.get(origin) ?? new Map()).entries()].map(([n, v]) => `${n}=${v}`).join("; ");
  }
  get(origin: string, name: string): string | undefined {
    return this.cookies.get(origin)?.get(name);
  }
}

/** How long the app took for each callback (code exchange, ID token check, account, session, audit). */
const callbackMs: number[] = [];
afterAll(() => {
  const sorted = [...callbackMs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(
    `single sign-on callbacks: ${sorted.length}, median ${median.toFixed(0)} ms, max ${(sorted.at(-1) ?? 0).toFixed(0)} ms`,
  );
});

let lastAddress = 0;
function freshIp(): string {
  lastAddress += 1;
  return `10.9.${Math.floor(lastAddress / 250)}.${(lastAddress % 250) + 1}`;
}

/** A request to the app (better-auth's handler, as app/api/auth/[...all] calls it). */
async function toApp(jar: CookieJar, ip: string, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("x-forwarded-for", ip);
  const cookie = jar.header(BASE);
  if (cookie) headers.set("cookie", cookie);
  const response = await auth.handler(new Request(url, { ...init, headers }));
  jar.store(BASE, response.headers.getSetCookie());
  return response;
}

interface Flow {
  jar: CookieJar;
  ip: string;
  /** Where the app sent the browser at the end (its path and query). */
  final: URL;
  /** The authorization request the app made (before any tampering). */
  authorization: URL;
}

/**
 * The browser's part of a sign-in: the app's start, the provider's login page (the user name typed), the
 * provider's redirect back to the app's callback, and the app's answer. `tamper` may change the authorization
 * request on its way to the provider or the callback on its way back.
 */
async function ssoSignIn(
  login: string,
  tamper: { authorization?: (url: URL) => void; callback?: (url: URL) => void } = {},
): Promise<Flow> {
  const jar = new CookieJar();
  const ip = freshIp();
  const start = await toApp(jar, ip, `${BASE}/api/auth/sign-in/social`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: BASE },
    body: JSON.stringify({ provider: "city", callbackURL: "/", errorCallbackURL: "/sign-in", disableRedirect: true }),
  });
  expect(start.status).toBe(200);
  const authorization = new URL(((await start.json()) as { url: string }).url);
  const sent = new URL(authorization);
  tamper.authorization?.(sent);

  // At the provider: follow its redirects to the login page, sign in, follow on until it sends us back to the app.
  let next: URL | null = sent;
  let method = "GET";
  let body: string | undefined;
  for (let hop = 0; next && next.origin === idp.issuer && hop < 10; hop++) {
    const response: Response = await fetch(next, {
      method,
      body,
      redirect: "manual",
      headers: {
        cookie: jar.header(idp.issuer),
        ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
    });
    jar.store(idp.issuer, response.headers.getSetCookie());
    const location = response.headers.get("location");
    if (location) {
      next = new URL(location, next);
      method = "GET";
      body = undefined;
    } else if (response.status === 200 && next.pathname.startsWith("/interaction/") && method === "GET") {
      method = "POST";
      body = new URLSearchParams({ login }).toString();
    } else {
      throw new Error(`provider answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    }
  }
  if (!next) throw new Error("the provider did not send the browser back");
  expect(next.origin + next.pathname).toBe(`${BASE}/api/auth/callback/city`);
  tamper.callback?.(next);
  const started = performance.now();
  const callback = await toApp(jar, ip, next.toString());
  callbackMs.push(performance.now() - started);
  expect(callback.status).toBe(302);
  return { jar, ip, final: new URL(callback.headers.get("location") ?? "", BASE), authorization };
}

async function sessionUser(jar: CookieJar) {
  const token = jar.get(BASE, COOKIE);
  if (!token) return null;
  const session = await auth.api.getSession({ headers: new Headers({ cookie: `${COOKIE}=${token}` }) });
  return session?.user ?? null;
}

function authEvents(email: string) {
  return db.auditEvent.findMany({
    where: { entityType: "USER", actorEmail: email, action: { in: ["SIGN_IN", "SIGN_IN_FAILED", "SIGN_OUT"] } },
    orderBy: { id: "asc" },
  });
}

function person(groups: string[]) {
  const login = `p-${randomUUID().slice(0, 8)}`;
  const email = `${login}@stadt-koeln.example`;
  idp.people.set(login, { email, name: `Person ${login}`, groups });
  return { login, email };
}

const env = (vars: Record<string, string>) => readEnv({ NODE_ENV: "test", ...vars });

describe("the role map", () => {
  it("reads groups from a claim or a dotted path, and gives the highest mapped role", () => {
    expect(groupsOf({ groups: ["a", 1, "b"] }, "groups")).toEqual(["a", "b"]);
    expect(groupsOf({ groups: "a" }, "groups")).toEqual(["a"]);
    expect(groupsOf({ realm_access: { roles: ["x"] } }, "realm_access.roles")).toEqual(["x"]);
    expect(groupsOf({ realm_access: ["x"] }, "realm_access.roles")).toEqual([]);
    expect(groupsOf(undefined, "groups")).toEqual([]);
    expect(roleForGroups(["intl-editors", "intl-viewers"], ROLE_MAP)).toBe("EDITOR");
    expect(roleForGroups(["intl-admins", "intl-viewers"], ROLE_MAP)).toBe("ADMIN");
    expect(roleForGroups(["other", "INTL-EDITORS"], ROLE_MAP)).toBeNull();
    expect(displayName({ name: " Erika Mustermann ", given_name: "E" })).toBe("Erika Mustermann");
    expect(displayName({ given_name: "Erika", family_name: "Mustermann" })).toBe("Erika Mustermann");
    expect(displayName({ email: "e@stadt-koeln.example" })).toBe("e@stadt-koeln.example");
    expect(displayName({ name: "x".repeat(300) })).toHaveLength(200);
  });

  it("is read from the environment (commas, or semicolons for LDAP names), and wrong settings stop the start", () => {
    const base = { OIDC_ISSUER: "https://login.example/realms/city", OIDC_CLIENT_ID: "app", OIDC_CLIENT_SECRET: "s" };
    const read = env({ ...base, OIDC_ROLE_MAP: "intl-editors:EDITOR, intl-admins:ADMIN" });
    expect(ssoConfigFromEnv(read)).toMatchObject({
      issuer: "https://login.example/realms/city",
      scopes: ["openid", "email", "profile"],
      groupsClaim: "groups",
      roleMap: [
        { group: "intl-editors", role: "EDITOR" },
        { group: "intl-admins", role: "ADMIN" },
      ],
    });
    expect(
      env({ ...base, OIDC_ROLE_MAP: "cn=intl-editors,ou=groups,dc=koeln:EDITOR;cn=b,dc=koeln:VIEWER" }).OIDC_ROLE_MAP,
    ).toEqual([
      { group: "cn=intl-editors,ou=groups,dc=koeln", role: "EDITOR" },
      { group: "cn=b,dc=koeln", role: "VIEWER" },
    ]);
    expect(ssoConfigFromEnv(env({}))).toBeUndefined();
    expect(env({}).PASSWORD_SIGN_IN).toBe(true);
    expect(() => env({ ...base, OIDC_ROLE_MAP: "intl-editors:OWNER" })).toThrow(/OIDC_ROLE_MAP/);
    expect(() => env({ ...base })).toThrow(/OIDC_ROLE_MAP/);
    expect(() => env({ OIDC_ISSUER: base.OIDC_ISSUER, OIDC_ROLE_MAP: "a:VIEWER" })).toThrow(/OIDC_CLIENT_ID/);
    expect(() => env({ ...base, OIDC_ISSUER: "http://login.example", OIDC_ROLE_MAP: "a:VIEWER" })).toThrow(/https/);
    expect(() => env({ PASSWORD_SIGN_IN: "false" })).toThrow(/PASSWORD_SIGN_IN/);
  });
});

describe("the audit trail's words for single sign-on", () => {
  it("names the method, the role change and the reason in both languages", () => {
    const shown = (locale: "de" | "en", action: "SIGN_IN" | "SIGN_IN_FAILED", changes: object) =>
      describeChanges(messagesFor(locale), locale, { action, entityType: "USER", changes }).map((view) => [
        view.label,
        view.before,
        view.after,
      ]);
    const signIn = { method: { before: null, after: "SSO" }, role: { before: "ADMIN", after: "VIEWER" } };
    expect(shown("de", "SIGN_IN", signIn)).toEqual([
      ["Anmeldung über", "", "städtisches Konto (Single Sign-on)"],
      ["Rolle", "Administration", "Lesezugriff"],
    ]);
    expect(shown("en", "SIGN_IN", signIn)).toEqual([
      ["Signed in with", "", "city account (single sign-on)"],
      ["Role", "Admin", "Viewer"],
    ]);
    const refused = { method: { before: null, after: "SSO" }, reason: { before: null, after: "SSO_NO_ROLE" } };
    expect(shown("de", "SIGN_IN_FAILED", refused)[1]).toEqual([
      "Begründung",
      "",
      "städtisches Konto ohne Gruppe mit Rolle",
    ]);
  });
});

describe("single sign-on with the city's identity provider", () => {
  it("signs in through the code flow with PKCE, state and nonce, and makes the account with the mapped role", async () => {
    const { login, email } = person(["intl-editors", "unrelated"]);
    const flow = await ssoSignIn(login);

    // The authorization request: code flow, PKCE with S256, a state and a nonce, our scopes and callback.
    const params = flow.authorization.searchParams;
    expect(params.get("response_type")).toBe("code");
    expect(params.get("code_challenge_method")).toBe("S256");
    expect(params.get("code_challenge")?.length).toBeGreaterThanOrEqual(43);
    expect(params.get("state")?.length).toBeGreaterThanOrEqual(32);
    expect(params.get("nonce")?.length).toBeGreaterThanOrEqual(32);
    expect(params.get("scope")?.split(" ")).toEqual(expect.arrayContaining(["openid", "email", "profile"]));
    expect(params.get("redirect_uri")).toBe(`${BASE}/api/auth/callback/city`);

    expect(flow.final.pathname).toBe("/");
    expect(await sessionUser(flow.jar)).toMatchObject({ email, role: "EDITOR", active: true });
    const account = await db.user.findUniqueOrThrow({ where: { email }, include: { accounts: true } });
    expect(account.role).toBe("EDITOR");
    expect(account.accounts.map((a) => [a.providerId, a.accountId, a.password])).toEqual([["city", login, null]]);
    expect(await hasPassword(db, account.id)).toBe(false);

    const events = await authEvents(email);
    expect(events.map((e) => e.action)).toEqual(["SIGN_IN"]);
    expect(events[0]).toMatchObject({ actorId: account.id, ipAddress: flow.ip });
    expect(events[0]?.changes).toEqual({
      method: { before: null, after: "SSO" },
      role: { before: null, after: "EDITOR" },
    });
  });

  it("updates the role from the groups at every sign-in: out of the group, the role is gone", async () => {
    const { login, email } = person(["intl-admins"]);
    expect(await sessionUser((await ssoSignIn(login)).jar)).toMatchObject({ role: "ADMIN" });

    idp.people.set(login, { ...(idp.people.get(login) as { email: string; name: string }), groups: ["intl-viewers"] });
    const second = await ssoSignIn(login);
    expect(await sessionUser(second.jar)).toMatchObject({ email, role: "VIEWER" });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.role).toBe("VIEWER");

    // Out of every mapped group: refused, with the "ask an admin" answer, and the sessions it had end.
    idp.people.set(login, { ...(idp.people.get(login) as { email: string; name: string }), groups: [] });
    const third = await ssoSignIn(login);
    expect(third.final.pathname).toBe("/sign-in");
    expect(third.final.searchParams.get("error")).toBe("sso_no_role");
    expect(await sessionUser(third.jar)).toBeNull();
    expect(await sessionUser(second.jar)).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);

    const events = await authEvents(email);
    expect(events.map((e) => [e.action, e.changes])).toEqual([
      ["SIGN_IN", { method: { before: null, after: "SSO" }, role: { before: null, after: "ADMIN" } }],
      ["SIGN_IN", { method: { before: null, after: "SSO" }, role: { before: "ADMIN", after: "VIEWER" } }],
      ["SIGN_IN_FAILED", { method: { before: null, after: "SSO" }, reason: { before: null, after: "SSO_NO_ROLE" } }],
    ]);
  });

  it("makes no account for someone in no mapped group, and audits the refusal once", async () => {
    const { login, email } = person(["kantine"]);
    const flow = await ssoSignIn(login);
    expect(flow.final.pathname).toBe("/sign-in");
    expect(flow.final.searchParams.get("error")).toBe("sso_no_role");
    expect(flow.jar.get(BASE, COOKIE)).toBeUndefined();
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    const events = await authEvents(email);
    expect(events.map((e) => [e.action, e.actorId, e.changes])).toEqual([
      [
        "SIGN_IN_FAILED",
        null,
        { method: { before: null, after: "SSO" }, reason: { before: null, after: "SSO_NO_ROLE" } },
      ],
    ]);
  });

  it("signs an admin-made account in with its e-mail, and refuses it once deactivated", async () => {
    const { login, email } = person(["intl-viewers"]);
    const made = await createAccount(db, TEST_ACTORS.ADMIN, {
      name: "Von der Administration angelegt",
      email,
      role: "EDITOR",
      password: "Ein-gutes-Passwort-1",
    });
    // Linked by e-mail; the groups decide the role from now on.
    expect(await sessionUser((await ssoSignIn(login)).jar)).toMatchObject({ id: made.id, role: "VIEWER" });
    expect(await hasPassword(db, made.id)).toBe(true);

    const { version } = await db.user.findUniqueOrThrow({ where: { id: made.id } });
    await setAccountActive(db, TEST_ACTORS.ADMIN, { id: made.id, version, active: false });
    const refused = await ssoSignIn(login);
    expect(refused.final.searchParams.get("error")).toBe("sso_deactivated");
    expect(refused.jar.get(BASE, COOKIE)).toBeUndefined();
    expect(await db.session.count({ where: { userId: made.id } })).toBe(0);
    const events = await authEvents(email);
    expect(events.at(-1)).toMatchObject({
      action: "SIGN_IN_FAILED",
      actorId: made.id,
      changes: { method: { before: null, after: "SSO" }, reason: { before: null, after: "SSO_DEACTIVATED" } },
    });
    expect(events.filter((e) => e.action === "SIGN_IN_FAILED")).toHaveLength(1);
  });

  it("refuses a callback whose state was changed (and the real state after it: it is used once)", async () => {
    const { login, email } = person(["intl-editors"]);
    const before = await db.auditEvent.count({ where: { action: "SIGN_IN_FAILED" } });
    let code = "";
    const flow = await ssoSignIn(login, {
      callback: (url) => {
        code = url.searchParams.get("code") ?? "";
        url.searchParams.set("state", `${url.searchParams.get("state")}x`);
      },
    });
    expect(code).not.toBe("");
    expect(flow.final.pathname).toBe("/sign-in");
    expect(flow.final.searchParams.get("error")).toBe("state_mismatch");
    expect(flow.jar.get(BASE, COOKIE)).toBeUndefined();
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    const failed = await db.auditEvent.findMany({
      where: { action: "SIGN_IN_FAILED" },
      orderBy: { id: "desc" },
      take: (await db.auditEvent.count({ where: { action: "SIGN_IN_FAILED" } })) - before,
    });
    expect(failed.map((e) => [e.actorEmail, e.ipAddress, e.changes])).toEqual([
      [null, flow.ip, { method: { before: null, after: "SSO" }, reason: { before: null, after: "SSO_STATE" } }],
    ]);
  });

  it("refuses an ID token whose nonce is not the one the app sent", async () => {
    const { login, email } = person(["intl-editors"]);
    const flow = await ssoSignIn(login, {
      authorization: (url) => url.searchParams.set("nonce", "a-nonce-the-app-never-sent-0123456789"),
    });
    expect(flow.final.searchParams.get("error")).toBe("unable_to_get_user_info");
    expect(flow.jar.get(BASE, COOKIE)).toBeUndefined();
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    const [event] = await db.auditEvent.findMany({
      where: { action: "SIGN_IN_FAILED", ipAddress: flow.ip },
    });
    expect(event?.changes).toEqual({
      method: { before: null, after: "SSO" },
      reason: { before: null, after: "SSO_TOKEN" },
    });
  });

  it("refuses a code exchanged without the PKCE verifier the challenge was made from", async () => {
    const { login, email } = person(["intl-editors"]);
    const flow = await ssoSignIn(login, {
      authorization: (url) => url.searchParams.set("code_challenge", "A".repeat(43)),
    });
    expect(flow.final.searchParams.get("error")).toBe("invalid_code");
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });

  it("audits callbacks refused before the provider named anyone in bounded form per address", async () => {
    const ip = freshIp();
    const jar = new CookieJar();
    for (let i = 0; i < SIGN_IN_LIMITS.failures + 2; i++) {
      const response = await toApp(jar, ip, `${BASE}/api/auth/callback/city?state=forged-${i}&code=forged`);
      expect(response.status).toBe(302);
      expect(new URL(response.headers.get("location") ?? "", BASE).searchParams.get("error")).toBe("state_mismatch");
    }
    const events = await db.auditEvent.findMany({ where: { ipAddress: ip }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.changes])).toEqual([
      ["SIGN_IN_FAILED", { method: { before: null, after: "SSO" }, reason: { before: null, after: "SSO_STATE" } }],
      [
        "SIGN_IN_FAILED",
        {
          method: { before: null, after: "SSO" },
          reason: { before: null, after: "SSO_STATE" },
          attempts: { before: null, after: SIGN_IN_LIMITS.failures },
        },
      ],
    ]);
  });

  it("refuses an ID token handed in by the client, and other providers' parameters", async () => {
    const jar = new CookieJar();
    for (const body of [
      { provider: "city", idToken: { token: "x.y.z" } },
      { provider: "city", scopes: ["offline_access"] },
      { provider: "github" },
    ]) {
      const response = await toApp(jar, freshIp(), `${BASE}/api/auth/sign-in/social`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: BASE },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(400);
    }
  });

  it("signs out: the app session ends, and the answer names the provider's end-session address", async () => {
    const { login, email } = person(["intl-viewers"]);
    const flow = await ssoSignIn(login);
    const user = await sessionUser(flow.jar);
    expect(user).toMatchObject({ email });
    const response = await toApp(flow.jar, flow.ip, `${BASE}/api/auth/sign-out`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: BASE },
      body: JSON.stringify({ callbackURL: "/sign-in", disableRedirect: true }),
    });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { url?: string };
    const end = new URL(answer.url ?? "");
    expect(`${end.origin}${end.pathname}`).toBe(`${idp.issuer}/session/end`);
    expect(end.searchParams.get("post_logout_redirect_uri")).toBe(`${BASE}/sign-in`);
    expect(end.searchParams.get("id_token_hint")).toBeTruthy();
    expect(await sessionUser(flow.jar)).toBeNull();
    expect(await db.session.count({ where: { userId: user?.id } })).toBe(0);
    expect((await authEvents(email)).map((e) => e.action)).toEqual(["SIGN_IN", "SIGN_OUT"]);
  });

  it("refuses password sign-in when it is switched off, and keeps it otherwise", async () => {
    const made = await createAccount(db, TEST_ACTORS.ADMIN, {
      name: "Passwortkonto",
      email: `pw-${randomUUID().slice(0, 8)}@stadt-koeln.example`,
      role: "VIEWER",
      password: "Ein-gutes-Passwort-1",
    });
    const ssoOnly = createAuth(db, {
      secret: SECRET,
      baseURL: BASE,
      trustedOrigins: () => [BASE],
      passwordSignIn: false,
    });
    const attempt = (instance: Auth) =>
      instance.handler(
        new Request(`${BASE}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: BASE, "x-forwarded-for": freshIp() },
          body: JSON.stringify({ email: made.email, password: "Ein-gutes-Passwort-1" }),
        }),
      );
    const refused = await attempt(ssoOnly);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe("PASSWORD_SIGN_IN_DISABLED");
    expect(refused.headers.getSetCookie().some((c) => c.startsWith(`${COOKIE}=`))).toBe(false);
    expect((await attempt(auth)).status).toBe(200);
  });

  it("offers no single sign-on endpoints when it is not configured", async () => {
    const plain = createAuth(db, { secret: SECRET, baseURL: BASE, trustedOrigins: () => [BASE] });
    const response = await plain.handler(
      new Request(`${BASE}/api/auth/sign-in/social`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: BASE, "x-forwarded-for": freshIp() },
        body: JSON.stringify({ provider: "city", callbackURL: "/" }),
      }),
    );
    expect(response.status).toBe(404);
    expect((await plain.handler(new Request(`${BASE}/api/auth/callback/city?state=x&code=y`))).status).toBe(404);
  });
});
