// Two more app servers (ports PORT+1 and PORT+2) on the main test server's database, started the way a second
// instance behind a load balancer would be: the production build, DATABASE_URL as the app's own role (which owns
// nothing) and the one shared BETTER_AUTH_SECRET. A session made on one server counts on the other, and every limit
// holds across them: it is kept in PostgreSQL, not in one process's memory (issue 18).
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import superjson from "superjson";
import { DEMO_PASSWORD, demoAccount, ORIGIN, PORT, signInApi } from "./auth";

const DATA_DIR = path.resolve(".data/e2e"); // the main test server's (playwright.config.ts)
const PG_PORT = Number(process.env.E2E_PG_PORT ?? 54339);
const SERVERS = [PORT + 1, PORT + 2].map((port) => ({ port, base: `http://127.0.0.1:${port}` }));

function startServer(port: number): ChildProcess {
  const password = readFileSync(path.join(DATA_DIR, "postgres-app-password"), "utf8").trim();
  return spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      DATABASE_URL: `postgresql://partnerships_app:${encodeURIComponent(password)}@127.0.0.1:${PG_PORT}/partnerships`,
      BETTER_AUTH_SECRET: readFileSync(path.join(DATA_DIR, "auth-secret"), "utf8").trim(),
    },
    stdio: "ignore",
    detached: true,
  });
}

async function waitForHealth(base: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${base} did not become healthy`);
}

/** A sign-in through one server, from a given client address (X-Forwarded-For, as a proxy would set it). */
async function signIn(base: string, email: string, password: string, address: string) {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, "x-forwarded-for": address },
    body: JSON.stringify({ email, password }),
  });
  return response.status;
}

let servers: ChildProcess[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  servers = SERVERS.map(({ port }) => startServer(port));
  await Promise.all(SERVERS.map(({ base }) => waitForHealth(base)));
});

test.afterAll(async () => {
  await Promise.all(
    servers.map(async (server) => {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      if (server.pid) process.kill(-server.pid, "SIGTERM");
      await exited;
    }),
  );
});

test("two app servers on one database: sessions count on both, and the sign-in limits hold across them", async () => {
  const [a, b] = SERVERS as [(typeof SERVERS)[number], (typeof SERVERS)[number]];
  const tag = Date.now().toString(36);

  // A session made on one server is valid on the other (the shared secret; sessions in PostgreSQL).
  const api = await playwrightRequest.newContext({ baseURL: a.base });
  await signInApi(api, demoAccount("VIEWER").email, DEMO_PASSWORD, a.base);
  const cookie = (await api.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const session = await fetch(`${b.base}/api/auth/get-session`, { headers: { cookie } });
  expect((await session.json())?.user?.email).toBe(demoAccount("VIEWER").email);

  // Five wrong passwords for one account from one address, spread over both servers: the sixth attempt is
  // delayed on either server, and on the main one. Before, each process counted its own attempts.
  const email = `zwei-server-${tag}@stadt-koeln.example`;
  const address = "198.51.100.21";
  const statuses = [];
  for (let i = 0; i < 5; i++) statuses.push(await signIn((i % 2 ? b : a).base, email, `Falsch-${i}-Passwort`, address));
  expect(statuses).toEqual([401, 401, 401, 401, 401]);
  expect(await signIn(a.base, email, "Noch-ein-Versuch-1", address)).toBe(429);
  expect(await signIn(b.base, email, "Noch-ein-Versuch-1", address)).toBe(429);
  expect(await signIn(`http://127.0.0.1:${PORT}`, email, "Noch-ein-Versuch-1", address)).toBe(429);

  // A burst of parallel attempts, half through each server, gets exactly the limit's five tries.
  const burstEmail = `zwei-server-burst-${tag}@stadt-koeln.example`;
  const burst = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      signIn((i % 2 ? b : a).base, burstEmail, `Parallel-${i}-falsch`, "198.51.100.22"),
    ),
  );
  expect(burst.filter((status) => status === 401)).toHaveLength(5);
  expect(burst.filter((status) => status === 429)).toHaveLength(5);

  // The password-change lockout too: wrong current passwords through both servers count together.
  const change = async (base: string, currentPassword: string) => {
    const response = await fetch(`${base}/api/trpc/account.changeOwnPassword`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base, cookie },
      body: JSON.stringify(superjson.serialize({ currentPassword, newPassword: "Nie-gesetztes-Passwort-1" })),
    });
    return (await response.json()).error?.json?.message as string | undefined;
  };
  for (let i = 0; i < 5; i++) {
    expect(await change((i % 2 ? b : a).base, `Geraten-${i}-Passwort`)).toContain("not correct");
  }
  // Now even the right password is refused on both servers, and nothing was changed.
  expect(await change(a.base, DEMO_PASSWORD)).toContain("too many wrong passwords");
  expect(await change(b.base, DEMO_PASSWORD)).toContain("too many wrong passwords");
  await api.dispose();
});

test("a session signed out on one server is refused there at its next request, and on the other within 1 s", async () => {
  // The servers keep the sessions they have checked in memory (issue 20, server/auth/session.ts): the one that signs
  // out forgets them at once, the other hears of it through PostgreSQL's change feed.
  const [b] = SERVERS as [(typeof SERVERS)[number]];
  const api = await playwrightRequest.newContext({ baseURL: ORIGIN });
  await signInApi(api, demoAccount("VIEWER").email, DEMO_PASSWORD);
  const cookie = (await api.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const me = async (base: string) => (await fetch(`${base}/api/trpc/account.me`, { headers: { cookie } })).status;
  // Checked twice on each server: kept on both.
  for (const base of [ORIGIN, b.base, ORIGIN, b.base]) expect(await me(base)).toBe(200);
  const out = await fetch(`${ORIGIN}/api/auth/sign-out`, {
    method: "POST",
    headers: { cookie, origin: ORIGIN, "content-type": "application/json" },
    body: "{}",
  });
  expect(out.status).toBe(200);
  const signedOut = Date.now();
  expect(await me(ORIGIN)).toBe(401);
  let status = await me(b.base);
  while (status === 200 && Date.now() - signedOut < 5_000) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    status = await me(b.base);
  }
  expect(status).toBe(401);
  expect(Date.now() - signedOut).toBeLessThan(1_000);
  await api.dispose();
});
