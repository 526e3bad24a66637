// The PDF benchmark (issue 15): `npx tsx bench/pdf.ts [--scale city] [--port 3800] [--pg-port N]
// [--database-url URL] [--runs 3] [--concurrent 8] [--save DIR]`, or against a running server:
// `npx tsx bench/pdf.ts --url http://127.0.0.1:3000 --email … --password …`.
//
// 1. Without --url: starts the scale's own embedded PostgreSQL (bench/.data/<scale>; generated first if empty, see
//    bench/generate.ts), builds the app if its sources changed and starts the production server on loopback, signed
//    in as the benchmark's viewer account (as bench/run.ts does).
// 2. Single reports: each PDF kind (partnership report, annual report of the year with the most activities, dossier
//    of the agreement with the most activities) in German and English, one after the other: a warm-up, then --runs
//    runs; the median and the slowest time to the last byte. Target: ≤ 3 s each at city scale.
// 3. Concurrency: --concurrent partnership reports (German) requested at once: each one's status and time, and the
//    time until the last one arrived. Target: all answer 200 with a PDF.
// --save DIR keeps the first PDF of each report there, to look at.
// Prints a table; exits non-zero if a request failed (so a 503 or 504 is never a number in the table).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { buildIfNeeded } from "../server/cli/build";
import { startEmbeddedPostgres } from "../server/db/embedded";
import { createPrismaClient } from "../server/db/prisma";
import { signIn as signInWithPassword } from "./frontend";
import { benchDataDir, generate } from "./generate";
import { median } from "./measure";
import { type Server, signIn, startServer } from "./run";
import { DEFAULT_PORTS, isScale, type Scale } from "./scales";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const PDF_TARGETS = { singleSeconds: 3 } as const;

interface Fetched {
  status: number;
  ms: number;
  bytes: number;
  /** The first line of a refusal's body (the PDF error's message), or null for a PDF. */
  error: string | null;
}

async function fetchPdf(origin: string, cookie: string, query: string, saveAs?: string): Promise<Fetched> {
  const started = performance.now();
  const response = await fetch(`${origin}/api/export/${query}`, { headers: { cookie } });
  const body = new Uint8Array(await response.arrayBuffer());
  const ms = performance.now() - started;
  if (saveAs) await writeFile(saveAs, body);
  const isPdf = Buffer.from(body.subarray(0, 5)).toString("latin1") === "%PDF-";
  const error =
    response.ok && isPdf
      ? null
      : (Buffer.from(body).toString("utf8").split("\n")[0]?.slice(0, 300) ?? `status ${response.status}`);
  return { status: response.status, ms, bytes: body.length, error };
}

/** The year with the most activities and the agreement with the most activities: the largest annual report and dossier. */
async function largestInputs(databaseUrl: string | null, origin: string, cookie: string) {
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const year = await client.query<{ year: number }>(
        `SELECT date_part('year', "startOn")::int AS year FROM "Activity" GROUP BY 1 ORDER BY count(*) DESC, 1 DESC LIMIT 1`,
      );
      const agreement = await client.query<{ id: number }>(
        `SELECT "agreementId" AS id FROM "ActivityAgreement" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
      );
      return { year: year.rows[0]?.year ?? new Date().getFullYear(), agreementId: agreement.rows[0]?.id ?? 1 };
    } finally {
      await client.end();
    }
  }
  // A server of its own: the first agreement of the list, and last year.
  const input = encodeURIComponent(JSON.stringify({ json: { pageSize: 1 } }));
  const response = await fetch(`${origin}/api/trpc/agreement.list?input=${input}`, { headers: { cookie } });
  const body = (await response.json()) as { result?: { data?: { json?: { items?: { id: number }[] } } } };
  return { year: new Date().getFullYear() - 1, agreementId: body.result?.data?.json?.items?.[0]?.id ?? 1 };
}

export interface PdfBenchResult {
  single: { report: string; medianMs: number; maxMs: number; bytes: number; met: boolean }[];
  concurrent: { count: number; statuses: number[]; timesMs: number[]; wallMs: number; allOk: boolean };
}

export async function measurePdfs(
  origin: string,
  cookie: string,
  inputs: { year: number; agreementId: number },
  options: { runs: number; concurrent: number; log: (line: string) => void; saveDir?: string },
): Promise<PdfBenchResult> {
  const { log } = options;
  const reports = (["de", "en"] as const).flatMap((lang) => [
    {
      name: `partnership report (${lang})`,
      file: `partnership-${lang}.pdf`,
      query: `partnership-report?format=pdf&lang=${lang}`,
    },
    {
      name: `annual report ${inputs.year} (${lang})`,
      file: `annual-${inputs.year}-${lang}.pdf`,
      query: `annual-report?format=pdf&year=${inputs.year}&lang=${lang}`,
    },
    {
      name: `dossier ${inputs.agreementId} (${lang})`,
      file: `dossier-${inputs.agreementId}-${lang}.pdf`,
      query: `agreement-dossier?format=pdf&id=${inputs.agreementId}&lang=${lang}`,
    },
  ]);
  if (options.saveDir) await mkdir(options.saveDir, { recursive: true });
  const failures: string[] = [];
  const single: PdfBenchResult["single"] = [];
  for (const report of reports) {
    const saveAs = options.saveDir ? path.join(options.saveDir, report.file) : undefined;
    const warm = await fetchPdf(origin, cookie, report.query, saveAs);
    if (warm.error) failures.push(`${report.name}: ${warm.status} ${warm.error}`);
    const times: number[] = [];
    let bytes = warm.bytes;
    for (let run = 0; run < options.runs && !warm.error; run++) {
      const result = await fetchPdf(origin, cookie, report.query);
      if (result.error) failures.push(`${report.name}: ${result.status} ${result.error}`);
      times.push(result.ms);
      bytes = result.bytes;
    }
    const row = {
      report: report.name,
      medianMs: median(times),
      maxMs: Math.max(...times),
      bytes,
      met: times.length > 0 && Math.max(...times) <= PDF_TARGETS.singleSeconds * 1000,
    };
    single.push(row);
    log(`  ${row.report}: median ${(row.medianMs / 1000).toFixed(2)} s, slowest ${(row.maxMs / 1000).toFixed(2)} s`);
  }

  log(`${options.concurrent} partnership reports at once …`);
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: options.concurrent }, () => fetchPdf(origin, cookie, "partnership-report?format=pdf&lang=de")),
  );
  const wallMs = performance.now() - started;
  for (const [index, result] of results.entries())
    if (result.error) failures.push(`concurrent #${index + 1}: ${result.status} ${result.error}`);
  const concurrent = {
    count: options.concurrent,
    statuses: results.map((result) => result.status),
    timesMs: results.map((result) => result.ms),
    wallMs,
    allOk: results.every((result) => !result.error),
  };
  if (failures.length) log(`Failed:\n  ${failures.join("\n  ")}`);
  return { single, concurrent };
}

export function formatPdfTable(result: PdfBenchResult): string {
  const seconds = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : "–");
  const lines = [
    `| report | median | slowest | size | ≤ ${PDF_TARGETS.singleSeconds} s? |`,
    "| --- | ---: | ---: | ---: | --- |",
    ...result.single.map(
      (row) =>
        `| ${row.report} | ${seconds(row.medianMs)} | ${seconds(row.maxMs)} | ${Math.round(row.bytes / 1000)} KB | ${row.met ? "yes" : "NO"} |`,
    ),
  ];
  const c = result.concurrent;
  const sorted = [...c.timesMs].sort((a, b) => a - b);
  lines.push(
    "",
    `${c.count} partnership reports at once: ${c.statuses.filter((status) => status === 200).length} of ${c.count} answered 200` +
      ` (statuses ${c.statuses.join(", ")}); each took ${sorted.map((ms) => seconds(ms)).join(", ")}; the last arrived` +
      ` after ${seconds(c.wallMs)}.`,
  );
  return lines.join("\n");
}

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: "string", default: "city" },
      port: { type: "string", default: "3800" },
      "pg-port": { type: "string" },
      "database-url": { type: "string" },
      url: { type: "string" },
      email: { type: "string" },
      password: { type: "string" },
      runs: { type: "string", default: "3" },
      concurrent: { type: "string", default: "8" },
      save: { type: "string" },
    },
  });
  const log = (line: string) => console.log(line);
  const runs = Number(values.runs);
  const concurrent = Number(values.concurrent);
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs: a whole number ≥ 1");
  if (!Number.isInteger(concurrent) || concurrent < 1) throw new Error("--concurrent: a whole number ≥ 1");

  let origin: string;
  let cookie: string;
  let databaseUrl: string | null = values["database-url"] ?? null;
  let server: Server | null = null;
  let stopDatabase = async () => {};
  try {
    if (values.url) {
      if (!values.email || !values.password) throw new Error("--url needs --email and --password");
      origin = new URL(values.url).origin;
      cookie = await signInWithPassword(origin, values.email, values.password);
    } else {
      const scale = values.scale ?? "city";
      if (!isScale(scale)) throw new Error(`--scale: one of tiny, city, country, stress (not ${scale})`);
      if (!databaseUrl) {
        const embedded = await startEmbeddedPostgres({
          dir: benchDataDir(scale as Scale, path.join(BENCH_DIR, ".data")),
          port: Number(values["pg-port"] ?? DEFAULT_PORTS[scale as Scale]),
        });
        databaseUrl = embedded.url;
        stopDatabase = embedded.stop;
      }
      const { applyMigrations } = await import("../server/db/schema-engine");
      await applyMigrations(databaseUrl);
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      const agreements = Number((await client.query(`SELECT count(*) AS n FROM "Agreement"`)).rows[0]?.n ?? 0);
      await client.end();
      if (agreements === 0) {
        log(`No agreements yet: generating the ${scale} data set (bench/generate.ts)`);
        await generate({ scale: scale as Scale, databaseUrl, migrate: false, log: (line) => log(`  ${line}`) });
      }
      buildIfNeeded(log);
      server = await startServer(databaseUrl, Number(values.port), log);
      origin = server.origin;
      const db = createPrismaClient(databaseUrl, { maxConnections: 2 });
      try {
        cookie = await signIn(db, origin);
      } finally {
        await db.$disconnect();
      }
    }
    const inputs = await largestInputs(databaseUrl, origin, cookie);
    log(`Single reports (${runs} runs each after a warm-up) …`);
    const result = await measurePdfs(origin, cookie, inputs, { runs, concurrent, log, saveDir: values.save });
    console.log(`\n${formatPdfTable(result)}`);
    if (!result.concurrent.allOk || result.single.some((row) => !Number.isFinite(row.medianMs))) process.exitCode = 1;
  } finally {
    await server?.stop();
    await stopDatabase();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
