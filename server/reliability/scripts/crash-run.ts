// `npm run reliability:crash`: kills the app and its embedded PostgreSQL with SIGKILL in the middle of a burst of
// writes, starts it again on the same data folder and checks: the database comes back by itself (stale
// postmaster.pid, write-ahead log replay), every write that was acknowledged is there, and nothing is half-written
// (every agreement of the burst has its areas, its first status entry and exactly one audit event).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Client, DEMO_ACCOUNTS, DEMO_PASSWORD, startApp } from "./app-process";

/** "app": the app's process group (the embedded PostgreSQL runs in a session of its own and is left behind);
 * "app+database": the postmaster too (a stale postmaster.pid; PostgreSQL replays its write-ahead log). */
export type KillMode = "app" | "app+database";

export interface CrashOptions {
  mode: KillMode;
  /** Writes acknowledged before the kill. */
  acknowledgedBeforeKill: number;
  /** Writes in flight at any time. */
  concurrency: number;
  port: number;
  pgPort: number;
}

export interface CrashReport {
  mode: KillMode;
  sent: number;
  acknowledged: number;
  inFlightAtKill: number;
  restartedCleanly: boolean;
  missingAcknowledged: number;
  found: number;
  halfWritten: number;
  sessionSurvived: boolean;
  held: boolean;
}

interface Detail {
  id: number;
  title: string;
  areas: unknown[];
  statusChanges: unknown[];
}

export async function runCrash(options: CrashOptions): Promise<CrashReport> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "partnerships-crash-"));
  const editorAccount = DEMO_ACCOUNTS.find((account) => account.role === "EDITOR");
  const adminAccount = DEMO_ACCOUNTS.find((account) => account.role === "ADMIN");
  if (!editorAccount || !adminAccount) throw new Error("no demo accounts");
  let app = await startApp({ port: options.port, pgPort: options.pgPort, dataDir });
  try {
    const editor = new Client(app.base, "10.8.0.2");
    await editor.signIn(editorAccount.email, DEMO_PASSWORD);
    const partners = await editor.query<{ id: number }[]>("partner.options");
    const partnerId = partners.data?.[0]?.id;
    if (!partnerId) throw new Error("no partner in the demo data");
    const prefix = `Absturztest ${Date.now()}`;

    const acknowledged = new Map<number, string>();
    let sent = 0;
    let inFlight = 0;
    const refusals: string[] = [];
    let atKill = 0;
    let killing = false;
    let killed: Promise<void> | null = null;
    const write = async (): Promise<void> => {
      while (!killing) {
        const title = `${prefix} #${++sent}`;
        inFlight++;
        const result = await editor.mutate<{ id: number }>("agreement.create", {
          type: "PROJECT_PARTNERSHIP",
          title,
          partnerId,
          signedOn: "2020-05",
          status: "ACTIVE",
          areas: [{ code: "CULTURE", status: "ACTIVE", notes: "vor dem Absturz" }],
        });
        inFlight--;
        if (result.status === 200 && result.data) acknowledged.set(result.data.id, title);
        else if (!killing) refusals.push(`${result.status} ${result.code ?? ""} ${result.message ?? ""}`);
        // Bounded: a burst that is refused instead of acknowledged stops the run rather than looping.
        if (refusals.length > 5) throw new Error(`writes refused before the kill: ${refusals.join("; ")}`);
        if (sent > options.acknowledgedBeforeKill * 20) throw new Error("the burst did not get its acknowledgements");
        if (!killing && acknowledged.size >= options.acknowledgedBeforeKill) {
          killing = true;
          atKill = inFlight;
          killed = options.mode === "app" ? app.kill() : killAppAndDatabase(app, dataDir);
        }
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, () => write()));
    const inFlightAtKill = atKill;
    await killed;

    // The same data folder again: the embedded PostgreSQL finds the crashed cluster and recovers.
    let restartedCleanly = true;
    try {
      app = await startApp({ port: options.port, pgPort: options.pgPort, dataDir });
    } catch (error) {
      restartedCleanly = false;
      throw error;
    }
    // Sessions live in the database: the editor's session survived the crash.
    const sessionSurvived = (await editor.query("account.me")).status === 200;
    const admin = new Client(app.base, "10.8.0.3");
    await admin.signIn(adminAccount.email, DEMO_PASSWORD);

    let missingAcknowledged = 0;
    for (const [id, title] of acknowledged) {
      const detail = await admin.query<Detail>("agreement.byId", { id });
      if (detail.data?.title !== title) missingAcknowledged++;
    }
    // Everything of the burst that is there at all is there completely.
    const found = await admin.query<{ items: { id: number }[]; total: number }>("agreement.list", {
      q: prefix,
      pageSize: 200,
    });
    let halfWritten = 0;
    for (const item of found.data?.items ?? []) {
      const detail = await admin.query<Detail>("agreement.byId", { id: item.id });
      const events = await admin.query<{ total: number }>("audit.list", {
        entityType: "AGREEMENT",
        entityId: String(item.id),
        action: "CREATE",
        pageSize: 1,
      });
      if (detail.data?.areas.length !== 1 || detail.data.statusChanges.length !== 1 || events.data?.total !== 1) {
        halfWritten++;
      }
    }
    const report: CrashReport = {
      mode: options.mode,
      sent,
      acknowledged: acknowledged.size,
      inFlightAtKill,
      restartedCleanly,
      missingAcknowledged,
      found: found.data?.total ?? 0,
      halfWritten,
      sessionSurvived,
      held: false,
    };
    report.held =
      restartedCleanly &&
      missingAcknowledged === 0 &&
      halfWritten === 0 &&
      report.found >= report.acknowledged &&
      sessionSurvived;
    return report;
  } finally {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function killAppAndDatabase(app: { kill(): Promise<void> }, dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
  const postmaster = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  const appKilled = app.kill();
  process.kill(postmaster, "SIGKILL");
  await appKilled;
}

export function printCrashReport(report: CrashReport): void {
  console.log(`\nCrash (${report.mode}): SIGKILL during a burst of writes, then a restart on the same data`);
  console.table({
    "writes sent": report.sent,
    "acknowledged before the kill": report.acknowledged,
    "in flight at the kill": report.inFlightAtKill,
    "restarted cleanly": report.restartedCleanly,
    "acknowledged but missing after restart": report.missingAcknowledged,
    "found after restart": report.found,
    "half-written (areas, history or audit event missing)": report.halfWritten,
    "session survived": report.sessionSurvived,
  });
  console.log(report.held ? "HELD" : "FAILED");
}

export function crashOptionsFromArgs(argv: string[]): CrashOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      acknowledged: { type: "string", default: "60" },
      concurrency: { type: "string", default: "8" },
      port: { type: "string", default: "3720" },
      "pg-port": { type: "string", default: "54720" },
    },
  });
  return {
    mode: "app",
    acknowledgedBeforeKill: Number(values.acknowledged),
    concurrency: Number(values.concurrency),
    port: Number(values.port),
    pgPort: Number(values["pg-port"]),
  };
}

/** Both kinds of crash, one after the other. */
export async function runCrashes(options: Omit<CrashOptions, "mode">): Promise<CrashReport[]> {
  const reports: CrashReport[] = [];
  for (const mode of ["app", "app+database"] as const) reports.push(await runCrash({ ...options, mode }));
  return reports;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runCrashes(crashOptionsFromArgs(process.argv.slice(2)))
    .then((reports) => {
      for (const report of reports) printCrashReport(report);
      process.exitCode = reports.every((report) => report.held) ? 0 : 1;
    })
    .catch((error) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    });
}
