// The import benchmark (issue 19): `npx tsx bench/import.ts [--rows 10000] [--format xlsx|csv|both] [--port N]`.
//
// Starts an embedded PostgreSQL of its own in a temporary folder (port 55041 unless --port), migrates it and writes
// the demo data, then imports N new agreements (default 10,000) from a file written by the test's own writers
// (server/test/xlsx-writer.ts, not the app's): partners named in German or English with their country, dates at every
// precision, Excel date cells in the XLSX. The import runs in a process of its own (as `npm run import` or an app
// server would run it, without the seeding and the file's making in its memory), which measures the upload's check
// and staging plus the preview (stage + preview), and the apply (one transaction, one audit event per record), each
// as wall time, the RSS and heap sampled every 50 ms in each phase, and the process's peak RSS (VmHWM); then the
// parent checks that exactly N agreements and N audit events naming the import were written. A fresh database per
// format. Targets (issue 19): preview (and preview + apply) ≤ 15 s, peak memory ≤ 300 MB.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { seedDemoData } from "../prisma/seed";
import { systemActor } from "../server/auth/actor";
import { leanImportProcess } from "../server/cli/import-memory";
import { startEmbeddedPostgres } from "../server/db/embedded";
import { createPrismaClient } from "../server/db/prisma";
import { applyMigrations } from "../server/db/schema-engine";
import { applyImport, previewImport, stageImport } from "../server/services/import/staged";
import { type WriterCell, writeCsv, writeXlsx } from "../server/test/xlsx-writer";

const MB = 1024 * 1024;
const TARGET = { seconds: 15, mb: 300 };

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "10000" },
    format: { type: "string", default: "both" },
    port: { type: "string", default: "55041" },
    /** Internal: the measured import itself, in a child process (file, database URL). */
    child: { type: "string" },
    url: { type: "string" },
  },
});
const ROWS = Number(values.rows);
const FORMATS = values.format === "both" ? (["xlsx", "csv"] as const) : ([values.format] as ("xlsx" | "csv")[]);

const TYPES = ["Städtepartnerschaft", "Freundschaft", "Projektpartnerschaft", "Kontakt", "Kooperationsvereinbarung"];
const HEADER = [
  "Titel",
  "Art",
  "Partner",
  "Ländercode",
  "Unterzeichnet",
  "Gültig ab",
  "Aktenzeichen",
  "Belegt",
  "Notizen",
];

/** N new agreements, spread over the seed's partners (by German or English name), dates at each precision. */
function rowsFor(partners: { nameDe: string; nameEn: string; countryCode: string }[], day: boolean) {
  const rows: WriterCell[][] = [HEADER];
  for (let index = 0; index < ROWS; index++) {
    const partner = partners[index % partners.length] as (typeof partners)[number];
    const year = 1950 + (index % 70);
    const signed =
      index % 3 === 0
        ? String(year)
        : index % 3 === 1
          ? `${(index % 12) + 1}/${year}`
          : `${(index % 28) + 1}.${(index % 12) + 1}.${year}`;
    const validFrom = new Date(Date.UTC(year, index % 12, (index % 28) + 1));
    rows.push([
      `Vereinbarung ${index + 1} – ${partner.nameDe}`,
      TYPES[index % TYPES.length] as string,
      index % 2 ? partner.nameEn : partner.nameDe,
      partner.countryCode,
      signed,
      day ? { day: validFrom } : validFrom.toISOString().slice(0, 10),
      `BENCH-${index + 1}`,
      index % 2 ? "Ja" : "Nein",
      index % 5 === 0 ? `Notiz ${index}: eine Zeile Text über die Vereinbarung, mit Umlauten äöü und ß.` : null,
    ]);
  }
  return rows;
}

async function measure<T>(work: () => Promise<T>) {
  global.gc?.();
  const start = process.memoryUsage();
  const peak = { rss: start.rss, heapUsed: start.heapUsed, heapTotal: start.heapTotal, external: start.external };
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    peak.rss = Math.max(peak.rss, now.rss);
    peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
    peak.heapTotal = Math.max(peak.heapTotal, now.heapTotal);
    peak.external = Math.max(peak.external, now.external);
  }, 50);
  const began = performance.now();
  try {
    const result = await work();
    return { result, ms: performance.now() - began, peak, start };
  } finally {
    clearInterval(timer);
  }
}

async function runFormat(format: "xlsx" | "csv") {
  const dir = await mkdtemp(path.join(tmpdir(), "bench-import-"));
  const embedded = await startEmbeddedPostgres({ dir, port: Number(values.port) });
  const db = createPrismaClient(embedded.url, { maxConnections: 4 });
  try {
    await applyMigrations(embedded.url);
    await seedDemoData(db);
    const partners = await db.partner.findMany({ select: { nameDe: true, nameEn: true, countryCode: true } });
    // Names that two partners share would be refused as ambiguous: the benchmark uses the unique ones.
    const unique = partners.filter(
      (p) => partners.filter((q) => q.nameDe === p.nameDe || q.nameEn === p.nameEn).length === 1,
    );
    const rows = rowsFor(unique, format === "xlsx");
    const bytes =
      format === "xlsx"
        ? writeXlsx(rows)
        : Buffer.from(
            `\uFEFF${writeCsv(
              rows.map((row) => row.map((cell) => (cell === null ? "" : String(cell)))),
              ";",
            )}`,
          );
    const agreementsBefore = await db.agreement.count();
    const file = path.join(dir, `bench.${format}`);
    await writeFile(file, bytes);
    const child = execFileSync(
      process.execPath,
      [
        ...process.execArgv,
        ...(process.env.BENCH_CHILD_ARGS ?? "").split(" ").filter(Boolean),
        "--expose-gc",
        process.argv[1] as string,
        "--child",
        file,
        "--url",
        embedded.url,
      ],
      { encoding: "utf8", maxBuffer: 16 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"] },
    );
    const measured = JSON.parse(child.trim().split("\n").at(-1) as string) as ChildResult;
    if (process.env.BENCH_VERBOSE) console.error(JSON.stringify(measured, null, 1));
    if (measured.counts.create !== ROWS) {
      throw new Error(`expected ${ROWS} creates, the preview says ${JSON.stringify(measured.counts)}`);
    }
    const preview = measured.preview;
    const apply = measured.apply;
    const written = (await db.agreement.count()) - agreementsBefore;
    const events = await db.auditEvent.count({ where: { importId: measured.importId } });
    if (written !== ROWS || events !== ROWS) throw new Error(`wrote ${written} agreements and ${events} audit events`);
    const total = (preview.ms + apply.ms) / 1000;
    const peakRss = measured.vmHwmKb / 1024;
    return {
      format,
      rows: ROWS,
      fileMb: +(bytes.length / MB).toFixed(2),
      previewS: +(preview.ms / 1000).toFixed(2),
      applyS: +(apply.ms / 1000).toFixed(2),
      totalS: +total.toFixed(2),
      previewPeakRssMb: Math.round(preview.peak.rss / MB),
      applyPeakRssMb: Math.round(apply.peak.rss / MB),
      peakRssMb: Math.round(peakRss),
      peakHeapMb: Math.round(Math.max(preview.peak.heapUsed, apply.peak.heapUsed) / MB),
      startRssMb: Math.round(preview.start.rss / MB),
      withinTarget: total <= TARGET.seconds && peakRss <= TARGET.mb,
    };
  } finally {
    await db.$disconnect();
    await embedded.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

interface Measured {
  ms: number;
  peak: { rss: number; heapUsed: number; heapTotal: number; external: number };
  start: NodeJS.MemoryUsage;
}
interface ChildResult {
  preview: Measured;
  apply: Measured;
  counts: { create: number };
  importId: number;
  vmHwmKb: number;
}

/** The measured import: stage + preview, then apply, in this (child) process; prints its figures as JSON. */
async function child(file: string, url: string) {
  if (!process.env.BENCH_NO_LEAN) leanImportProcess();
  const db = createPrismaClient(url, { maxConnections: 4 });
  try {
    const bytes = new Uint8Array(readFileSync(file));
    const actor = systemActor("Benchmark");
    const preview = await measure(async () => {
      const staged = await stageImport(db, actor, { kind: "AGREEMENTS", fileName: path.basename(file), bytes });
      const result = await previewImport(db, actor, { token: staged.token });
      return { token: staged.token, counts: result.counts };
    });
    const apply = await measure(() => applyImport(db, actor, { token: preview.result.token }));
    const status = readFileSync("/proc/self/status", "utf8");
    const vmHwmKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const result: ChildResult = {
      preview: { ms: preview.ms, peak: preview.peak, start: preview.start },
      apply: { ms: apply.ms, peak: apply.peak, start: apply.start },
      counts: preview.result.counts,
      importId: apply.result.importId,
      vmHwmKb,
    };
    console.log(JSON.stringify(result));
  } finally {
    await db.$disconnect();
  }
}

async function probe(file: string, url: string) {
  if (!process.env.BENCH_NO_LEAN) leanImportProcess();
  const { readImportFile } = await import("../server/services/import/file");
  const { planImport, columnsOf } = await import("../server/services/import/engine");
  const { agreementImport } = await import("../server/services/import/agreements");
  const { planHash } = await import("../server/services/import/plan");
  const db = createPrismaClient(url, { maxConnections: 4 });
  let last = performance.now();
  const mem = (label: string, peak: number) => {
    const ms = Math.round(performance.now() - last);
    const before = process.memoryUsage().heapUsed;
    global.gc?.();
    const m = process.memoryUsage();
    console.error(
      label,
      `${ms} ms`,
      "heapUsed",
      Math.round(before / MB),
      "live",
      Math.round(m.heapUsed / MB),
      "rss",
      Math.round(m.rss / MB),
      "peak",
      Math.round(peak / MB),
      "heapTotal",
      Math.round(m.heapTotal / MB),
    );
    last = performance.now();
  };
  let peak = 0;
  setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10).unref();
  await db.partner.count();
  mem("connected", peak);
  const bytes = new Uint8Array(readFileSync(file));
  const table = await readImportFile(bytes);
  mem("read", peak);
  const mapping = columnsOf(agreementImport as never, table.headers).map((c) => c.field);
  const plan = await db.$transaction((tx) => planImport(tx, agreementImport, table, mapping), { timeout: 120_000 });
  mem("planned", peak);
  planHash(plan);
  mem("hashed", peak);
  const imp = await db.dataImport.create({
    data: {
      tokenHash: "probe",
      kind: "AGREEMENTS",
      fileName: "p",
      content: Buffer.alloc(0),
      actorId: "x",
      actorName: "x",
      expiresAt: new Date(),
    },
  });
  const { recordChanges } = await import("../server/services/audit/record");
  const real = recordChanges;
  void real;
  await db.$transaction((tx) => agreementImport.apply(tx, systemActor("probe"), plan, imp.id), { timeout: 300_000 });
  mem("applied", peak);
  if (process.env.BENCH_SNAPSHOT) (await import("node:v8")).writeHeapSnapshot(process.env.BENCH_SNAPSHOT);
  await db.$disconnect();
}

async function main() {
  if (values.child && values.url && process.env.BENCH_PROBE) return probe(values.child, values.url);
  if (values.child && values.url) return child(values.child, values.url);
  const results = [];
  for (const format of FORMATS) results.push(await runFormat(format));
  console.table(results);
  console.log(
    `Targets: preview + apply ≤ ${TARGET.seconds} s, peak RSS ≤ ${TARGET.mb} MB (the importing process, tsx; VmHWM).`,
  );
  if (results.some((result) => !result.withinTarget)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
