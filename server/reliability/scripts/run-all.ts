// `npm run test:reliability [-- --quick]`: everything that attacks the app, one after the other, and a table of
// what was tried and whether it held. The Vitest parts (hostile input for every procedure and role, the status
// lifecycle model, markup, the database going away, crash recovery of the embedded cluster, backup and restore,
// security headers and error leaks) run in `npm test` too; the load and crash runs need the production build and
// start the app themselves. `--quick` (the end of `npm test`, whose unit tests ran the Vitest parts already) runs a
// smaller load and the crash runs only.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { printCrashReport, runCrashes } from "./crash-run";
import { printLoadReport, runLoad } from "./load-run";

interface Row {
  check: string;
  tried: string;
  held: string;
}

const quick = process.argv.includes("--quick");
const rows: Row[] = [];
const yes = (held: boolean) => (held ? "yes" : "NO");

/** The Vitest files that attack the app, with what each tries. */
const VITEST_PARTS: [string, string][] = [
  ["server/reliability", "random and hostile input for every procedure × role; lifecycle model; markup as text"],
  ["server/trpc/permissions.test.ts", "every procedure with no session and as every role"],
  ["server/services/shared/concurrency.test.ts", "parallel updates of one record: one per version"],
  ["server/db/outage.test.ts", "the database goes away and comes back under a running app"],
  ["server/db/embedded.test.ts", "SIGKILL of PostgreSQL, restart, every committed row"],
  ["server/db/backup.test.ts", "backup, restore into a fresh database, every table compared"],
  ["server/security", "security headers, no internals in errors"],
];

function runVitest() {
  const parts = VITEST_PARTS.filter(([file]) => existsSync(file));
  const report = path.join(tmpdir(), `reliability-vitest-${process.pid}.json`);
  const result = spawnSync(
    process.execPath,
    [
      "node_modules/vitest/vitest.mjs",
      "run",
      ...parts.map(([file]) => file),
      "--reporter=verbose",
      "--reporter=json",
      `--outputFile.json=${report}`,
    ],
    { stdio: "inherit" },
  );
  const byFile = new Map<string, { passed: number; failed: number }>();
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, "utf8")) as {
      testResults: { name: string; assertionResults: { status: string }[] }[];
    };
    for (const file of json.testResults) {
      const relative = path.relative(process.cwd(), file.name);
      const counts = { passed: 0, failed: 0 };
      for (const test of file.assertionResults) counts[test.status === "passed" ? "passed" : "failed"]++;
      byFile.set(relative, counts);
    }
    rmSync(report, { force: true });
  }
  for (const [file, tried] of parts) {
    const matching = [...byFile.entries()].filter(([name]) => name.startsWith(file));
    const passed = matching.reduce((sum, [, counts]) => sum + counts.passed, 0);
    const failed = matching.reduce((sum, [, counts]) => sum + counts.failed, 0);
    rows.push({ check: file, tried: `${tried} (${passed + failed} tests)`, held: yes(failed === 0 && passed > 0) });
  }
  return result.status === 0;
}

function runAudit() {
  const result = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
  try {
    const json = JSON.parse(result.stdout) as {
      metadata?: { vulnerabilities?: Record<string, number> };
      error?: { summary?: string };
    };
    // No metadata means no audit happened (e.g. the registry has no audit endpoint): say so, never "clean".
    if (!json.metadata?.vulnerabilities) throw new Error(json.error?.summary ?? "no audit result");
    const counts = json.metadata.vulnerabilities;
    const total = Object.values(counts).reduce((sum, value) => sum + value, 0) - (counts.total ?? 0);
    rows.push({
      check: "npm audit --omit=dev",
      tried: `known vulnerabilities in production dependencies: ${JSON.stringify(counts)}`,
      held: total === 0 ? "yes" : "see README (each finding explained)",
    });
  } catch {
    rows.push({
      check: "npm audit --omit=dev",
      tried: "the audit endpoint of the registry",
      held: "not reachable here",
    });
  }
}

async function main() {
  const vitestOk = quick ? true : runVitest();

  const loadOptions = quick
    ? { editors: 10, updates: 10, seconds: 120, records: 3, port: 3710, pgPort: 54710 }
    : { editors: 50, updates: 20, seconds: 300, records: 5, port: 3710, pgPort: 54710 };
  const load = await runLoad(loadOptions);
  printLoadReport(load, loadOptions);
  rows.push({
    check: "load",
    tried: `${loadOptions.editors} editors × ${loadOptions.updates} updates on ${loadOptions.records} agreements: ${load.requests} requests, ${load.accepted} accepted, ${load.conflicts} conflicts, p50 ${Math.round(load.p50)} ms, p95 ${Math.round(load.p95)} ms`,
    held: `${yes(load.held)} (5xx ${load.serverErrors}, lost ${load.lostUpdates}, audit mismatches ${load.auditMismatches})`,
  });

  const crashes = await runCrashes({
    acknowledgedBeforeKill: quick ? 20 : 60,
    concurrency: 8,
    port: 3720,
    pgPort: 54720,
  });
  for (const crash of crashes) {
    printCrashReport(crash);
    rows.push({
      check: `crash (${crash.mode})`,
      tried: `SIGKILL after ${crash.acknowledged} acknowledged writes (${crash.inFlightAtKill} in flight), restart`,
      held: `${yes(crash.held)} (missing ${crash.missingAcknowledged}, half-written ${crash.halfWritten})`,
    });
  }

  runAudit();

  console.log("\nReliability: what was tried and what held");
  console.table(rows);
  const held = vitestOk && load.held && crashes.every((crash) => crash.held);
  console.log(held ? "ALL HELD" : "SOMETHING DID NOT HOLD");
  process.exitCode = held ? 0 : 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
