// The digest benchmark (issue 17): `npx tsx bench/mail-digest.ts [--users 1000] [--port 54641] [--keep]`.
//
// A fresh embedded PostgreSQL (a temporary folder; kept with --keep), migrated and seeded with Cologne's demo data,
// and N users subscribed to the daily digest (every kind; German and English alternating). One digest run
// (runDigest: the agenda computed once, each user's mail composed, claimed, sent over SMTP and marked sent) against a
// real SMTP server on loopback (the demo's sink, in this process, counting mails without keeping them). Prints the
// run's time, mails per second, the peak RSS and heap (sampled every 20 ms, the sink included), and the time of a
// second run of the same day, which sends nothing (every key already SENT: the cost of a retry or a restart).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { seedDemoData } from "../prisma/seed";
import { startMailSink } from "../server/cli/mail-sink";
import { startEmbeddedPostgres } from "../server/db/embedded";
import { createPrismaClient } from "../server/db/prisma";
import { applyMigrations } from "../server/db/schema-engine";
import { AGENDA_KINDS } from "../server/domain/agenda";
import { runDigest } from "../server/services/mail/runs";
import { smtpSender } from "../server/services/mail/transport";
import { today as cityToday } from "../server/services/shared/dates";

const MB = 1024 * 1024;

async function main() {
  const { values } = parseArgs({
    options: {
      users: { type: "string", default: "1000" },
      port: { type: "string", default: "54641" },
      keep: { type: "boolean", default: false },
    },
  });
  const users = Number(values.users);
  const dir = await mkdtemp(path.join(tmpdir(), "bench-mail-"));
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, "postgres"), port: Number(values.port) });
  const sink = await startMailSink({ keep: false });
  const db = createPrismaClient(pg.url, { maxConnections: 5 });
  try {
    await applyMigrations(pg.url);
    await seedDemoData(db);
    await db.user.createMany({
      data: Array.from({ length: users }, (_, i) => ({
        id: `bench-${i}`,
        name: `Benutzerin ${i}`,
        email: `user${i}@stadt-koeln.example`,
      })),
    });
    await db.mailSettings.createMany({
      data: Array.from({ length: users }, (_, i) => ({
        userId: `bench-${i}`,
        digest: true,
        kinds: [...AGENDA_KINDS],
        language: i % 2 ? "en" : "de",
      })),
    });
    const day = cityToday(new Date());
    const context = {
      db,
      sender: smtpSender(sink.url),
      from: "Bench <bench@stadt-koeln.example>",
      baseUrl: "https://partnerschaften.example",
    };

    global.gc?.();
    const base = process.memoryUsage();
    let peakRss = base.rss;
    let peakHeap = base.heapUsed;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakHeap = Math.max(peakHeap, now.heapUsed);
    }, 20);
    const started = performance.now();
    const first = await runDigest(context, day);
    const firstMs = performance.now() - started;
    const againStarted = performance.now();
    const second = await runDigest(context, day);
    const secondMs = performance.now() - againStarted;
    clearInterval(sampler);

    const rows = await db.mailDelivery.count({ where: { status: "SENT" } });
    console.log(`Digest run for ${users} users (seeded demo data; SMTP sink on loopback in this process)`);
    console.log(`  first run:  ${first.sent} sent, ${first.failed} failed in ${(firstMs / 1000).toFixed(2)} s`);
    console.log(`              ${((first.sent / firstMs) * 1000).toFixed(0)} mails/s; sink received ${sink.count()}`);
    console.log(
      `  second run: ${second.sent} sent, ${second.skipped} already sent, in ${(secondMs / 1000).toFixed(2)} s`,
    );
    console.log(
      `  memory: peak RSS ${(peakRss / MB).toFixed(0)} MB (${((peakRss - base.rss) / MB).toFixed(0)} MB above the start), peak heap ${(peakHeap / MB).toFixed(0)} MB`,
    );
    console.log(`  rows SENT: ${rows}`);
    if (first.sent !== users || sink.count() !== users || second.sent !== 0 || rows !== users) {
      throw new Error("not exactly one digest per user");
    }
  } finally {
    await db.$disconnect();
    await sink.close();
    await pg.stop();
    if (!values.keep) await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
