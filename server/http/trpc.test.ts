// The production server's way of answering a single query by GET (answerQuery: from the Node request, no Fetch API)
// gives what tRPC's fetch adapter (handleTrpcRequest, which `next dev` and every other call use) gives: the same
// status and the same bytes, for answers, refusals and bad input; and it leaves everything else to the adapter.
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/prisma";
import { createAccount } from "../services/account/accounts";
import { TEST_ACTORS } from "../test/caller";
import { createTestDatabase } from "../test/database";

const BASE = "http://localhost:3000";
const PASSWORD = "Richtiges-Passwort-1";
const COOKIE = "partnerschaften.session_token";

type TrpcModule = typeof import("./trpc");
let trpc: TrpcModule;
let db: Db;
let cookie: string;
const saved = { ...process.env };

beforeAll(async () => {
  const database = await createTestDatabase("seeded");
  db = database.db;
  // The app's own instances (server/auth/instance.ts, server/db/client.ts) read the environment on first use.
  process.env.DATABASE_URL = database.url;
  process.env.BETTER_AUTH_SECRET = "q".repeat(40);
  process.env.APP_URL = BASE;
  trpc = await import("./trpc");
  const { auth } = await import("../auth/instance");
  const tag = randomUUID().slice(0, 8);
  const user = await createAccount(db, TEST_ACTORS.ADMIN, {
    name: `Schnell ${tag}`,
    email: `schnell-${tag}@stadt-koeln.example`,
    role: "VIEWER",
    password: PASSWORD,
  });
  const response = await auth().handler(
    new Request(`${BASE}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: BASE, "x-forwarded-for": "10.7.0.1" },
      body: JSON.stringify({ email: user.email, password: PASSWORD }),
    }),
  );
  expect(response.status).toBe(200);
  const line = response.headers.getSetCookie().find((header) => header.startsWith(`${COOKIE}=`));
  cookie = (line as string).split(";")[0] as string;
});

afterAll(async () => {
  const app = globalThis as unknown as { prisma?: Db };
  await app.prisma?.$disconnect();
  for (const key of ["DATABASE_URL", "BETTER_AUTH_SECRET", "APP_URL"]) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

/** The path and query of a GET call of `procedure`, as the browser's tRPC client writes it. */
function target(procedure: string, input?: unknown): { pathname: string; search: string } {
  const search = input === undefined ? "" : `input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
  return { pathname: `/api/trpc/${procedure}`, search };
}

/** Both ways of answering the same request: the adapter's status and text, and answerQuery's. */
async function both(procedure: string, input: unknown, headers: Record<string, string>, rawSearch?: string) {
  const { pathname, search } = target(procedure, input);
  const query = rawSearch ?? search;
  const adapter = await trpc.handleTrpcRequest(
    new Request(`${BASE}${pathname}${query ? `?${query}` : ""}`, { headers }),
  );
  const node = { method: "GET", headers } as unknown as IncomingMessage;
  const plain = await trpc.answerQuery(node, pathname, query);
  return {
    adapter: { status: adapter.status, body: await adapter.text(), type: adapter.headers.get("content-type") },
    plain,
  };
}

/** An error's body without its stack trace (the two ways call from different places; production sends none). */
function withoutStack(body: string) {
  const parsed = JSON.parse(body) as { error?: { json?: { data?: { stack?: string } } } };
  if (parsed.error?.json?.data) delete parsed.error.json.data.stack;
  return parsed;
}

describe("a single query by GET without the Fetch API", () => {
  it("answers with the adapter's status and bytes", async () => {
    const signedIn = { cookie, "x-forwarded-for": "10.7.0.2" };
    const calls: [string, unknown][] = [
      ["account.me", undefined],
      ["statistics.dashboard", undefined],
      ["agreement.list", { status: ["ACTIVE"], sort: "title", dir: "desc", page: 2, pageSize: 10 }],
      ["partner.list", { q: "Kyoto" }],
    ];
    for (const [procedure, input] of calls) {
      const { adapter, plain } = await both(procedure, input, signedIn);
      expect(adapter.status, procedure).toBe(200);
      expect(adapter.type).toBe("application/json");
      expect(plain, procedure).toMatchObject({ status: 200, body: adapter.body });
    }
  });

  it("refuses as the adapter does: no session, a foreign cookie, bad input, input that is no JSON", async () => {
    const cases: [string, unknown, Record<string, string>, string?][] = [
      ["account.me", undefined, {}],
      ["agreement.list", { page: 1 }, { cookie: `${COOKIE}=forged.${"A".repeat(43)}=` }],
      ["agreement.list", { page: -3, sort: "nothing" }, { cookie }],
      ["agreement.list", undefined, { cookie }, "input=%7Bnot-json"],
    ];
    for (const [procedure, input, headers, raw] of cases) {
      const { adapter, plain } = await both(procedure, input, headers, raw);
      expect(adapter.status).toBeGreaterThanOrEqual(400);
      expect(plain?.status, `${procedure} ${JSON.stringify(headers)}`).toBe(adapter.status);
      expect(withoutStack(plain?.body ?? "")).toEqual(withoutStack(adapter.body));
    }
  });

  it("writes a kept answer once: the same object and the same text at the next call", async () => {
    const { pathname, search } = target("agreement.list", { sort: "partner", page: 3 });
    const node = { method: "GET", headers: { cookie } } as unknown as IncomingMessage;
    const first = await trpc.answerQuery(node, pathname, search);
    const second = await trpc.answerQuery(node, pathname, search);
    expect(first?.data).not.toBeNull();
    // The app's database client has its change feed: the answer is kept until a change.
    expect(second?.data).toBe(first?.data);
    expect(second?.body).toBe(first?.body);
  });

  it("leaves batches, mutations, streams and unknown paths to the adapter", async () => {
    const get = (headers: Record<string, string> = { cookie }) =>
      ({ method: "GET", headers }) as unknown as IncomingMessage;
    expect(await trpc.answerQuery(get(), "/api/trpc/account.me,account.me", "batch=1&input=%7B%7D")).toBeNull();
    expect(await trpc.answerQuery(get(), "/api/trpc/account.me", "batch=1")).toBeNull();
    expect(await trpc.answerQuery(get(), "/api/trpc/agreement.create", "")).toBeNull();
    expect(await trpc.answerQuery(get(), "/api/trpc/no.such", "")).toBeNull();
    expect(
      await trpc.answerQuery(get({ cookie, "trpc-accept": "application/jsonl" }), "/api/trpc/account.me", ""),
    ).toBeNull();
    const post = { method: "POST", headers: { cookie } } as unknown as IncomingMessage;
    expect(await trpc.answerQuery(post, "/api/trpc/account.me", "")).toBeNull();
  });
});
