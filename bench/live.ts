// The live-updates benchmark (issue 20): `npx tsx bench/live.ts [--scale country] [--port 3900] [--pg-port N]
// [--streams 1000] [--changes 40] [--load 10]`.
//
// 1. Starts the scale's embedded PostgreSQL (generated first if empty) and the production server, signed in as the
//    benchmark's viewer account (as bench/run.ts does).
// 2. Open streams: --streams clients open /api/live at once and hold it; the server's memory (RSS of the server's
//    process tree) before and after, per stream. Target: 1,000 streams at < 50 KB each.
// 3. Commit to event: with the streams open and --load clients reading the agreement list's page 1 back to back
//    (autocannon), --changes status changes are committed one after another by a second database client (as another
//    app server would); for each, the time from its commit to the moment the first and the last of 20 watching
//    streams received it. p50 and p95.
// Prints a table; exits non-zero if a stream failed or a change was never delivered.
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { systemActor } from "../server/auth/actor";
import { buildIfNeeded } from "../server/cli/build";
import { startEmbeddedPostgres } from "../server/db/embedded";
import { createPrismaClient } from "../server/db/prisma";
import { ZAgreementTransitionInput } from "../server/schemas/agreement";
import { transitionAgreement } from "../server/services/agreement/transition";
import { trpcPath } from "./figures";
import { benchDataDir, generate } from "./generate";
import { signIn, startServer } from "./run";
import { DEFAULT_PORTS, isScale, type Scale } from "./scales";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const LIVE_TARGETS = { streams: 1_000, bytesPerStream: 50 * 1024, commitToEventMs: 1_000 } as const;

const log = (line: string) => console.error(line);

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {}
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {}
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

interface Stream {
  close(): void;
  /** Resolves with the time the change of this record id arrived. */
  waitFor(id: string): Promise<number>;
}

function openStream(origin: string, cookie: string): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const waiting = new Map<string, (at: number) => void>();
    const request = http.get(`${origin}/api/live`, { headers: { cookie, accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`/api/live answered ${response.statusCode}`));
        response.resume();
        return;
      }
      let buffer = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        const at = performance.now();
        buffer += chunk;
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (message.includes("event: hello")) {
            resolve({
              close: () => request.destroy(),
              waitFor: (id) => new Promise((done) => waiting.set(id, done)),
            });
          }
          const data = /data: (.*)/.exec(message)?.[1];
          if (message.includes("event: change") && data) {
            const id = String((JSON.parse(data) as { id?: string }).id);
            waiting.get(id)?.(at);
            waiting.delete(id);
          }
          end = buffer.indexOf("\n\n");
        }
      });
    });
    request.on("error", reject);
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: "string", default: "country" },
      port: { type: "string", default: "3900" },
      "pg-port": { type: "string" },
      streams: { type: "string", default: String(LIVE_TARGETS.streams) },
      changes: { type: "string", default: "40" },
      load: { type: "string", default: "10" },
    },
  });
  const scale = values.scale as Scale;
  if (!isScale(scale)) throw new Error(`--scale: one of tiny, city, country, stress (not ${values.scale})`);
  const streamCount = Number(values.streams);
  const changes = Number(values.changes);
  const embedded = await startEmbeddedPostgres({
    dir: benchDataDir(scale, path.join(BENCH_DIR, ".data")),
    port: Number(values["pg-port"] ?? DEFAULT_PORTS[scale]),
  });
  const db = createPrismaClient(embedded.url, { maxConnections: 2 });
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  const streams: Stream[] = [];
  try {
    const { applyMigrations } = await import("../server/db/schema-engine");
    await applyMigrations(embedded.url);
    if ((await db.agreement.count()) === 0) {
      log(`No agreements yet: generating the ${scale} data set (bench/generate.ts)`);
      await generate({ scale, databaseUrl: embedded.url, migrate: false, log: (line) => log(`  ${line}`) });
    }
    buildIfNeeded(log);
    server = await startServer(embedded.url, Number(values.port), log);
    const origin = server.origin;
    const cookie = await signIn(db, origin);
    const pid = server.pid;

    // 2. Open streams and the server's memory.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const before = treeRss(pid);
    log(`Opening ${streamCount} streams …`);
    for (let i = 0; i < streamCount; i += 50) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(50, streamCount - i) }, () => openStream(origin, cookie)),
      );
      streams.push(...batch);
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const after = treeRss(pid);
    const perStream = (after - before) / streamCount;

    // 3. Commit to event under the list's load.
    const agreements = await db.agreement.findMany({
      where: { status: { in: ["ACTIVE", "DORMANT"] } },
      select: { id: true, status: true },
      take: changes,
    });
    const listInput = { status: ["SIGNED", "ACTIVE"], sort: "signedOn", dir: "desc", page: 1, pageSize: 25 };
    const load: autocannon.Instance = autocannon({
      url: `${origin}${trpcPath("agreement.list", listInput)}`,
      connections: Number(values.load),
      duration: 600,
      headers: { cookie },
    }) as unknown as autocannon.Instance;
    const watchers = streams.slice(0, 20);
    const first: number[] = [];
    const last: number[] = [];
    const actor = systemActor("Benchmark");
    try {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      for (const agreement of agreements) {
        const arrivals = watchers.map((stream) => stream.waitFor(String(agreement.id)));
        const to = agreement.status === "ACTIVE" ? "DORMANT" : "ACTIVE";
        await transitionAgreement(
          db,
          actor,
          ZAgreementTransitionInput.parse({ id: agreement.id, to, reason: "Bench" }),
        );
        const committed = performance.now();
        const times = await Promise.race([
          Promise.all(arrivals),
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error("a change was not delivered")), 10_000)),
        ]);
        first.push(Math.min(...times) - committed);
        last.push(Math.max(...times) - committed);
      }
    } finally {
      load.stop();
    }
    const rows = [
      ["Open streams held", String(streams.length), `≥ ${LIVE_TARGETS.streams}`],
      ["Server memory before → after", `${(before / 2 ** 20).toFixed(0)} → ${(after / 2 ** 20).toFixed(0)} MB`, ""],
      ["Memory per open stream", `${(perStream / 1024).toFixed(1)} KB`, `< ${LIVE_TARGETS.bytesPerStream / 1024} KB`],
      [
        "Commit → first stream p50 / p95",
        `${percentile(first, 50).toFixed(1)} / ${percentile(first, 95).toFixed(1)} ms`,
        "",
      ],
      [
        "Commit → 20th stream p50 / p95",
        `${percentile(last, 50).toFixed(1)} / ${percentile(last, 95).toFixed(1)} ms`,
        `< ${LIVE_TARGETS.commitToEventMs} ms`,
      ],
    ];
    console.log(`\nLive updates at ${scale} scale (${changes} changes, list page 1 under ${values.load} clients)\n`);
    console.log("| Figure | Measured | Target |\n| --- | --- | --- |");
    for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  } finally {
    for (const stream of streams) stream.close();
    await server?.stop();
    await db.$disconnect();
    await embedded.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
