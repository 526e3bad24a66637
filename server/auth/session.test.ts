// The session reader (session.ts) against better-auth's own getSession on a real PostgreSQL: the same answer for a
// valid session, and no session wherever better-auth has none (forged, foreign, ended, expired, deactivated).
import { createHmac, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/prisma";
import { createAccount, endSessions, setAccountActive } from "../services/account/accounts";
import { TEST_ACTORS } from "../test/caller";
import { createTestDatabase } from "../test/database";
import { type Auth, createAuth, SESSION_SECONDS } from "./auth";
import { cookieValue } from "./cookies";
import type { Role } from "./roles";
import { createSessionReader, type SessionReader, verifiedToken } from "./session";

const BASE = "http://localhost:3000";
const SECRET = "s".repeat(40);
const PASSWORD = "Richtiges-Passwort-1";
const COOKIE = "partnerschaften.session_token";

let db: Db;
let auth: Auth;
let read: SessionReader;
let lastAddress = 0;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  auth = createAuth(db, { secret: SECRET, baseURL: BASE, trustedOrigins: () => [BASE] });
  read = createSessionReader(auth, db);
});

async function signedIn(role: Role = "EDITOR", instance = auth, base = BASE, name = COOKIE) {
  const tag = randomUUID().slice(0, 8);
  const email = `sitzung-${tag}@stadt-koeln.example`;
  const user = await createAccount(db, TEST_ACTORS.ADMIN, { name: `Sitzung ${tag}`, email, role, password: PASSWORD });
  lastAddress += 1;
  const response = await instance.handler(
    new Request(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base, "x-forwarded-for": `10.9.0.${lastAddress}` },
      body: JSON.stringify({ email, password: PASSWORD }),
    }),
  );
  expect(response.status).toBe(200);
  const line = response.headers.getSetCookie().find((header) => header.startsWith(`${name}=`));
  if (!line) throw new Error(`no ${name} cookie`);
  return { user, cookie: line.split(";")[0] as string };
}

/** better-auth's answer and the reader's for the same Cookie header. */
async function both(cookie: string, reader = read, instance = auth) {
  const headers = new Headers({ cookie });
  return { theirs: await instance.api.getSession({ headers }), ours: await reader(headers) };
}

describe("the session reader", () => {
  it("finds the same user and session as better-auth for a signed-in cookie, among other cookies", async () => {
    const { user, cookie } = await signedIn("VIEWER");
    const { theirs, ours } = await both(`locale=de; ${cookie}; other=1`);
    expect(theirs?.user.id).toBe(user.id);
    expect(ours).toEqual({
      id: user.id,
      name: user.name,
      email: user.email,
      role: "VIEWER",
      sessionId: theirs?.session.id,
    });
  });

  it("finds no session for a forged, foreign or malformed cookie, as better-auth does", async () => {
    const { cookie } = await signedIn();
    const value = decodeURIComponent(cookie.slice(COOKIE.length + 1));
    const token = value.slice(0, value.lastIndexOf("."));
    const signature = value.slice(value.lastIndexOf(".") + 1);
    const flipped = `${signature[0] === "A" ? "B" : "A"}${signature.slice(1)}`;
    const signedWith = (secret: string, text: string) =>
      `${text}.${createHmac("sha256", secret).update(text).digest("base64")}`;
    const forged = [
      `${token}.${flipped}`, // the signature changed
      signedWith("another secret of forty characters......", token), // signed with another secret
      signedWith(SECRET, randomUUID()), // a well-signed token of no session
      token, // no signature
      `${token}.${signature.slice(0, -1)}`, // a signature cut short
      "",
    ];
    for (const bad of forged) {
      const { theirs, ours } = await both(`${COOKIE}=${encodeURIComponent(bad)}`);
      expect(theirs, bad).toBeNull();
      expect(ours, bad).toBeNull();
    }
    // The right value under another name counts for neither.
    const renamed = await both(cookie.replace(COOKIE, "partnerschaften.session"));
    expect([renamed.theirs, renamed.ours]).toEqual([null, null]);
    expect((await both("")).ours).toBeNull();
  });

  it("finds no session once it is ended, expired or its account deactivated (even behind the service's back)", async () => {
    const ended = await signedIn();
    await endSessions(db, TEST_ACTORS.ADMIN, ended.user.id);
    expect(await both(ended.cookie)).toEqual({ theirs: null, ours: null });

    const expired = await signedIn();
    await db.session.updateMany({
      where: { userId: expired.user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await read(new Headers({ cookie: expired.cookie }))).toBeNull();
    expect(await auth.api.getSession({ headers: new Headers({ cookie: expired.cookie }) })).toBeNull();

    const deactivated = await signedIn();
    await setAccountActive(db, TEST_ACTORS.ADMIN, {
      id: deactivated.user.id,
      version: deactivated.user.version,
      active: false,
    });
    expect((await both(deactivated.cookie)).ours).toBeNull();

    const behindTheBack = await signedIn();
    expect(await read(new Headers({ cookie: behindTheBack.cookie }))).not.toBeNull();
    await db.user.update({ where: { id: behindTheBack.user.id }, data: { active: false } });
    expect(await read(new Headers({ cookie: behindTheBack.cookie }))).toBeNull();
  });

  it("reads the __Secure- cookie of an app served over https", async () => {
    const base = "https://partnerschaften.stadt-koeln.example";
    const secure = createAuth(db, { secret: SECRET, baseURL: base, trustedOrigins: () => [base] });
    const { user, cookie } = await signedIn("ADMIN", secure, base, `__Secure-${COOKIE}`);
    const reader = createSessionReader(secure, db);
    expect((await reader(new Headers({ cookie })))?.id).toBe(user.id);
    // The plain name does not count there.
    expect(await reader(new Headers({ cookie: cookie.replace(`__Secure-${COOKIE}`, COOKIE) }))).toBeNull();
  });
});

describe("what the reader relies on", () => {
  it("better-auth neither extends sessions nor caches them in a cookie (else the reader would have to as well)", () => {
    expect(auth.options.session).toMatchObject({
      expiresIn: SESSION_SECONDS,
      updateAge: SESSION_SECONDS,
      cookieCache: { enabled: false },
    });
    expect((auth.options as { secondaryStorage?: unknown }).secondaryStorage).toBeUndefined();
  });
});

describe("cookieValue and verifiedToken", () => {
  it("read the first cookie of the name, unquoted and URL-decoded", () => {
    expect(cookieValue("a=1; b=%3D2; a=3", "a")).toBe("1");
    expect(cookieValue('a=1; b="x%2Ey"', "b")).toBe("x.y");
    expect(cookieValue("ab=1", "a")).toBeNull();
    expect(cookieValue(null, "a")).toBeNull();
  });

  it("accept only the secret's HMAC-SHA256 in standard base64", () => {
    const mac = createHmac("sha256", SECRET).update("tok").digest("base64");
    expect(verifiedToken(`tok.${mac}`, SECRET)).toBe("tok");
    expect(verifiedToken(`tok.${mac}`, `${SECRET}x`)).toBeNull();
    expect(verifiedToken(`tok.${mac.replace(/=$/, "")}`, SECRET)).toBeNull();
    expect(verifiedToken(`.${mac}`, SECRET)).toBeNull();
  });
});
