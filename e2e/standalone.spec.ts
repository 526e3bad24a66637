// The operators' path without a container engine: the standalone build (.next/standalone, what the image holds)
// copied, made read-only, and started the way the image's entry point starts it (`node cli/start.mjs` in that folder,
// as an unprivileged user when the tests run as root), on its own embedded PostgreSQL. Then, as an operator would:
// liveness and readiness, a sign-in and a person with an e-mail address, the JSON log read back (request ids, no
// password, no address, no cookie), the metrics read back from their own port, an export and a PDF printed by the
// Chromium beside it, and SIGTERM while a PDF is being printed (it finishes, then the server exits).
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { chmodSync, chownSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer, get as httpGet, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { setOrigin, trpcMutation, trpcQuery } from "./api";
import { DEMO_PASSWORD, demoAccount, signInApi } from "./auth";

const PORT = Number(process.env.E2E_PORT ?? 3210) + 30;
const METRICS_PORT = PORT + 1;
/** A stand-in OpenTelemetry collector: it keeps what the app sends to /v1/traces. */
const OTLP_PORT = PORT + 2;
const PG_PORT = Number(process.env.E2E_PG_PORT ?? 54339) + 20;
const BASE = `http://127.0.0.1:${PORT}`;
const STANDALONE = path.resolve(".next/standalone");
/** As in the image: a user that owns nothing of the app's files (nobody), when the tests run as root. */
const UNPRIVILEGED = process.getuid?.() === 0 ? 65_534 : undefined;

interface LogLine {
  level: string;
  msg: string;
  requestId?: string;
  [key: string]: unknown;
}

let root = "";
let app: ChildProcess;
let output = "";
let exited: Promise<number | null>;
let startMs = 0;
let api: APIRequestContext;
let collector: Server;
const traces: string[] = [];

/** Every line the app wrote to standard output so far, each parsed as JSON (a line that is not JSON fails). */
function logLines(): LogLine[] {
  return output
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => {
      try {
        return JSON.parse(line) as LogLine;
      } catch {
        throw new Error(`a log line that is not JSON: ${line}`);
      }
    });
}

function chmodTree(target: string, writable: boolean): void {
  const stat = statSync(target);
  if (stat.isDirectory()) for (const entry of readdirSync(target)) chmodTree(path.join(target, entry), writable);
  chmodSync(target, writable ? stat.mode | 0o200 : stat.mode & ~0o222);
}

function statusOnNewConnection(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpGet(url, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).on("error", reject);
  });
}

async function metricsText(): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${METRICS_PORT}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/plain");
  return response.text();
}

/** The value of one metric line, e.g. metric(text, 'x_total{a="b"}'); undefined when it is not there. */
function metric(text: string, series: string): number | undefined {
  const line = text.split("\n").find((entry) => entry.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  expect(statSync(path.join(STANDALONE, "cli", "start.mjs")).isFile(), "run `npm run build` first").toBe(true);
  root = mkdtempSync(path.join(tmpdir(), "partnerships-standalone-"));
  const appDir = path.join(root, "app");
  const dataDir = path.join(root, "data");
  const home = path.join(root, "home");
  // Symlinks stay as they are (relative): the copy must not lean on the build folder.
  cpSync(STANDALONE, appDir, { recursive: true, verbatimSymlinks: true });
  chmodTree(appDir, false);
  for (const dir of [dataDir, home]) {
    mkdirSync(dir);
    if (UNPRIVILEGED !== undefined) chownSync(dir, UNPRIVILEGED, UNPRIVILEGED);
  }
  if (UNPRIVILEGED !== undefined) chmodSync(root, 0o755);

  collector = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += String(chunk);
    });
    request.on("end", () => {
      if (request.url === "/v1/traces") traces.push(body);
      response.writeHead(200, { "Content-Type": "application/json" }).end("{}");
    });
  }).listen(OTLP_PORT, "127.0.0.1");
  await once(collector, "listening");

  const started = Date.now();
  app = spawn(process.execPath, ["cli/start.mjs"], {
    cwd: appDir,
    env: {
      PATH: process.env.PATH,
      HOME: home,
      NODE_ENV: "production",
      PORT: String(PORT),
      HOST: "127.0.0.1",
      METRICS_PORT: String(METRICS_PORT),
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(PG_PORT),
      SEED: "demo",
      DEMO_ACCOUNTS: "true",
      SHUTDOWN_TIMEOUT: "20",
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${OTLP_PORT}`,
      ...(process.env.CHROMIUM_PATH ? { CHROMIUM_PATH: process.env.CHROMIUM_PATH } : {}),
    },
    uid: UNPRIVILEGED,
    gid: UNPRIVILEGED,
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: the cleanup reaches the server and the database too.
    detached: true,
  });
  app.stdout?.on("data", (chunk) => {
    output += String(chunk);
  });
  let stderr = "";
  app.stderr?.on("data", (chunk) => {
    stderr += String(chunk);
  });
  exited = new Promise((resolve) => app.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (app.exitCode !== null) throw new Error(`the standalone app exited while starting:\n${output}\n${stderr}`);
    try {
      if ((await fetch(`${BASE}/api/health/ready`)).ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`the standalone app did not become ready:\n${output}\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  startMs = Date.now() - started;
  api = await playwrightRequest.newContext({ baseURL: BASE });
  setOrigin(api, BASE);
});

test.afterAll(async () => {
  await api?.dispose();
  collector?.close();
  if (app?.pid && app.exitCode === null) {
    process.kill(-app.pid, "SIGKILL");
    await exited;
  }
  if (root) {
    chmodTree(root, true);
    rmSync(root, { recursive: true, force: true });
  }
});

test("the read-only standalone build starts, migrated and ready, and answers liveness and readiness", async () => {
  const live = await fetch(`${BASE}/api/health/live`);
  expect(live.status).toBe(200);
  expect(await live.json()).toEqual({ status: "ok" });
  const ready = await fetch(`${BASE}/api/health/ready`);
  const body = (await ready.json()) as { status: string; migrations: number };
  expect(body.status).toBe("ready");
  const shipped = readdirSync(path.join(STANDALONE, "prisma", "migrations"), { withFileTypes: true });
  expect(body.migrations).toBe(shipped.filter((entry) => entry.isDirectory()).length);
  expect((await fetch(`${BASE}/api/health`)).status).toBe(200);
  // Every line the start and the server wrote is JSON, with a level.
  const lines = logLines();
  expect(lines.some((line) => line.msg === "server listening")).toBe(true);
  expect(lines.every((line) => typeof line.level === "string")).toBe(true);
  // Without SMTP_URL: no e-mail, said once; the job queue's schema is installed all the same (issue 17).
  expect(lines.filter((line) => String(line.msg).startsWith("e-mail is off: SMTP_URL is not set"))).toHaveLength(1);
  expect(lines.filter((line) => line.msg === 'Job queue ready (schema "pgboss")')).toHaveLength(1);
  const memory = metric(await metricsText(), "partnerschaften_process_resident_memory_bytes") ?? 0;
  console.log(
    `standalone: ready after ${startMs} ms; server's resident memory at idle ${Math.round(memory / 2 ** 20)} MB`,
  );
});

test("a request id comes back as X-Request-Id and marks its log line; a proxy's id is kept", async () => {
  const own = await fetch(`${BASE}/sign-in`);
  const id = own.headers.get("x-request-id") ?? "";
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  const fromProxy = await fetch(`${BASE}/api/health/live`, { headers: { "X-Request-Id": "proxy-abc-12345" } });
  expect(fromProxy.headers.get("x-request-id")).toBe("proxy-abc-12345");
  // Something that could forge a log line is replaced.
  const forged = await fetch(`${BASE}/api/health/live`, { headers: { "X-Request-Id": 'x" "level":"fatal' } });
  expect(forged.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  await expect
    .poll(() => logLines().find((line) => line.requestId === id && line.msg === "request"))
    .toMatchObject({ level: "info", method: "GET", path: "/sign-in", status: 200, route: "page" });
});

test("the API answered beside Next.js carries the same response headers as a Next.js-served API route", async () => {
  const security = [
    "x-content-type-options",
    "x-frame-options",
    "referrer-policy",
    "permissions-policy",
    "cross-origin-opener-policy",
    "cross-origin-resource-policy",
    "content-security-policy",
    "strict-transport-security",
  ];
  const pick = (response: Response) => Object.fromEntries(security.map((name) => [name, response.headers.get(name)]));
  for (const headers of [{}, { "X-Forwarded-Proto": "https" }] as Record<string, string>[]) {
    // better-auth's routes stay with Next.js.
    const byNext = await fetch(`${BASE}/api/auth/get-session`, { headers });
    expect(byNext.status).toBe(200);
    const beside = await fetch(`${BASE}/api/trpc/account.me`, { headers });
    expect(beside.status).toBe(401);
    expect(pick(beside)).toEqual(pick(byNext));
    expect(beside.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(beside.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  }
  expect(
    (await fetch(`${BASE}/api/trpc/account.me`, { headers: { "X-Forwarded-Proto": "https" } })).headers.get(
      "strict-transport-security",
    ),
  ).toContain("max-age=");
  // A body over the limit is refused before any procedure runs.
  const huge = await fetch(`${BASE}/api/trpc/person.create`, {
    method: "POST",
    headers: { origin: BASE, "content-type": "application/json" },
    body: JSON.stringify({ json: { name: "x".repeat(3 * 1024 * 1024) } }),
  });
  expect(huge.status).toBeGreaterThanOrEqual(400);
  expect(huge.status).toBeLessThan(500);
});

test("a sign-in with a password and a person's e-mail address leave neither in the log", async () => {
  const admin = demoAccount("ADMIN");
  const wrong = await api.post("/api/auth/sign-in/email", {
    data: { email: admin.email, password: "Falsches-Passwort-123" },
    headers: { origin: BASE },
  });
  expect(wrong.status()).toBe(401);
  const signIn = await api.post("/api/auth/sign-in/email", {
    data: { email: admin.email, password: DEMO_PASSWORD },
    headers: { origin: BASE },
  });
  expect(signIn.status()).toBe(200);
  const signInId = signIn.headers()["x-request-id"];
  const cookie = (signIn.headers()["set-cookie"] ?? "").split(";")[0]?.split("=")[1] ?? "";
  expect(cookie.length).toBeGreaterThan(10);

  const email = `erika.musterfrau.${Date.now()}@example.org`;
  const person = await trpcMutation<{ id: number }>(api, "person.create", { name: "Erika Musterfrau", email });
  const read = await trpcQuery<{ email: string }>(api, "person.byId", { id: person.id });
  expect(read.email).toBe(email);
  // A search for the address: the query string never reaches the log.
  await trpcQuery(api, "person.list", { q: email });
  // Answers of 1 KB or more are compressed, as Next.js compresses its own.
  const list = await api.get(`/api/trpc/agreement.list?input=${encodeURIComponent('{"json":{}}')}`, {
    headers: { "Accept-Encoding": "gzip" },
  });
  expect(list.status()).toBe(200);
  expect(list.headers()["content-encoding"]).toBe("gzip");
  // tRPC's own Vary (its answer depends on trpc-accept and accept) is kept beside Accept-Encoding.
  expect(list.headers().vary).toBe("trpc-accept, accept, Accept-Encoding");
  expect(
    ((await list.json()) as { result: { data: { json: { total: number } } } }).result.data.json.total,
  ).toBeGreaterThan(0);

  await expect
    .poll(() => logLines().find((line) => line.requestId === signInId && line.msg === "request"))
    .toMatchObject({ path: "/api/auth/sign-in/email", status: 200 });
  const log = output;
  for (const secret of [DEMO_PASSWORD, "Falsches-Passwort-123", admin.email, email, cookie, "Musterfrau"]) {
    expect(log, `the log holds "${secret}"`).not.toContain(secret);
  }
  expect(log).not.toContain(encodeURIComponent(email));
});

test("the metrics port serves request, procedure, pool and queue metrics", async () => {
  const text = await metricsText();
  expect(metric(text, 'partnerschaften_http_requests_total{method="POST",route="/api/auth",status="200"}')).toBe(1);
  expect(metric(text, 'partnerschaften_http_requests_total{method="POST",route="/api/auth",status="401"}')).toBe(1);
  expect(
    metric(
      text,
      'partnerschaften_trpc_procedure_duration_seconds_count{procedure="person.create",type="mutation",outcome="OK"}',
    ),
  ).toBe(1);
  expect(text).toMatch(/partnerschaften_http_request_duration_seconds_bucket\{le="0\.1",method="GET",route="page"\}/);
  expect(metric(text, 'partnerschaften_db_pool_connections{pool="app",state="total"}')).toBeGreaterThan(0);
  expect(metric(text, 'partnerschaften_pdf_queue{state="waiting"}')).toBe(0);
  // A refused call counts as an error of its procedure.
  const refused = await fetch(`${BASE}/api/trpc/person.byId?input=${encodeURIComponent('{"json":{"id":1}}')}`);
  expect(refused.status).toBe(401);
  expect(
    metric(await metricsText(), 'partnerschaften_trpc_errors_total{procedure="person.byId",code="UNAUTHORIZED"}'),
  ).toBe(1);
  // The app's own port does not serve them.
  const onAppPort = await fetch(`${BASE}/metrics`);
  expect(await onAppPort.text()).not.toContain("partnerschaften_http_requests_total");
});

test("with OTEL_EXPORTER_OTLP_ENDPOINT set, Next.js' spans reach the collector over OTLP/HTTP", async () => {
  await fetch(`${BASE}/sign-in`);
  // The exporter sends in batches: the server's start-up spans may arrive in one before the request's.
  await expect.poll(() => traces.join("\n"), { timeout: 15_000 }).toMatch(/GET \/sign-in|\/sign-in/);
  const sent = traces.join("\n");
  expect(sent).toContain("resourceSpans");
  expect(sent).toContain('"partnerschaften"');
  // The API, answered beside Next.js (server/http/beside-next.ts), has its spans too, naming the procedure.
  await trpcQuery(api, "account.me");
  await expect.poll(() => traces.join("\n"), { timeout: 15_000 }).toContain("trpc.procedures");
  expect(traces.join("\n")).toContain("account.me");
});

test("exports stream and PDFs print from the standalone build; the metrics count them", async () => {
  const xlsx = await api.get("/api/export/agreements?format=xlsx&lang=de");
  expect(xlsx.status()).toBe(200);
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
  const pdf = await api.get("/api/export/partnership-report?format=pdf&lang=de", { timeout: 60_000 });
  expect(pdf.status(), await pdf.text().catch(() => "")).toBe(200);
  expect((await pdf.body()).subarray(0, 4).toString()).toBe("%PDF");
  const text = await metricsText();
  expect(metric(text, 'partnerschaften_exports_total{format="xlsx",outcome="complete"}')).toBe(1);
  expect(metric(text, 'partnerschaften_exports_total{format="pdf",outcome="complete"}')).toBe(1);
  expect(metric(text, 'partnerschaften_exports_in_progress{format="pdf"}')).toBe(0);
});

test("SIGTERM: the PDF being printed is delivered whole, then the server and its database stop", async () => {
  const editor = await playwrightRequest.newContext({ baseURL: BASE });
  await signInApi(editor, demoAccount("EDITOR").email, DEMO_PASSWORD, BASE);
  const pending = editor.get("/api/export/partnership-report?format=pdf&lang=en", { timeout: 60_000 });
  // The PDF is being printed (not merely some request running: one left over from the test before would do for
  // the in-flight count) before the signal goes.
  await expect
    .poll(async () => metric(await metricsText(), 'partnerschaften_pdf_queue{state="printing"}') ?? 0, {
      intervals: [50],
    })
    .toBeGreaterThan(0);
  const signalled = Date.now();
  app.kill("SIGTERM");
  // While it finishes, readiness says so (a load balancer stops sending requests). The signal goes to the start
  // process, which hands it on to the server: a request arriving in between is still answered "ready", so readiness
  // is polled as a load balancer polls it.
  // On a new connection: the server closes idle kept-alive ones at the signal, which fetch would reuse.
  await expect
    .poll(() => statusOnNewConnection(`${BASE}/api/health/ready`), { intervals: [50], timeout: 5_000 })
    .toBe(503);
  const pdf = await pending;
  expect(pdf.status(), `${await pdf.text()}\n${output.slice(-3000)}`).toBe(200);
  expect((await pdf.body()).subarray(0, 4).toString()).toBe("%PDF");
  expect(await exited).toBe(0);
  const stoppedAfter = Date.now() - signalled;
  const lines = logLines();
  expect(lines.find((line) => line.msg === "shutting down")).toMatchObject({ signal: "SIGTERM", timeoutSeconds: 20 });
  expect(lines.find((line) => line.msg === "server stopped")).toMatchObject({ cutRequests: 0 });
  expect(stoppedAfter).toBeLessThan(20_000 + 10_000);
  await expect(fetch(`${BASE}/api/health/live`)).rejects.toThrow();
  await editor.dispose();
});
