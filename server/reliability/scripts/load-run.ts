// `npm run reliability:load -- [--editors 50] [--updates 20] [--seconds 120]`: many simulated editors update the
// same few agreements at once against the production server on loopback. Each editor reads a record, saves a
// change with the version it read and, when somebody was faster (CONFLICT), reads again and retries. Bounded in
// count and in time. Holds if: no 5xx and no network error, no lost update (each record's version went up by
// exactly the number of accepted changes), and every accepted change has exactly one audit event.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { type CallResult, Client, DEMO_ACCOUNTS, DEMO_PASSWORD, percentile, startApp } from "./app-process";

export interface LoadOptions {
  editors: number;
  updates: number;
  seconds: number;
  records: number;
  port: number;
  pgPort: number;
}

export interface LoadReport {
  requests: number;
  byOutcome: Record<string, number>;
  p50: number;
  p95: number;
  accepted: number;
  conflicts: number;
  serverErrors: number;
  lostUpdates: number;
  auditMismatches: number;
  seconds: number;
  held: boolean;
}

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "partnerships-load-"));
  const app = await startApp({ port: options.port, pgPort: options.pgPort, dataDir });
  const started = performance.now();
  try {
    const admin = new Client(app.base, "10.9.0.1");
    const adminAccount = DEMO_ACCOUNTS.find((account) => account.role === "ADMIN");
    if (!adminAccount) throw new Error("no demo admin");
    await admin.signIn(adminAccount.email, DEMO_PASSWORD);

    // The editors: accounts of their own, each signing in from an address of its own.
    const password = "Last-Test-Passwort-2026";
    const stamp = Date.now();
    const editors: Client[] = [];
    for (let index = 0; index < options.editors; index++) {
      const created = await admin.mutate<{ id: string }>("account.create", {
        name: `Lasttest ${index + 1}`,
        email: `last.${stamp}.${index + 1}@stadt-koeln.example`,
        role: "EDITOR",
        password,
      });
      if (!created.data) throw new Error(`account.create failed: ${created.code} ${created.message}`);
      const client = new Client(app.base, `10.9.${1 + Math.floor(index / 200)}.${2 + (index % 200)}`);
      await client.signIn(`last.${stamp}.${index + 1}@stadt-koeln.example`, password);
      editors.push(client);
    }

    // The records everybody fights over, with their versions before the run.
    const list = await admin.query<{ items: { id: number }[] }>("agreement.list", { pageSize: options.records });
    const records = (list.data?.items ?? []).map((item) => item.id);
    if (records.length < options.records) throw new Error("not enough agreements in the demo data");
    const before = new Map<number, number>();
    for (const id of records) {
      before.set(id, (await admin.query<{ version: number }>("agreement.byId", { id })).data?.version ?? 0);
    }

    const latencies: number[] = [];
    const byOutcome: Record<string, number> = {};
    const accepted = new Map<number, number>(records.map((id) => [id, 0]));
    let conflicts = 0;
    const note = (result: CallResult<unknown>) => {
      latencies.push(result.ms);
      const key = result.status === 200 ? "200 OK" : `${result.status} ${result.code ?? ""}`.trim();
      byOutcome[key] = (byOutcome[key] ?? 0) + 1;
    };
    const deadline = started + options.seconds * 1000;

    await Promise.all(
      editors.map(async (editor, index) => {
        for (let update = 0; update < options.updates && performance.now() < deadline; update++) {
          const id = records[(index + update) % records.length] as number;
          // Read, change, save with the version read; on CONFLICT read again (at most 10 tries).
          for (let attempt = 0; attempt < 10 && performance.now() < deadline; attempt++) {
            const read = await editor.query<AgreementDetail>("agreement.byId", { id });
            note(read);
            if (!read.data) break;
            const saved = await editor.mutate("agreement.update", {
              ...updateInput(read.data),
              notes: `Lasttest: Bearbeiter ${index + 1}, Änderung ${update + 1}, Versuch ${attempt + 1}`,
            });
            note(saved);
            if (saved.status === 200) {
              accepted.set(id, (accepted.get(id) ?? 0) + 1);
              break;
            }
            if (saved.code === "CONFLICT") conflicts++;
            else break;
          }
        }
      }),
    );

    // No lost update: each record's version went up by exactly the accepted changes; one audit event each.
    let lostUpdates = 0;
    let auditMismatches = 0;
    for (const id of records) {
      const after = (await admin.query<{ version: number }>("agreement.byId", { id })).data?.version ?? 0;
      const count = accepted.get(id) ?? 0;
      if (after - (before.get(id) ?? 0) !== count) lostUpdates++;
      const events = await admin.query<{ total: number }>("audit.list", {
        entityType: "AGREEMENT",
        entityId: String(id),
        action: "UPDATE",
        q: "Lasttest",
        pageSize: 1,
      });
      if (events.data?.total !== count) auditMismatches++;
    }
    const serverErrors = Object.entries(byOutcome)
      .filter(([key]) => key.startsWith("5") || key.startsWith("0 "))
      .reduce((sum, [, value]) => sum + value, 0);
    const totalAccepted = [...accepted.values()].reduce((sum, value) => sum + value, 0);
    return {
      requests: latencies.length,
      byOutcome,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      accepted: totalAccepted,
      conflicts,
      serverErrors,
      lostUpdates,
      auditMismatches,
      seconds: (performance.now() - started) / 1000,
      held: serverErrors === 0 && lostUpdates === 0 && auditMismatches === 0 && totalAccepted > 0,
    };
  } finally {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

interface AgreementDetail {
  id: number;
  version: number;
  type: string;
  title: string;
  partner: { id: number };
  predecessor: { id: number } | null;
  responsibleUnit: string | null;
  source: string | null;
  verified: boolean;
  notes: string | null;
  areas: { status: string; notes: string | null; area: { code: string } }[];
  [key: string]: unknown;
}

/** The update input that keeps everything as it is (the form would send the same). */
function updateInput(agreement: AgreementDetail) {
  const date = (key: string) => {
    const value = agreement[key] as Date | null;
    if (!value) return null;
    const precision = agreement[`${key}Precision`] as string;
    const iso = value.toISOString();
    return precision === "YEAR" ? iso.slice(0, 4) : precision === "MONTH" ? iso.slice(0, 7) : iso.slice(0, 10);
  };
  return {
    id: agreement.id,
    version: agreement.version,
    type: agreement.type,
    title: agreement.title,
    partnerId: agreement.partner.id,
    predecessorId: agreement.predecessor?.id ?? null,
    councilDecisionOn: date("councilDecisionOn"),
    signedOn: date("signedOn"),
    countersignedOn: date("countersignedOn"),
    validFrom: date("validFrom"),
    validUntil: date("validUntil"),
    responsibleUnit: agreement.responsibleUnit,
    source: agreement.source,
    verified: agreement.verified,
    areas: agreement.areas.map((link) => ({ code: link.area.code, status: link.status, notes: link.notes })),
  };
}

export function printLoadReport(report: LoadReport, options: LoadOptions): void {
  console.log(
    `\nLoad: ${options.editors} editors × ${options.updates} updates on ${options.records} agreements (limit ${options.seconds} s)`,
  );
  console.table({
    requests: report.requests,
    "accepted changes": report.accepted,
    "CONFLICT (retried)": report.conflicts,
    "5xx / network errors": report.serverErrors,
    "lost updates": report.lostUpdates,
    "records whose audit events ≠ accepted changes": report.auditMismatches,
    "p50 latency (ms)": Math.round(report.p50),
    "p95 latency (ms)": Math.round(report.p95),
    "duration (s)": Number(report.seconds.toFixed(1)),
  });
  console.log("Responses by outcome:");
  console.table(report.byOutcome);
  console.log(report.held ? "HELD" : "FAILED");
}

export function loadOptionsFromArgs(argv: string[]): LoadOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      editors: { type: "string", default: "50" },
      updates: { type: "string", default: "20" },
      seconds: { type: "string", default: "180" },
      records: { type: "string", default: "5" },
      port: { type: "string", default: "3710" },
      "pg-port": { type: "string", default: "54710" },
    },
  });
  const number = (name: keyof typeof values) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number`);
    return value;
  };
  return {
    editors: number("editors"),
    updates: number("updates"),
    seconds: number("seconds"),
    records: number("records"),
    port: number("port"),
    pgPort: number("pg-port"),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const options = loadOptionsFromArgs(process.argv.slice(2));
  runLoad(options)
    .then((report) => {
      printLoadReport(report, options);
      process.exitCode = report.held ? 0 : 1;
    })
    .catch((error) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    });
}
