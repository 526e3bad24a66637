// `npx tsx bench/copies.ts [--port 54441] [--iterations 3000]`: what each hand-written copy of a library saves, in
// process CPU time per call, against the library it imitates, on this app's own data (the city seed):
//   - the session check (server/auth/session.ts) vs better-auth's auth.api.getSession, on a real session;
//   - the answer writer (server/trpc/transformer.ts) vs superjson.serialize, on an agreement list page of 25;
//   - the CSV writer that was (a field at a time by hand, below) vs csv-stringify's stringify, on export rows.
// It starts an embedded PostgreSQL of its own in a temporary folder (port --port) and removes it afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "csv-stringify/sync";
import superjson from "superjson";
import { seedDemoData } from "../prisma/seed";
import { systemActor } from "../server/auth/actor";
import { createAuth } from "../server/auth/auth";
import { createSessionReader } from "../server/auth/session";
import { startEmbeddedPostgres } from "../server/db/embedded";
import { createPrismaClient } from "../server/db/prisma";
import { applyMigrations } from "../server/db/schema-engine";
import { CSV_OPTIONS } from "../server/export/csv";
import { ZAgreementListInput } from "../server/lists/agreements";
import { createAccount } from "../server/services/account/accounts";
import { listAgreements } from "../server/services/agreement/list";
import { serialize } from "../server/trpc/transformer";

const { values } = parseArgs({
  options: { port: { type: "string", default: "54441" }, iterations: { type: "string", default: "3000" } },
});
const ITERATIONS = Number(values.iterations);

/** CPU time (user + system) per call in µs, the median of 5 rounds of `ITERATIONS` calls (after a warm-up). */
async function cpuPerCall(run: () => unknown | Promise<unknown>): Promise<number> {
  for (let i = 0; i < Math.min(500, ITERATIONS); i++) await run();
  const rounds: number[] = [];
  for (let round = 0; round < 5; round++) {
    const start = process.cpuUsage();
    for (let i = 0; i < ITERATIONS; i++) await run();
    const used = process.cpuUsage(start);
    rounds.push((used.user + used.system) / ITERATIONS);
  }
  rounds.sort((a, b) => a - b);
  return rounds[2] as number;
}

function row(name: string, ours: number, theirs: number) {
  const saved = theirs - ours;
  console.log(
    `| ${name.padEnd(44)} | ${ours.toFixed(1).padStart(8)} µs | ${theirs.toFixed(1).padStart(8)} µs | ${saved.toFixed(1).padStart(8)} µs | ${(theirs / ours).toFixed(1).padStart(5)}× |`,
  );
}

/** The hand-written CSV field writer the export used until it was measured here (kept to compare). */
function handWrittenField(value: string | number): string {
  if (typeof value === "number") return String(value);
  if (value === "") return "";
  const text = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(value) ? `"${text.replaceAll('"', '""')}"` : text;
}

async function main() {
  const folder = mkdtempSync(path.join(tmpdir(), "bench-copies-"));
  const embedded = await startEmbeddedPostgres({ dir: path.join(folder, "postgres"), port: Number(values.port) });
  const db = createPrismaClient(embedded.url, { maxConnections: 4 });
  try {
    await applyMigrations(embedded.url);
    await seedDemoData(db);
    const base = "http://127.0.0.1:3000";
    const auth = createAuth(db, { secret: "b".repeat(40), baseURL: base, trustedOrigins: () => [base] });
    const password = "Richtiges-Passwort-1";
    await createAccount(db, systemActor("bench"), {
      name: "Vera Viewer",
      email: "bench@stadt-koeln.example",
      role: "VIEWER",
      password,
    });
    const response = await auth.handler(
      new Request(`${base}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: base },
        body: JSON.stringify({ email: "bench@stadt-koeln.example", password }),
      }),
    );
    const cookie = response.headers.getSetCookie()[0]?.split(";")[0];
    if (!cookie) throw new Error(`sign-in failed: ${response.status}`);
    const headers = new Headers({ cookie: `locale=de; ${cookie}` });
    const read = createSessionReader(auth, db);
    if ((await read(headers))?.email !== "bench@stadt-koeln.example") throw new Error("the reader found no session");

    const page = await listAgreements(db, ZAgreementListInput.parse({ pageSize: 25 }));
    const answer = [{ result: { data: page } }];
    const rows = Array.from({ length: 25 }, (_, i) => [
      1000 + i,
      "Städtepartnerschaft Köln–Liverpool",
      "Städtepartnerschaft",
      "Aktiv",
      "1952",
      "Jahr",
      "",
      "Liverpool",
      "",
      "Vereinigtes Königreich",
      "GB",
      "Europa",
      "Kultur (Aktiv); Wirtschaft (Geplant)",
      'Zeile 1\nZeile 2; mit "Zitat"',
      "=SUMME(A1)",
      "2026-11-24T14:03:05+01:00",
    ]);

    console.log(`CPU per call, median of 5 × ${ITERATIONS} (Node ${process.version}):\n`);
    console.log("| copy                                         |     ours     |  library     |   saved     | ratio |");
    console.log("| -------------------------------------------- | ------------ | ------------ | ----------- | ----- |");
    row(
      "session check (per request)",
      await cpuPerCall(() => read(headers)),
      await cpuPerCall(() => auth.api.getSession({ headers })),
    );
    row(
      "answer: agreement list page of 25 (per list)",
      await cpuPerCall(() => serialize(answer)),
      await cpuPerCall(() => superjson.serialize(answer)),
    );
    row(
      "CSV: 25 export rows",
      await cpuPerCall(() => rows.map((fields) => `${fields.map(handWrittenField).join(";")}\r\n`).join("")),
      await cpuPerCall(() => stringify(rows, CSV_OPTIONS)),
    );
  } finally {
    await db.$disconnect();
    await embedded.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
