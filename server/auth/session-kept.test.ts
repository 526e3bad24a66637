// Sessions kept in memory (issue 20) stay exact: on the server that ends a session its next request is refused at
// once, on another server as soon as the change feed tells of it (here: two database clients with their own feeds on
// one database, as two app servers have), an expired session is refused by its time, and nothing is kept while the
// feed is down.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { attachChangeFeed, type ChangeFeed } from "../db/change-feed";
import { createPrismaClient, type Db } from "../db/prisma";
import { createAccount, endSessions } from "../services/account/accounts";
import { callerFor, TEST_ACTORS } from "../test/caller";
import { createTestDatabase } from "../test/database";
import type { Actor } from "./actor";
import { type Auth, createAuth } from "./auth";
import { createSessionReader, forgettingSessions, type SessionReader } from "./session";

const BASE = "http://localhost:3000";
const SECRET = "k".repeat(40);
const PASSWORD = "Richtiges-Passwort-1";
const COOKIE = "partnerschaften.session_token";

let url: string;
let dbA: Db;
let dbB: Db;
let dbDeaf: Db;
let feeds: ChangeFeed[] = [];
let authA: Auth;
let readA: SessionReader;
let readB: SessionReader;
let readDeaf: SessionReader;
let address = 0;

beforeAll(async () => {
  ({ db: dbA, url } = await createTestDatabase("seeded"));
  dbB = createPrismaClient(url, { maxConnections: 3 });
  // A server whose feed is up but listens to another database: it hears nothing of this one's changes, so only
  // what it does itself can make it forget a session.
  dbDeaf = createPrismaClient(url, { maxConnections: 3 });
  const other = await createTestDatabase("empty");
  feeds = [attachChangeFeed(dbA, url), attachChangeFeed(dbB, url), attachChangeFeed(dbDeaf, other.url)];
  await Promise.all(feeds.map((feed) => feed.ready()));
  authA = forgettingSessions(createAuth(dbA, { secret: SECRET, baseURL: BASE, trustedOrigins: () => [BASE] }));
  readA = createSessionReader(authA, dbA);
  readB = createSessionReader(authA, dbB);
  readDeaf = createSessionReader(authA, dbDeaf);
});

afterAll(async () => {
  await Promise.all(feeds.map((feed) => feed.close()));
  await dbB.$disconnect();
  await dbDeaf.$disconnect();
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function signedIn() {
  const tag = randomUUID().slice(0, 8);
  const email = `behalten-${tag}@stadt-koeln.example`;
  const user = await createAccount(dbA, TEST_ACTORS.ADMIN, {
    name: `Behalten ${tag}`,
    email,
    role: "EDITOR",
    password: PASSWORD,
  });
  address += 1;
  const response = await authA.handler(
    new Request(`${BASE}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: BASE, "x-forwarded-for": `10.8.0.${address}` },
      body: JSON.stringify({ email, password: PASSWORD }),
    }),
  );
  expect(response.status).toBe(200);
  const line = response.headers.getSetCookie().find((header) => header.startsWith(`${COOKIE}=`));
  if (!line) throw new Error("no session cookie");
  return { user, headers: new Headers({ cookie: line.split(";")[0] as string, origin: BASE }) };
}

/** Resolves at the next session change `feed` hears of. */
function sessionsChanged(feed: ChangeFeed): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no session change heard within 5 s")), 5_000);
    const stop = feed.subscribeSessions(() => {
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

/** Reads twice: the second answer is the very object of the first when the session was kept. */
async function keptBy(read: SessionReader, headers: Headers): Promise<Actor> {
  const first = await read(headers);
  expect(first).not.toBeNull();
  expect(await read(headers)).toBe(first);
  return first as Actor;
}

describe("kept sessions", () => {
  it("are kept while the feed is up, and a session signed out on this server is refused at its next request", async () => {
    const { user, headers } = await signedIn();
    expect((await keptBy(readDeaf, headers)).id).toBe(user.id);
    const out = await authA.handler(new Request(`${BASE}/api/auth/sign-out`, { method: "POST", headers }));
    expect(out.status).toBe(200);
    expect(await dbA.session.count({ where: { userId: user.id } })).toBe(0);
    // At once: the deaf server hears nothing from the database, only its own sign-out made it forget.
    expect(await readDeaf(headers)).toBeNull();
  });

  it("are forgotten when a change through tRPC on this server ends them (an admin ends the account's sessions)", async () => {
    const { user, headers } = await signedIn();
    await keptBy(readDeaf, headers);
    await callerFor(dbDeaf, TEST_ACTORS.ADMIN).account.endSessions({ id: user.id });
    expect(await readDeaf(headers)).toBeNull();
  });

  it("are refused on another server as soon as the change feed tells of the end", async () => {
    const { user, headers } = await signedIn();
    await keptBy(readA, headers);
    await keptBy(readB, headers);
    const heardA = sessionsChanged(feeds[0] as ChangeFeed);
    const started = Date.now();
    // Ended on server B, behind A's back; A learns it from PostgreSQL.
    await endSessions(dbB, TEST_ACTORS.ADMIN, user.id);
    await heardA;
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await readA(headers)).toBeNull();
    expect(await readB(headers)).toBeNull();
  });

  it("follow a change of the account made anywhere (by SQL, outside every service)", async () => {
    const { user, headers } = await signedIn();
    expect((await keptBy(readA, headers)).role).toBe("EDITOR");
    const heard = sessionsChanged(feeds[0] as ChangeFeed);
    await dbB.$executeRaw`UPDATE "User" SET role = 'VIEWER' WHERE id = ${user.id}`;
    await heard;
    expect((await readA(headers))?.role).toBe("VIEWER");
    const gone = sessionsChanged(feeds[0] as ChangeFeed);
    await dbB.$executeRaw`DELETE FROM "Session" WHERE "userId" = ${user.id}`;
    await gone;
    expect(await readA(headers)).toBeNull();
  });

  it("are refused once expired, kept or not", async () => {
    const { headers } = await signedIn();
    await keptBy(readDeaf, headers);
    const session = await dbA.session.findFirstOrThrow({ orderBy: { createdAt: "desc" }, select: { expiresAt: true } });
    vi.spyOn(Date, "now").mockReturnValue(session.expiresAt.getTime() + 1);
    expect(await readDeaf(headers)).toBeNull();
  });

  it("are not kept while the feed is down", async () => {
    const { headers } = await signedIn();
    const noFeed = createPrismaClient(url, { maxConnections: 2 });
    try {
      const read = createSessionReader(authA, noFeed);
      const first = await read(headers);
      expect(first).not.toBeNull();
      expect(await read(headers)).not.toBe(first);
    } finally {
      await noFeed.$disconnect();
    }
  });
});
