// The partner map's benchmark (issue 21): `npm run bench:map -- [--scale country] [--runs 10] [--port 3310]
// [--pg-port 54439]`. On the scale's data (bench/generate.ts makes ~5,000 partners at country scale) it starts the
// production server and measures GET /map, signed in: the server render's time (sequential requests, median and
// p95), the HTML's size (raw and gzip), how many markers and counted circles the two panels draw for how many
// partners (the readability at scale), the service and the layout alone in process, and the page's first-load
// JavaScript. Prints the figures and writes bench/results/map-<scale>.json.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { mapLayout } from "../app/_components/map/geometry";
import { buildIfNeeded } from "../server/cli/build";
import { startEmbeddedPostgres } from "../server/db/embedded";
import { createPrismaClient } from "../server/db/prisma";
import { ZAgreementListInput } from "../server/lists/agreements";
import { partnerMap } from "../server/services/partner/map";
import { FRONTEND_TARGETS, measureFirstLoadJs } from "./frontend";
import { benchDataDir, generate } from "./generate";
import { RESULTS_DIR, signIn, startServer } from "./run";
import { isScale } from "./scales";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "country" },
    runs: { type: "string", default: "10" },
    port: { type: "string", default: "3310" },
    "pg-port": { type: "string", default: "54439" },
  },
});
const scale = values.scale ?? "country";
if (!isScale(scale)) throw new Error(`unknown scale ${scale}`);
const runs = Number(values.runs);
const log = (line: string) => console.log(line);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const round1 = (value: number) => Math.round(value * 10) / 10;

const embedded = await startEmbeddedPostgres({ dir: benchDataDir(scale), port: Number(values["pg-port"]) });
const { applyMigrations } = await import("../server/db/schema-engine");
await applyMigrations(embedded.url);
const db = createPrismaClient(embedded.url, { maxConnections: 4 });
let server: Awaited<ReturnType<typeof startServer>> | null = null;
try {
  if ((await db.partner.count()) === 0) {
    log(`No data yet: generating the ${scale} data set`);
    await generate({ scale, databaseUrl: embedded.url, migrate: false, log: (line) => log(`  ${line}`) });
  }
  const partners = await db.partner.count();
  const placed = await db.partner.count({ where: { latitude: { not: null }, longitude: { not: null } } });
  log(`Data: ${partners} partners, ${placed} with coordinates`);

  // In process: the service (two queries) and the layout (projection and grouping), each the median of the runs.
  const serviceMs: number[] = [];
  const layoutMs: number[] = [];
  let layout = mapLayout([]);
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    const data = await partnerMap(db, ZAgreementListInput.parse({}));
    const t1 = performance.now();
    layout = mapLayout(data.placed);
    serviceMs.push(t1 - t0);
    layoutMs.push(performance.now() - t1);
  }
  const panels = [layout.world, layout.europe];
  const drawn = {
    markers: panels.reduce((sum, panel) => sum + panel.markers.length, 0),
    bubbles: panels.reduce((sum, panel) => sum + panel.bubbles.length, 0),
    inBubbles: panels.reduce((sum, panel) => sum + panel.bubbles.reduce((n, b) => n + b.partners.length, 0), 0),
    largestBubble: Math.max(0, ...panels.flatMap((panel) => panel.bubbles.map((b) => b.partners.length))),
  };

  buildIfNeeded(log);
  server = await startServer(embedded.url, Number(values.port), log);
  const cookie = await signIn(db, server.origin);
  const times: number[] = [];
  let html = "";
  for (let run = 0; run < runs + 2; run++) {
    const t0 = performance.now();
    const response = await fetch(`${server.origin}/map`, { headers: { cookie } });
    html = await response.text();
    if (!response.ok) throw new Error(`/map answered ${response.status}`);
    if (run >= 2) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const js = await measureFirstLoadJs(server.origin, cookie, "/map");
  const svgMarkers = (html.match(/<a [^>]*data-partner-id=/g) ?? []).length;
  const result = {
    scale,
    partners,
    placed,
    render: { medianMs: round1(percentile(times, 0.5)), p95Ms: round1(percentile(times, 0.95)), runs },
    html: { rawKB: round1(html.length / 1000), gzipKB: round1(gzipSync(html).length / 1000) },
    inProcess: {
      serviceMs: round1([...serviceMs].sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0),
      layoutMs: round1([...layoutMs].sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0),
    },
    drawn: { ...drawn, linksInHtml: svgMarkers },
    firstLoadJs: { gzipKB: js.gzipKB, files: js.files, target: FRONTEND_TARGETS.firstLoadJsGzipKB },
    measuredAt: new Date().toISOString(),
  };
  console.log(JSON.stringify(result, null, 2));
  await writeFile(path.join(RESULTS_DIR, `map-${scale}.json`), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await server?.stop();
  await db.$disconnect();
  await embedded.stop();
}
