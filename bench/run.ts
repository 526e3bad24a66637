// The benchmark runner (issue 6): `npm run bench -- --scale city|country|stress [--runs 3] [--duration 5]
// [--warmup 3] [--connections 10] [--port 3800] [--database-url URL] [--pg-port N] [--skip-frontend] [--skip-lighthouse]
// [--skip-export] [--smoke] [--figures KEY,…] [--server-cpu-prof DIR]`.
//
// 1. Starts the scale's own embedded PostgreSQL (bench/.data/<scale>; see bench/generate.ts), generating the data
//    first if it holds none, or uses --database-url.
// 2. Builds the app if its sources changed (as `npm start` does) and starts the production server (`next start`) on
//    loopback against that database; signs in over HTTP as a viewer account made for the benchmark.
// 3. For each figure: 10 clients (--connections) request it back to back with the session cookie (autocannon):
//    a warm-up, then --runs runs of --duration seconds; p50/p95 per run, the median of the runs is reported.
//    In the same run the floor: the SQL the same service function sends (captured from Prisma's query log) replayed
//    with `pg` by as many clients through a pool as large as the app's.
// 4. The dashboard's first-load JavaScript (gzip, as served) and Lighthouse (bench/frontend.ts); at stress scale
//    also the export of every agreement to CSV and XLSX (bench/export.ts, a child process per format).
// 5. Prints the table (figure, ours, floor, ratio, target, met?) and writes it as JSON to
//    bench/results/<scale>.json (the latest run of each scale; the README's table comes from these files).
//
// --smoke: a quick check that all of this still works (tiny data, 1 run of 3 s, no Lighthouse, no export); the
// test command runs it (`npm test`, after the browser tests); nothing it prints is a measurement.
// --figures listPage1,statistics: only these load figures (keys as in bench/figures.ts; the cache-off variants run
// with statistics/dashboardPage), no frontend or export figures, nothing written to bench/results (a partial table).
// --server-cpu-prof DIR: the server runs under V8's profiler and writes a .cpuprofile per server start into DIR when it
// stops (open it in Chromium's DevTools); the profiler slows the server, so nothing is written to bench/results.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { systemActor } from "../server/auth/actor";
import { buildIfNeeded, STANDALONE_DIR } from "../server/cli/build";
import { startEmbeddedPostgres } from "../server/db/embedded";
import { type Db, DEFAULT_POOL_SIZE } from "../server/db/prisma";
import { serverHeapArgs } from "../server/heap";
import { createAccount } from "../server/services/account/accounts";
import { createCalendarFeed } from "../server/services/calendar/feed";
import { createCapturer } from "./capture";
import { chooseInputs, type LoadFigure, loadFigures } from "./figures";
import { benchDataDir, generate } from "./generate";
import { type LoadOptions, type LoadResult, measureFloor, measureHttp, type Statement } from "./measure";
import { DEFAULT_PORTS, isScale, SCALES, type Scale } from "./scales";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.dirname(BENCH_DIR);
export const RESULTS_DIR = path.join(BENCH_DIR, "results");
const BENCH_ACCOUNT = {
  email: "benchmark@stadt-koeln.example",
  name: "Benchmark (Lesezugriff)",
  role: "VIEWER" as const,
};

// ---------------------------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------------------------

export interface Row {
  figure: string;
  unit: string;
  ours: number | null;
  floor: number | null;
  /** ours / floor. */
  ratio: number | null;
  /** In words, e.g. "≤ 50 ms, ≤ 2× floor"; null: measured, no target. */
  target: string | null;
  met: boolean | null;
  note?: string;
}

export interface BenchResult {
  scale: Scale;
  at: string;
  commit: string | null;
  machine: { cpu: string; cores: number; memoryGb: number; os: string; node: string; postgres: string };
  settings: LoadOptions;
  counts: Record<string, number>;
  rows: Row[];
  load: Record<string, { ours: LoadResult; floor: LoadResult | null; path: string }>;
  frontend?: unknown;
  export?: unknown;
}

// ---------------------------------------------------------------------------------------------------------------
// The figures
// ---------------------------------------------------------------------------------------------------------------

/** The targets of issue 6 for a load figure at a scale; `city` is the city run's result for the stress comparison. */
function loadTarget(
  scale: Scale,
  key: string,
  ours: LoadResult,
  floor: LoadResult | null,
  city: BenchResult | null,
): { target: string | null; met: boolean | null; note?: string } {
  const ratio = floor ? ours.p95 / floor.p95 : Number.NaN;
  if (scale === "country" && (key === "statistics" || key === "listPage1" || key === "listDeep")) {
    const limit = key === "statistics" ? 50 : 30;
    return { target: `p95 ≤ ${limit} ms, ≤ 2× floor`, met: ours.p95 <= limit && ratio <= 2 };
  }
  if (scale === "stress" && key === "statistics") return { target: "p95 ≤ 200 ms", met: ours.p95 <= 200 };
  if (scale === "stress" && key === "listPage1") {
    const cityP95 = city?.load.listPage1?.ours.p95;
    if (cityP95 === undefined) return { target: "p95 ≈ city's", met: null, note: "no city result to compare with" };
    // "About what it costs at city scale": within half again the city figure, or 5 ms (noise at these sizes).
    const limit = Math.max(cityP95 * 1.5, cityP95 + 5);
    return {
      target: `p95 ≈ city's ${cityP95.toFixed(1)} ms (≤ ${limit.toFixed(1)})`,
      met: ours.p95 <= limit,
    };
  }
  return { target: null, met: null };
}

/** Issue 20's throughput targets at country scale (10 clients), req/s. */
const THROUGHPUT_TARGETS: Record<string, number> = {
  accountMe: 3_000,
  statistics: 2_000,
  listPage1: 1_500,
  listDeep: 800,
  search: 700,
};

function throughputTarget(scale: Scale, key: string, ours: LoadResult): { target: string | null; met: boolean | null } {
  const limit = scale === "country" ? THROUGHPUT_TARGETS[key] : undefined;
  return limit === undefined ? { target: null, met: null } : { target: `≥ ${limit} req/s`, met: ours.rps >= limit };
}

// ---------------------------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------------------------

export interface Server {
  origin: string;
  /** The server's process (bench/live.ts reads its memory). */
  pid: number;
  stop(): Promise<void>;
}

export async function startServer(
  databaseUrl: string,
  port: number,
  log: (line: string) => void,
  env: Record<string, string> = {},
  profileDir?: string,
): Promise<Server> {
  const origin = `http://127.0.0.1:${port}`;
  // The production server as `npm start` runs it (the standalone build's cli/serve.mjs, server/cli/serve.ts), with
  // the server's heap limit (server/heap.ts).
  const nodeArgs = [...serverHeapArgs(), ...(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [])];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, path.join(STANDALONE_DIR, "cli", "serve.mjs")], {
    cwd: STANDALONE_DIR,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      APP_URL: origin,
      BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
      DEMO_ACCOUNTS: "false",
      ...env,
    },
  });
  // The server logs a line per request (as in production); only the last 64 KB are kept, for an error message.
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-65_536);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${origin}/api/health`);
      if (response.ok) {
        log(`Production server on ${origin}`);
        return { origin, pid: child.pid as number, stop };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`The server did not answer /api/health within 60 s:\n${output}`);
}

/** A bare Node HTTP server in its own process (port chosen by the system), measured like the app. */
async function measureBareNode(load: LoadOptions): Promise<LoadResult> {
  const child = spawn(
    process.execPath,
    [
      "-e",
      'const s = require("node:http").createServer((q, r) => r.end("ok")); s.listen(0, "127.0.0.1", () => console.log(s.address().port));',
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  try {
    const [chunk] = (await once(child.stdout as NodeJS.ReadableStream, "data")) as [Buffer];
    return await measureHttp(`http://127.0.0.1:${Number(chunk.toString().trim())}/`, {}, load);
  } finally {
    child.kill();
  }
}

/** A calendar feed URL token of the benchmark's account (a new one each run; the earlier one stops working). */
export async function calendarToken(db: Db): Promise<string> {
  const account = await db.user.findUniqueOrThrow({
    where: { email: BENCH_ACCOUNT.email },
    select: { id: true, name: true, email: true, role: true },
  });
  return (await createCalendarFeed(db, account)).token;
}

/** The benchmark's viewer account (created once per database, audited like any account) and a signed-in cookie. */
export async function signIn(db: Db, origin: string): Promise<string> {
  const password = `Bench-${randomBytes(12).toString("hex")}`;
  const existing = await db.user.findUnique({ where: { email: BENCH_ACCOUNT.email }, select: { id: true } });
  const actor = systemActor("Benchmark");
  if (existing) {
    const { setPassword } = await import("../server/services/account/accounts");
    await setPassword(db, actor, { id: existing.id, password });
  } else {
    await createAccount(db, actor, { ...BENCH_ACCOUNT, password });
  }
  const response = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email: BENCH_ACCOUNT.email, password }),
  });
  if (!response.ok) throw new Error(`Signing in failed (${response.status}): ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  if (!cookie) throw new Error("Signing in set no cookie");
  return cookie;
}

// ---------------------------------------------------------------------------------------------------------------
// Printing
// ---------------------------------------------------------------------------------------------------------------

function formatValue(value: number | null, unit: string): string {
  if (value === null || Number.isNaN(value)) return "–";
  if (unit === "ms") return value < 10 ? value.toFixed(2) : value.toFixed(1);
  if (unit === "req/s") return value.toFixed(0);
  if (unit === "s") return value.toFixed(2);
  return value.toFixed(value < 10 ? 1 : 0);
}

export function formatTable(rows: readonly Row[]): string {
  const header = ["Figure", "Ours", "Floor", "Ratio", "Target", "Met?"];
  const lines = rows.map((row) => [
    row.figure,
    `${formatValue(row.ours, row.unit)} ${row.unit}`,
    row.floor === null ? "–" : `${formatValue(row.floor, row.unit)} ${row.unit}`,
    row.ratio === null ? "–" : `${row.ratio.toFixed(2)}×`,
    row.target ?? "–",
    row.met === null ? "–" : row.met ? "yes" : "NO",
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]?.length ?? 0)),
  );
  const render = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  return [render(header), `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`, ...lines.map(render)].join(
    "\n",
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------------------------

export interface RunOptions {
  scale: Scale;
  load: LoadOptions;
  port: number;
  databaseUrl?: string;
  /** The scale's embedded PostgreSQL's port (default: the scale's, bench/scales.ts). */
  pgPort?: number;
  /** "all": first-load JavaScript and Lighthouse; "js": only the former. */
  frontend: "all" | "js" | "none";
  exports: boolean;
  /** Where to write <scale>.json (default bench/results); null: not written. */
  resultsDir?: string | null;
  /** Only the load figures with these keys (all when absent). */
  figures?: readonly string[];
  /** Run the server under V8's profiler, writing its profiles into this folder. */
  serverCpuProfileDir?: string;
  log?: (line: string) => void;
}

async function gitCommit(): Promise<string | null> {
  try {
    const head = (await readFile(path.join(REPO_ROOT, ".git/HEAD"), "utf8")).trim();
    if (!head.startsWith("ref: ")) return head;
    return (await readFile(path.join(REPO_ROOT, ".git", head.slice(5)), "utf8")).trim();
  } catch {
    return null;
  }
}

export async function runBenchmark(options: RunOptions): Promise<BenchResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const { scale } = options;
  // Read before anything is built or measured: the commit the figures belong to.
  const commit = await gitCommit();
  let url = options.databaseUrl;
  let stopDatabase = async () => {};
  if (!url) {
    const embedded = await startEmbeddedPostgres({
      dir: benchDataDir(scale),
      port: options.pgPort ?? DEFAULT_PORTS[scale],
    });
    url = embedded.url;
    stopDatabase = embedded.stop;
  }
  let server: Server | null = null;
  const capturer = createCapturer(url);
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { applyMigrations } = await import("../server/db/schema-engine");
    const applied = await applyMigrations(url);
    if (applied.length) log(`Applied migrations: ${applied.join(", ")}`);
    const agreements = Number((await client.query(`SELECT count(*) AS n FROM "Agreement"`)).rows[0]?.n ?? 0);
    if (agreements === 0) {
      log(`No agreements yet: generating the ${scale} data set (bench/generate.ts)`);
      await generate({ scale, databaseUrl: url, migrate: false, log: (line) => log(`  ${line}`) });
    }
    const counts: Record<string, number> = {};
    for (const table of ["Agreement", "StatusChange", "Partner", "Activity", "WorkingGroup", "Milestone"]) {
      counts[table] = Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0]?.n ?? 0);
    }
    log(
      `Data: ${Object.entries(counts)
        .map(([table, n]) => `${n.toLocaleString("en")} ${table}`)
        .join(", ")}`,
    );
    const postgres = String((await client.query("SHOW server_version")).rows[0]?.server_version ?? "?");

    buildIfNeeded(log);
    server = await startServer(url, options.port, log, {}, options.serverCpuProfileDir);
    const cookie = await signIn(capturer.db, server.origin);
    const city = scale === "stress" ? await readResult("city", options.resultsDir ?? RESULTS_DIR) : null;

    const inputs = { ...(await chooseInputs(client)), calendarToken: await calendarToken(capturer.db) };
    const rows: Row[] = [];
    const load: BenchResult["load"] = {};
    const measureFigure = async (
      origin: string,
      sessionCookie: string,
      figure: LoadFigure,
      variant?: { key: string; label: string },
    ) => {
      const key = variant ? `${figure.key}${variant.key}` : figure.key;
      const label = variant ? `${figure.label.replace(", cached ≤ 10 s", "")}, ${variant.label}` : figure.label;
      log(`Measuring: ${label}`);
      const check = await fetch(`${origin}${figure.path}`, { headers: { cookie: sessionCookie } });
      if (!check.ok) throw new Error(`${figure.path} answered ${check.status}: ${(await check.text()).slice(0, 500)}`);
      const statements: Statement[] = await capturer.capture(figure.work);
      const ours = await measureHttp(`${origin}${figure.path}`, { cookie: sessionCookie }, options.load);
      if (ours.failures > 0) throw new Error(`${label}: ${ours.failures} requests failed under load`);
      if (ours.runs.some((run) => run.requests === 0)) {
        // Each request takes longer than a run under this load: said in the table, no floor measured (it would be
        // as slow), nothing invented.
        if (!variant) throw new Error(`${label}: no request completed within a run of ${options.load.duration} s`);
        rows.push({
          figure: `${label}: p95`,
          unit: "ms",
          ours: null,
          floor: null,
          ratio: null,
          target: null,
          met: null,
          note: `no request completed within a run of ${options.load.duration} s under ${options.load.connections} clients`,
        });
        return;
      }
      const floor = await measureFloor(url, statements, { ...options.load, poolSize: DEFAULT_POOL_SIZE });
      load[key] = { ours, floor, path: figure.path };
      const { target, met, note } = variant
        ? { target: null, met: null, note: undefined }
        : loadTarget(scale, figure.key, ours, floor, city);
      const extra = `floor: ${statements.length} SQL statements per request`;
      rows.push(
        {
          figure: `${label}: p50`,
          unit: "ms",
          ours: ours.p50,
          floor: floor.p50,
          ratio: ours.p50 / floor.p50,
          target: null,
          met: null,
        },
        {
          figure: `${label}: p95`,
          unit: "ms",
          ours: ours.p95,
          floor: floor.p95,
          ratio: ours.p95 / floor.p95,
          target,
          met,
          note: note ? `${note}; ${extra}` : extra,
        },
        {
          figure: `${label}: throughput`,
          unit: "req/s",
          ours: ours.rps,
          floor: floor.rps,
          ratio: ours.rps / floor.rps,
          ...(variant ? { target: null, met: null } : throughputTarget(scale, figure.key, ours)),
          note: bare ? `${((ours.rps / bare.rps) * 100).toFixed(1)} % of the bare Node server's` : undefined,
        },
      );
    };
    // The reference: a bare Node HTTP server answering "ok", under the same load on the same machine.
    log("Measuring: a bare Node HTTP server (reference)");
    const bare = await measureBareNode(options.load);
    rows.push({
      figure: 'Bare Node HTTP server (reference: `response.end("ok")`): throughput',
      unit: "req/s",
      ours: bare.rps,
      floor: null,
      ratio: null,
      target: null,
      met: null,
    });
    const allFigures = loadFigures(inputs);
    const unknown = options.figures?.filter((key) => !allFigures.some((figure) => figure.key === key)) ?? [];
    if (unknown.length)
      throw new Error(
        `--figures: no figure ${unknown.join(", ")} (there are ${allFigures.map((figure) => figure.key).join(", ")})`,
      );
    const figures = allFigures.filter((figure) => !options.figures || options.figures.includes(figure.key));
    for (const figure of figures) await measureFigure(server.origin, cookie, figure);

    let frontend: unknown;
    if (options.frontend !== "none") {
      const { frontendRows } = await import("./frontend-rows");
      const measured = await frontendRows(server.origin, cookie, { lighthouse: options.frontend === "all", log });
      rows.push(...measured.rows);
      frontend = measured.raw;
    }
    await server.stop();
    server = null;

    // The dashboard's figures are reused for STATISTICS_CACHE_SECONDS (server/services/statistics/cache.ts); what
    // computing them on every request costs is measured on a second server with the cache off.
    const cached = figures.filter((entry) => entry.key === "statistics" || entry.key === "dashboardPage");
    if (cached.length) {
      server = await startServer(
        url,
        options.port,
        log,
        { STATISTICS_CACHE_SECONDS: "0" },
        options.serverCpuProfileDir,
      );
      const uncachedCookie = await signIn(capturer.db, server.origin);
      for (const figure of cached) {
        await measureFigure(server.origin, uncachedCookie, figure, {
          key: "Uncached",
          label: "computed every request",
        });
      }
      await server.stop();
      server = null;
    }

    let exported: unknown;
    if (options.exports) {
      const { exportRows } = await import("./export-rows");
      const measured = await exportRows(url, log);
      rows.push(...measured.rows);
      exported = measured.raw;
    }

    const result: BenchResult = {
      scale,
      at: new Date().toISOString(),
      commit,
      machine: {
        cpu: os.cpus()[0]?.model ?? "?",
        cores: os.availableParallelism(),
        memoryGb: Math.round(os.totalmem() / 1024 ** 3),
        os: `${os.type()} ${os.release()} ${os.arch()}`,
        node: process.version,
        postgres,
      },
      settings: options.load,
      counts,
      rows,
      load,
      frontend,
      export: exported,
    };
    if (options.resultsDir !== null) {
      const dir = options.resultsDir ?? RESULTS_DIR;
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, `${scale}.json`), `${JSON.stringify(result, null, 2)}\n`);
    }
    return result;
  } finally {
    await server?.stop();
    await client.end().catch(() => {});
    await capturer.close().catch(() => {});
    await stopDatabase();
  }
}

export async function readResult(scale: Scale, dir = RESULTS_DIR): Promise<BenchResult | null> {
  try {
    return JSON.parse(await readFile(path.join(dir, `${scale}.json`), "utf8")) as BenchResult;
  } catch {
    return null;
  }
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0)
    throw new Error(`--${name} must be a non-negative number, not "${value}"`);
  return number;
}

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: "string", default: "country" },
      runs: { type: "string" },
      duration: { type: "string" },
      warmup: { type: "string" },
      connections: { type: "string" },
      port: { type: "string" },
      "database-url": { type: "string" },
      "pg-port": { type: "string" },
      "skip-frontend": { type: "boolean", default: false },
      "skip-lighthouse": { type: "boolean", default: false },
      "skip-export": { type: "boolean", default: false },
      smoke: { type: "boolean", default: false },
      figures: { type: "string" },
      "server-cpu-prof": { type: "string" },
    },
    allowPositionals: false,
  });
  const scale = values.smoke ? "tiny" : values.scale;
  if (!isScale(scale)) throw new Error(`--scale must be one of ${SCALES.join(", ")}, not "${scale}"`);
  const profileDir = values["server-cpu-prof"] ? path.resolve(values["server-cpu-prof"]) : undefined;
  const figures = values.figures?.split(",").map((key) => key.trim());
  const partial = Boolean(profileDir || figures);
  const load: LoadOptions = {
    runs: Math.max(1, Math.round(positive("runs", values.runs, values.smoke ? 1 : 3))),
    // The smoke's runs are long enough for the slowest page (the timeline's server render, ~0.3 s a request at tiny
    // scale) to finish a request under 10 clients: a 1 s run sometimes ended before any had.
    duration: positive("duration", values.duration, values.smoke ? 3 : 5),
    warmup: positive("warmup", values.warmup, values.smoke ? 1 : 3),
    connections: Math.max(1, Math.round(positive("connections", values.connections, 10))),
  };
  const result = await runBenchmark({
    scale,
    load,
    port: Math.round(positive("port", values.port, 3800)),
    databaseUrl: values["database-url"],
    pgPort: values["pg-port"] ? Math.round(positive("pg-port", values["pg-port"], 0)) : undefined,
    frontend: values["skip-frontend"] || figures ? "none" : values.smoke || values["skip-lighthouse"] ? "js" : "all",
    exports: !values.smoke && !values["skip-export"] && !figures && scale === "stress",
    resultsDir: values.smoke || partial ? null : RESULTS_DIR,
    figures,
    serverCpuProfileDir: profileDir,
  });
  console.log("");
  console.log(
    `Scale ${scale}: ${Object.entries(result.counts)
      .map(([table, n]) => `${n.toLocaleString("en")} ${table}`)
      .join(
        ", ",
      )}; ${load.connections} clients, warm-up ${load.warmup} s, median of ${load.runs} runs × ${load.duration} s`,
  );
  console.log(formatTable(result.rows));
  const notes = result.rows.filter((row) => row.note);
  if (notes.length) console.log(`\nNotes:\n${notes.map((row) => `- ${row.figure}: ${row.note}`).join("\n")}`);
  const { machine } = result;
  console.log(
    `\nMachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}; Node ${machine.node}, PostgreSQL ${machine.postgres}`,
  );
  if (profileDir) console.log(`Server CPU profiles in ${profileDir}`);
  if (partial) console.log("Not written to bench/results (only some figures, or a profiled server)");
  else if (!values.smoke)
    console.log(`Written to ${path.relative(process.cwd(), path.join(RESULTS_DIR, `${scale}.json`))}`);
  if (result.rows.some((row) => row.met === false)) {
    console.log("Some targets were missed (Met? = NO).");
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
