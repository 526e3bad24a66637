// What a client sees when the server fails inside, in production: no stack traces, no SQL, no internal paths, no
// table or column names, no connection details. Goes through the app's real route handlers (tRPC, better-auth,
// health) with NODE_ENV=production, against a test database that is broken step by step: a renamed table, a
// renamed column, a missing session table, and finally no database at all. A control run outside production shows
// that the same failures do carry those details there, so the checks below can see a leak.
import { randomUUID } from "node:crypto";
import pg from "pg";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { forgetSessions } from "../auth/session";
import { DATABASE_UNAVAILABLE_MESSAGE } from "../db/errors";
import { createAccount } from "../services/account/accounts";
import { TEST_ACTORS } from "../test/caller";
import { createTestDatabase, withPgClient } from "../test/database";

type Handler = (request: Request) => Promise<Response>;

const BASE = "http://localhost:3000";
const PASSWORD = "Geheimes-Passwort-7";
let url: string;
let trpcGet: Handler;
let authGet: Handler;
let authPost: Handler;
let healthGet: () => Promise<Response>;
let exportGet: (request: Request, context: { params: Promise<{ kind: string }> }) => Promise<Response>;
let cookie: string;
let email: string;

/** What would give the server's inner workings away. */
const LEAKS: [string, RegExp][] = [
  ["a stack frame", /\bat\s+(?:async\s+)?[\w$.<>[\]]+\s+\(|\n\s+at\s/],
  ['"at " of a stack', /\sat\s/],
  ["a file path", /\/work\/|\/home\/|\/tmp\/|\/usr\/|node_modules|file:\/\/|[\w-]+\.(?:ts|tsx|js|mjs|cjs)\b/],
  [
    "SQL",
    /\b(?:SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|JOIN|RETURNING|relation|column|syntax error|constraint)\b|"public"\./i,
  ],
  ["a table or column name", /Agreement_gone|"Session"|signedOn_gone|\bpublic\.|prisma|P20\d\d|P10\d\d/i],
  [
    "connection details",
    /ECONNREFUSED|127\.0\.0\.1|localhost:\d{4,5}\/|postgres(?:ql)?:\/\/|t_[0-9a-f]{12}|database "/i,
  ],
];

/**
 * A route handler as Next.js runs it: an error it throws becomes a bare 500 with an empty body
 * (next/dist/build/templates/app-route.js: `sendResponse(…, new Response(null, { status: 500 }))`); the error
 * itself only goes to the server's log. better-auth throws, instead of answering, when its database-backed rate
 * limiter cannot read its table.
 */
function asNext<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch {
      return new Response(null, { status: 500 });
    }
  };
}

function leaksIn(text: string): string[] {
  return LEAKS.filter(([, pattern]) => pattern.test(text)).map(([what]) => what);
}

function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  return withPgClient(url, run);
}

function trpcQuery(path: string, input: unknown, withCookie = true): Request {
  const query = encodeURIComponent(JSON.stringify(superjson.serialize(input)));
  return new Request(`${BASE}/api/trpc/${path}?input=${query}`, { headers: withCookie ? { cookie } : {} });
}

function signInRequest(address: string): Request {
  return new Request(`${BASE}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: BASE, "x-forwarded-for": address },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
}

/** Answers a request and returns its status and body; the body must hold no leak. */
async function expectNoLeak(response: Response, expectedStatus: number) {
  const body = await response.text();
  expect(response.status, body).toBe(expectedStatus);
  expect(leaksIn(body), body).toEqual([]);
  return body;
}

beforeAll(async () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>["db"];
  ({ db, url } = await createTestDatabase("seeded"));
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("DATABASE_URL", url);
  vi.stubEnv("BETTER_AUTH_SECRET", "errors-test-secret-".repeat(3));
  vi.stubEnv("APP_URL", "");
  vi.stubEnv("PORT", "3000");
  // The route handlers log internal errors on the server (that is where they belong); keep the test output clean.
  vi.spyOn(console, "error").mockImplementation(() => {});
  vi.spyOn(console, "warn").mockImplementation(() => {});

  const trpcRoute = await import("../../app/api/trpc/[trpc]/route");
  const authRoute = await import("../../app/api/auth/[...all]/route");
  const healthRoute = await import("../../app/api/health/route");
  trpcGet = asNext(trpcRoute.GET);
  authGet = asNext(authRoute.GET);
  authPost = asNext(authRoute.POST);
  healthGet = asNext(healthRoute.GET);
  exportGet = asNext((await import("../../app/api/export/[kind]/route")).GET);

  email = `fehler-${randomUUID().slice(0, 8)}@stadt-koeln.example`;
  await createAccount(db, TEST_ACTORS.ADMIN, { name: "Fehler Test", email, role: "EDITOR", password: PASSWORD });
  const signedIn = await authPost(signInRequest("10.9.0.1"));
  expect(signedIn.status).toBe(200);
  const session = signedIn.headers.getSetCookie().find((line) => line.startsWith("partnerschaften.session_token="));
  cookie = (session ?? "").split(";")[0] as string;
  expect(cookie).toMatch(/^partnerschaften\.session_token=./);
});

afterAll(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("errors a client sees in production", () => {
  it("a working app answers normally (the setup is sound)", async () => {
    expect(await (await healthGet()).json()).toEqual({ status: "ok" });
    const list = await trpcGet(trpcQuery("agreement.list", {}));
    expect(list.status).toBe(200);
  });

  it("tRPC: an unmapped Prisma error (missing table) is a bare 'Internal server error'", async () => {
    await admin((client) => client.query('ALTER TABLE "Agreement" RENAME TO "Agreement_gone"'));
    try {
      // Another input than the setup's read: that answer is kept until a record changes (renaming a table is none).
      const body = await expectNoLeak(await trpcGet(trpcQuery("agreement.list", { q: "gone" })), 500);
      const error = (JSON.parse(body) as { error: { json: { message: string; data: Record<string, unknown> } } }).error
        .json;
      expect(error.message).toBe("Internal server error");
      expect(error.data.code).toBe("INTERNAL_SERVER_ERROR");
      expect(error.data).not.toHaveProperty("stack");

      // Control: outside production the same failure does show its details, so the checks above can catch one.
      vi.stubEnv("NODE_ENV", "development");
      const dev = await (await trpcGet(trpcQuery("agreement.list", { q: "gone" }))).text();
      vi.stubEnv("NODE_ENV", "production");
      expect(leaksIn(dev)).toEqual(expect.arrayContaining(["a stack frame", "a file path"]));
      expect(dev).toMatch(/Agreement_gone|Agreement/);
    } finally {
      await admin((client) => client.query('ALTER TABLE "Agreement_gone" RENAME TO "Agreement"'));
    }
  });

  it("tRPC: a failing raw SQL query (missing column) does not show the SQL", async () => {
    await admin((client) => client.query('ALTER TABLE "Agreement" RENAME COLUMN "signedOn" TO "signedOn_gone"'));
    try {
      const response = await trpcGet(trpcQuery("statistics.dashboard", undefined));
      const body = await expectNoLeak(response, 500);
      expect(body).toContain("Internal server error");
    } finally {
      await admin((client) => client.query('ALTER TABLE "Agreement" RENAME COLUMN "signedOn_gone" TO "signedOn"'));
    }
  });

  it("tRPC and better-auth: a failing session lookup shows no details", async () => {
    // A session the server keeps (server/auth/session.ts) is not looked up again: forgotten, so that it is.
    forgetSessions();
    await admin((client) => client.query('ALTER TABLE "Session" RENAME TO "Session_gone"'));
    try {
      // tRPC's context reads the session first: the whole request fails inside.
      await expectNoLeak(await trpcGet(trpcQuery("agreement.list", {})), 500);
      // better-auth's own endpoints.
      const session = await authGet(new Request(`${BASE}/api/auth/get-session`, { headers: { cookie } }));
      const sessionBody = await session.text();
      expect(session.status).toBeGreaterThanOrEqual(400);
      expect(leaksIn(sessionBody), sessionBody).toEqual([]);
      const signIn = await authPost(signInRequest("10.9.0.2"));
      const signInBody = await signIn.text();
      expect(signIn.status).toBeGreaterThanOrEqual(400);
      expect(leaksIn(signInBody), signInBody).toEqual([]);
    } finally {
      await admin((client) => client.query('ALTER TABLE "Session_gone" RENAME TO "Session"'));
    }
  });

  it("with the database gone: health says 503 without the cause, tRPC and better-auth show no details", async () => {
    const parsed = new URL(url);
    const name = parsed.pathname.slice(1);
    parsed.pathname = "/postgres";
    const server = new pg.Client({ connectionString: parsed.toString() });
    await server.connect();
    try {
      await server.query(`DROP DATABASE ${name} WITH (FORCE)`);
    } finally {
      await server.end();
    }

    const health = await healthGet();
    const healthBody = await expectNoLeak(health, 503);
    expect(JSON.parse(healthBody)).toEqual({ status: "unavailable", reason: "database not reachable" });

    // The session lookup fails first: "unavailable, try again" (503), as for any query without its database; the
    // body is that message and nothing else ("at the moment" is no stack's "at ").
    const unavailable = await trpcGet(trpcQuery("agreement.list", {}));
    const trpcBody = await unavailable.text();
    expect(unavailable.status, trpcBody).toBe(503);
    expect(JSON.parse(trpcBody).error.json).toMatchObject({
      message: DATABASE_UNAVAILABLE_MESSAGE,
      data: { code: "SERVICE_UNAVAILABLE" },
    });
    expect(leaksIn(trpcBody.replace(DATABASE_UNAVAILABLE_MESSAGE, "")), trpcBody).toEqual([]);
    // Attack run: an export answered a bare 500 with an empty body while the database was away. Now 503, as tRPC.
    const exported = await exportGet(new Request(`${BASE}/api/export/agreements?format=csv`, { headers: { cookie } }), {
      params: Promise.resolve({ kind: "agreements" }),
    });
    expect(exported.status).toBe(503);
    expect(await exported.json()).toEqual({ error: DATABASE_UNAVAILABLE_MESSAGE });
    const signIn = await authPost(signInRequest("10.9.0.3"));
    const signInBody = await signIn.text();
    expect(signIn.status, signInBody).toBe(503);
    expect(JSON.parse(signInBody).message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
    expect(leaksIn(signInBody.replace(DATABASE_UNAVAILABLE_MESSAGE, "")), signInBody).toEqual([]);
    const session = await authGet(new Request(`${BASE}/api/auth/get-session`, { headers: { cookie } }));
    const sessionBody = await session.text();
    expect(leaksIn(sessionBody), sessionBody).toEqual([]);
  });
});
