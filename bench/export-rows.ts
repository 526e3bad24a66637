// The export figures of a benchmark run (bench/run.ts): every agreement of the scale's database to CSV and XLSX,
// measured by bench/export.ts (a fresh process per format, as the route handler runs it), as rows of the table.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ExportMeasurement } from "./export";
import type { Row } from "./run";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const MB = 1024 * 1024;

export async function exportRows(url: string, log: (line: string) => void): Promise<{ rows: Row[]; raw: unknown }> {
  log("Measuring: export of every agreement to CSV and XLSX (bench/export.ts)");
  const folder = await mkdtemp(path.join(tmpdir(), "bench-export-"));
  const json = path.join(folder, "export.json");
  try {
    const tsx = path.join(path.dirname(BENCH_DIR), "node_modules", "tsx", "dist", "cli.mjs");
    const child = spawn(
      process.execPath,
      [tsx, path.join(BENCH_DIR, "export.ts"), "--database-url", url, "--json", json],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    await new Promise<void>((resolve, reject) =>
      child.on("exit", (code) =>
        // Exit code 1 means a target was missed: the table says so. Anything without the JSON is a failure.
        code === 0 || code === 1 ? resolve() : reject(new Error(`bench/export.ts failed (${code}):\n${output}`)),
      ),
    );
    const measured = JSON.parse(
      await readFile(json, "utf8").catch(() => {
        throw new Error(`bench/export.ts wrote no results:\n${output}`);
      }),
    ) as ExportMeasurement[];
    const rows: Row[] = [];
    for (const entry of measured) {
      if (entry.rows !== entry.agreements) {
        throw new Error(`The ${entry.format} export holds ${entry.rows} rows, not ${entry.agreements}`);
      }
      const name = `Export of ${entry.agreements.toLocaleString("en")} agreements, ${entry.format.toUpperCase()}`;
      rows.push(
        {
          figure: `${name}: time to the last byte`,
          unit: "s",
          ours: entry.ms / 1000,
          floor: null,
          ratio: null,
          target: `≤ ${entry.target.seconds} s`,
          met: entry.ms / 1000 <= entry.target.seconds,
          note: `CPU ${(entry.cpuMs / 1000).toFixed(2)} s, ${(entry.bytes / MB).toFixed(1)} MB written`,
        },
        {
          figure: `${name}: peak memory (RSS of the process)`,
          unit: "MB",
          ours: entry.peakRss / MB,
          floor: null,
          ratio: null,
          target: `≤ ${entry.target.mb} MB`,
          met: entry.peakRss <= entry.target.mb * MB,
          note: `${(entry.baselineRss / MB).toFixed(0)} MB before the export; live heap ≤ ${(entry.liveHeap / MB).toFixed(0)} MB`,
        },
      );
    }
    return { rows, raw: measured };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
