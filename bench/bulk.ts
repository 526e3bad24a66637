// The bulk change benchmark (issue 19): `npx tsx bench/bulk.ts [--records 1000] [--port N] [--runs 3]`.
//
// Starts an embedded PostgreSQL of its own in a temporary folder (port 55043 unless --port), migrates it, writes the
// demo data and N more agreements (default 1,000, the bulk limit), then measures, through the services the
// procedures call, for all N agreements chosen by a filter: the preview (reads and the lifecycle table) and the
// apply (one transaction: lock, version check, the change, one audit event each) — a status change ACTIVE → DORMANT
// with one reason, a responsible unit, and a cooperation area's link status. Wall time per step (median of --runs
// for the preview; the applies alternate the value so that each run changes all N), and checks that each apply
// wrote exactly N audit events and raised each version by one.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { seedDemoData } from "../prisma/seed";
import { systemActor } from "../server/auth/actor";
import { startEmbeddedPostgres } from "../server/db/embedded";
import { createPrismaClient, type Db } from "../server/db/prisma";
import { applyMigrations } from "../server/db/schema-engine";
import {
  BULK_LIMIT,
  type TBulkChange,
  ZAgreementBulkApplyInput,
  ZAgreementBulkPreviewInput,
} from "../server/lists/bulk";
import { applyAgreementBulk, previewAgreementBulk } from "../server/services/agreement/bulk";
import { getDashboard } from "../server/services/statistics/dashboard";

const { values } = parseArgs({
  options: {
    records: { type: "string", default: String(BULK_LIMIT) },
    port: { type: "string", default: "55043" },
    runs: { type: "string", default: "3" },
  },
});
const N = Number(values.records);
const RUNS = Number(values.runs);
const MARK = "Sammelbench";

async function time<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const began = performance.now();
  const result = await work();
  return { result, ms: performance.now() - began };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function step(db: Db, label: string, raw: Record<string, unknown>) {
  const actor = systemActor("Benchmark");
  const previewInput = ZAgreementBulkPreviewInput.parse({ selection: { filter: { q: MARK } }, change: raw });
  const previews: number[] = [];
  let preview = await previewAgreementBulk(db, previewInput);
  for (let run = 0; run < RUNS; run++) {
    const measured = await time(() => previewAgreementBulk(db, previewInput));
    previews.push(measured.ms);
    preview = measured.result;
  }
  if (preview.changes.length !== N) {
    throw new Error(
      `${label}: the preview changes ${preview.changes.length}, not ${N} (${preview.refused.length} refused)`,
    );
  }
  const applyInput = ZAgreementBulkApplyInput.parse({
    items: preview.changes.map(({ id, version }) => ({ id, version })),
    change: raw,
  });
  const versionsBefore = await db.agreement.aggregate({
    where: { title: { contains: MARK } },
    _sum: { version: true },
  });
  const eventsBefore = await db.auditEvent.count();
  const applied = await time(() => applyAgreementBulk(db, actor, applyInput));
  const events = (await db.auditEvent.count()) - eventsBefore;
  const versionsAfter = await db.agreement.aggregate({ where: { title: { contains: MARK } }, _sum: { version: true } });
  const raised = (versionsAfter._sum.version ?? 0) - (versionsBefore._sum.version ?? 0);
  if (applied.result.changed !== N || events !== N || raised !== N) {
    throw new Error(`${label}: changed ${applied.result.changed}, ${events} audit events, versions +${raised}`);
  }
  return { change: label, records: N, previewMs: Math.round(median(previews)), applyMs: Math.round(applied.ms) };
}

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), "bench-bulk-"));
  const embedded = await startEmbeddedPostgres({ dir, port: Number(values.port) });
  const db = createPrismaClient(embedded.url, { maxConnections: 4 });
  try {
    await applyMigrations(embedded.url);
    await seedDemoData(db);
    const partners = await db.partner.findMany({ select: { id: true } });
    const area = await db.cooperationArea.findFirstOrThrow({ select: { id: true, code: true } });
    await db.agreement.createMany({
      data: Array.from({ length: N }, (_, index) => ({
        type: "FRIENDSHIP" as const,
        title: `${MARK} ${index + 1}`,
        partnerId: (partners[index % partners.length] as { id: number }).id,
        status: "ACTIVE" as const,
        statusSince: new Date(Date.UTC(2020, 0, 1)),
      })),
    });
    const ids = (await db.agreement.findMany({ where: { title: { startsWith: MARK } }, select: { id: true } })).map(
      (row) => row.id,
    );
    // As in use, where the dashboard has been read today: its figures that depend on the day are kept (migration
    // statistics_dated), so that each change below also pays for keeping them.
    await getDashboard(db);
    await db.agreementArea.createMany({
      data: ids.map((agreementId) => ({ agreementId, areaId: area.id, status: "PLANNED" })),
    });

    const changes: [string, TBulkChange | Record<string, unknown>][] = [
      ["status ACTIVE → DORMANT", { kind: "status", to: "DORMANT", reason: "Sammeländerung (Benchmark)" }],
      ["responsible unit", { kind: "responsibleUnit", value: "Amt für Benchmarks" }],
      ["area link PLANNED → ACTIVE", { kind: "areaStatus", area: area.code, status: "ACTIVE" }],
    ];
    const results = [];
    for (const [label, raw] of changes) results.push(await step(db, label, raw as Record<string, unknown>));
    console.table(results);
    console.log(JSON.stringify({ bench: "bulk", records: N, results }));
  } finally {
    await db.$disconnect();
    await embedded.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
