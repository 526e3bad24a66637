// The export benchmark (issues 4 and 6): `npx tsx bench/export.ts [--scale stress] [--formats csv,xlsx]
// [--query "sort=title&dir=desc"] [--batch-size N] [--database-url URL] [--port N] [--heap-mb N] [--keep]`.
//
// Exports every agreement of the scale's database (stress: 100,000) through the route handler's logic
// (handleExport, as an admin, no filter, the list's default order) to a temporary file (kept with --keep), once per
// format, each in a fresh child process (plain Node running an esbuild bundle of the handler, as the server runs
// compiled code: no tsx in the measured process; see childBundle) that samples process.memoryUsage() every 50 ms and watches the garbage
// collector; prints the time to the last byte, the CPU time, the peak RSS (also the OS's max RSS) and heap, and the
// live heap after full collections (what the export really holds), then reads each file back to check its row count.
// The child runs with the server's heap limit (--max-old-space-size, server/heap.ts: 1024 MB, as `npm start` sets
// it); --heap-mb N sets another, e.g. to show the export works in a small heap.
//
// Without --database-url it starts the scale's own embedded PostgreSQL (bench/.data/<scale>, port 54403 for stress;
// see bench/generate.ts) and, if it holds no agreements yet, generates the data first (a few minutes for stress).
// Targets (issue 6): CSV ≤ 5 s, XLSX ≤ 20 s, peak memory ≤ 300 MB.
import { spawn } from "node:child_process";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PerformanceObserver, constants as perfConstants } from "node:perf_hooks";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_SERVER_HEAP_MB, serverHeapArgs } from "../server/heap";
import type { Scale } from "./scales";

// Only node: modules and server/heap (which imports nothing) above. What the parent alone needs (the database, the
// data generator, the readers of the files) is imported in main(), so that the child's bundle (childBundle) leaves
// it out.
const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.dirname(BENCH_DIR);
const SAMPLE_MS = 50;
const MB = 1024 * 1024;

const TARGETS = { csv: { seconds: 5, mb: 300 }, xlsx: { seconds: 20, mb: 300 } } as const;
type Format = keyof typeof TARGETS;

interface ChildResult {
  format: Format;
  ms: number;
  /** CPU time of the process during the export (user + system), less sensitive to a busy machine than `ms`. */
  cpuMs: number;
  /** The largest heap found right after a full (mark-compact) garbage collection: what the export really keeps. */
  liveHeap: number;
  majorGcs: number;
  bytes: number;
  /** Before the export (modules loaded, database connected). */
  baseline: { rss: number; heapUsed: number };
  peak: { rss: number; heapUsed: number; external: number; arrayBuffers: number };
  /** process.resourceUsage().maxRSS, in bytes. */
  maxRss: number;
  samples: number;
}

// ---------------------------------------------------------------------------------------------------------------
// The child: one export, measured
// ---------------------------------------------------------------------------------------------------------------

export interface ChildOptions {
  url: string;
  format: Format;
  query: string;
  out: string;
  batchSize?: number;
}

export async function child(options: ChildOptions) {
  const { createPrismaClient } = await import("../server/db/prisma");
  const { handleExport } = await import("../server/export/handler");
  const db = createPrismaClient(options.url, { maxConnections: 4 });
  await db.$queryRaw`SELECT 1`;
  global.gc?.();
  const start = process.memoryUsage();
  const peak = { rss: start.rss, heapUsed: start.heapUsed, external: start.external, arrayBuffers: start.arrayBuffers };
  let samples = 0;
  const sample = () => {
    const now = process.memoryUsage();
    samples++;
    peak.rss = Math.max(peak.rss, now.rss);
    peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
    peak.external = Math.max(peak.external, now.external);
    peak.arrayBuffers = Math.max(peak.arrayBuffers, now.arrayBuffers);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  let liveHeap = start.heapUsed;
  let majorGcs = 0;
  const gcs = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as unknown as { detail?: { kind?: number } }).detail?.kind;
      if (kind !== perfConstants.NODE_PERFORMANCE_GC_MAJOR) continue;
      majorGcs++;
      liveHeap = Math.max(liveHeap, process.memoryUsage().heapUsed);
    }
  });
  gcs.observe({ entryTypes: ["gc"] });

  const cpu = process.cpuUsage();
  const started = performance.now();
  const actor = { id: "bench", name: "Benchmark", email: "bench@example.org", role: "ADMIN" as const };
  const request = new Request(
    `http://localhost/api/export/agreements?format=${options.format}&lang=de&${options.query}`,
  );
  const response = await handleExport(request, "agreements", actor, db, { batchSize: options.batchSize });
  if (response.status !== 200 || !response.body)
    throw new Error(`export answered ${response.status}: ${await response.text()}`);
  await pipeline(
    Readable.fromWeb(response.body as import("node:stream/web").ReadableStream),
    createWriteStream(options.out),
  );
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  clearInterval(timer);
  gcs.disconnect();
  sample();
  await db.$disconnect();

  const result: ChildResult = {
    format: options.format,
    ms,
    cpuMs: (used.user + used.system) / 1000,
    liveHeap,
    majorGcs,
    bytes: (await stat(options.out)).size,
    baseline: { rss: start.rss, heapUsed: start.heapUsed },
    peak,
    maxRss: process.resourceUsage().maxRSS * 1024,
    samples,
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

// ---------------------------------------------------------------------------------------------------------------
// The parent: database, children, read-back
// ---------------------------------------------------------------------------------------------------------------

/**
 * The child as the server runs the export: plain JavaScript in plain Node. `next start` runs the route's code
 * compiled by Next.js, with packages such as Prisma loaded from node_modules; a child under tsx would also carry
 * tsx's module hooks (a worker thread with its own heap) and the TypeScript it transpiled, some 35 MB of RSS the
 * server never has. So the child (this file's child(), the export handler and the Prisma client) is bundled once
 * with esbuild, which tsx itself runs on, packages left external as Next.js leaves Prisma, into bench/.data/ (where
 * node_modules resolve).
 */
async function childBundle(): Promise<{ file: string; remove: () => Promise<void> }> {
  const esbuild = await import("esbuild");
  const file = path.join(BENCH_DIR, ".data", `export-child-${process.pid}.mjs`);
  await esbuild.build({
    stdin: {
      contents: `import { child } from ${JSON.stringify(fileURLToPath(import.meta.url))};\nawait child(JSON.parse(process.argv[2]));\n`,
      resolveDir: BENCH_DIR,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    // main() (and with it everything only the parent imports) is dropped: the guard at the end becomes false.
    define: { "process.env.EXPORT_BENCH_CHILD_BUNDLE": '"1"' },
    minifySyntax: true,
    alias: { "@": REPO_ROOT },
    outfile: file,
    logLevel: "warning",
    plugins: [
      {
        // next/headers and the like are CommonJS files without an exports map: plain Node needs the extension.
        name: "next-subpaths",
        setup(build) {
          build.onResolve({ filter: /^next\/[a-z-]+$/ }, (args) => ({ path: `${args.path}.js`, external: true }));
        },
      },
    ],
  });
  return { file, remove: () => rm(file, { force: true }) };
}

function runChild(bundle: string, options: ChildOptions, heapMb?: number): Promise<ChildResult> {
  const heap = serverHeapArgs(heapMb ?? DEFAULT_SERVER_HEAP_MB);
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...heap, "--expose-gc", bundle, JSON.stringify(options)], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    proc.stdout.on("data", (chunk) => {
      output += String(chunk);
    });
    proc.on("error", reject);
    proc.on("close", (code) => {
      const line = output.split("\n").find((l) => l.startsWith("RESULT "));
      if (code !== 0 || !line) reject(new Error(`the export child failed (exit ${code}):\n${output}`));
      else resolve(JSON.parse(line.slice("RESULT ".length)) as ChildResult);
    });
  });
}

/** Records in the CSV file (the header excluded), read as a stream. */
async function csvRecordCount(file: string): Promise<number> {
  const { parse } = await import("csv-parse");
  let count = -1;
  await pipeline(
    createReadStream(file),
    parse({ delimiter: ";", bom: true, record_delimiter: "\r\n" }),
    async (records: AsyncIterable<unknown>) => {
      for await (const _ of records) count++;
    },
  );
  return count;
}

/** Rows of the first sheet of the XLSX file (the header excluded), unzipped as a stream. */
async function xlsxRowCount(file: string): Promise<number> {
  const { Unzip, UnzipInflate } = await import("fflate");
  let rows = 0;
  let tail = "";
  const unzip = new Unzip((entry) => {
    if (entry.name !== "xl/worksheets/sheet1.xml") return;
    const decoder = new TextDecoder();
    entry.ondata = (error, data) => {
      if (error) throw error;
      const text = tail + decoder.decode(data, { stream: true });
      // A "<row " split across chunks is counted once: the kept tail is too short to hold a whole one.
      rows += text.match(/<row /g)?.length ?? 0;
      tail = text.slice(-4);
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  for await (const chunk of createReadStream(file)) unzip.push(chunk as Uint8Array);
  unzip.push(new Uint8Array(0), true);
  return rows - 1;
}

const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** One export as `--json FILE` writes it (bench/run.ts reads it). */
export interface ExportMeasurement {
  format: Format;
  agreements: number;
  /** Data rows read back from the file. */
  rows: number;
  bytes: number;
  ms: number;
  cpuMs: number;
  /** Peak RSS of the exporting process (sampled, and the OS's max RSS). */
  peakRss: number;
  baselineRss: number;
  liveHeap: number;
  target: { seconds: number; mb: number };
  met: boolean;
}

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: "string", default: "stress" },
      formats: { type: "string", default: "csv,xlsx" },
      query: { type: "string", default: "" },
      "batch-size": { type: "string" },
      "database-url": { type: "string" },
      port: { type: "string" },
      "heap-mb": { type: "string" },
      keep: { type: "boolean", default: false },
      json: { type: "string" },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  const batchSize = values["batch-size"] ? Number(values["batch-size"]) : undefined;
  const { default: pg } = await import("pg");
  const { startEmbeddedPostgres } = await import("../server/db/embedded");
  const { benchDataDir, generate } = await import("./generate");
  const { DEFAULT_PORTS, isScale, SCALES } = await import("./scales");
  if (values.help) {
    console.log(
      `Usage: npx tsx bench/export.ts [--scale ${SCALES.join("|")}] [--formats csv,xlsx] [--query "sort=title"] [--batch-size N] [--database-url URL] [--port N] [--heap-mb N] [--keep] [--json FILE]`,
    );
    return;
  }
  const scale = values.scale as Scale;
  if (!isScale(scale)) throw new Error(`--scale must be one of ${SCALES.join(", ")}`);
  const formats = values.formats.split(",").map((f) => f.trim()) as Format[];
  for (const format of formats) if (!(format in TARGETS)) throw new Error(`unknown format ${format}`);

  process.chdir(REPO_ROOT);
  let url = values["database-url"];
  let stop = async () => {};
  if (!url) {
    const port = values.port ? Number(values.port) : DEFAULT_PORTS[scale];
    console.log(`Starting PostgreSQL for scale ${scale} (bench/.data/${scale}, port ${port})`);
    const embedded = await startEmbeddedPostgres({ dir: benchDataDir(scale), port });
    url = embedded.url;
    stop = embedded.stop;
  }
  try {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const count = async () => {
      const exists = await client.query(`SELECT to_regclass('"Agreement"') AS t`);
      if (!exists.rows[0]?.t) return 0;
      return Number((await client.query(`SELECT count(*)::int AS n FROM "Agreement"`)).rows[0]?.n ?? 0);
    };
    let agreements = await count();
    if (agreements === 0) {
      console.log(`No agreements yet: generating the ${scale} data set (bench/generate.ts)`);
      await generate({ scale, databaseUrl: url, log: (line) => console.log(`  ${line}`) });
      agreements = await count();
    }
    await client.end();
    console.log(
      `${agreements.toLocaleString("en")} agreements; exporting all of them${values.query ? ` (${values.query})` : ""}, batch size ${batchSize ?? "default"}`,
    );

    const folder = await mkdtemp(path.join(tmpdir(), "export-bench-"));
    const bundle = await childBundle();
    const rows: string[] = [];
    const measured: ExportMeasurement[] = [];
    let failed = false;
    for (const format of formats) {
      const out = path.join(folder, `agreements-${scale}.${format}`);
      const result = await runChild(
        bundle.file,
        { url, format, out, query: values.query, ...(batchSize ? { batchSize } : {}) },
        values["heap-mb"] ? Number(values["heap-mb"]) : undefined,
      );
      const written = format === "csv" ? await csvRecordCount(out) : await xlsxRowCount(out);
      const peak = Math.max(result.peak.rss, result.maxRss);
      const target = TARGETS[format];
      const ok = result.ms / 1000 <= target.seconds && peak <= target.mb * MB && written === agreements;
      failed ||= !ok;
      measured.push({
        format,
        agreements,
        rows: written,
        bytes: result.bytes,
        ms: result.ms,
        cpuMs: result.cpuMs,
        peakRss: peak,
        baselineRss: result.baseline.rss,
        liveHeap: result.liveHeap,
        target,
        met: ok,
      });
      rows.push(
        `${format.toUpperCase()}: ${written.toLocaleString("en")} rows, ${(result.bytes / MB).toFixed(1)} MB in ` +
          `${seconds(result.ms)} (CPU ${seconds(result.cpuMs)}); peak RSS ${mb(peak)} (the process before: ` +
          `${mb(result.baseline.rss)}), peak heap ${mb(result.peak.heapUsed)} (external ${mb(result.peak.external)}), live heap after full GCs ≤ ` +
          `${mb(result.liveHeap)} (before: ${mb(result.baseline.heapUsed)}, ${result.majorGcs} full GCs) → ` +
          `target ≤ ${target.seconds} s, ≤ ${target.mb} MB: ${ok ? "OK" : "MISSED"}`,
      );
      if (!values.keep) await rm(out, { force: true });
    }
    console.log(
      [
        "",
        ...rows,
        "",
        `Memory sampled every ${SAMPLE_MS} ms in a fresh process per export (--max-old-space-size=${values["heap-mb"] ?? DEFAULT_SERVER_HEAP_MB}); peak RSS includes the OS's`,
        "max RSS of the process. Live heap: the largest heap right after a full garbage collection, i.e. what the",
        "export keeps; the rest of the peak is garbage V8 had not yet collected. Time: wall clock to the last byte.",
      ].join("\n"),
    );
    if (values.json) await writeFile(values.json, `${JSON.stringify(measured, null, 2)}\n`);
    if (values.keep) console.log(`The files are in ${folder}.`);
    else await rm(folder, { recursive: true, force: true });
    await bundle.remove();
    if (failed) process.exitCode = 1;
  } finally {
    await stop();
  }
}

if (
  !process.env.EXPORT_BENCH_CHILD_BUNDLE &&
  process.argv[1] &&
  import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href
) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
