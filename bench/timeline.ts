// The timeline's benchmark (issue 21): `npx tsx bench/timeline.ts --scale country [--pg-port 54402] [--port 3820]
// [--requests 20]`. Against the scale's generated data (bench/generate.ts; country: 5,000 partners, 10,000
// agreements, 100,000 status changes, 50,000 activities) and the production server: for each view of /timeline
// (everything, by continent, a decade, a year, the last page, a filter) the server render's time for one request at a
// time (median and p95 of --requests), the HTML's size (raw and gzip) and how many lines it draws of how many; the
// service's own time (getTimeline, in process) and the page's first-load JavaScript. Prints a table and writes
// bench/results/timeline-<scale>.json.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { buildIfNeeded } from "../server/cli/build";
import { startEmbeddedPostgres } from "../server/db/embedded";
import { createPrismaClient } from "../server/db/prisma";
import { TIMELINE_PAGE_SIZE, ZTimelineInput } from "../server/lists/timeline";
import { getTimeline } from "../server/services/timeline/timeline";
import { FRONTEND_TARGETS, measureFirstLoadJs } from "./frontend";
import { benchDataDir } from "./generate";
import { RESULTS_DIR, signIn, startServer } from "./run";
import { DEFAULT_PORTS, isScale } from "./scales";

const quantile = (values: readonly number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};
const round1 = (value: number) => Math.round(value * 10) / 10;

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: "string", default: "country" },
      "pg-port": { type: "string" },
      port: { type: "string", default: "3820" },
      requests: { type: "string", default: "20" },
      /** Write the first view's HTML here (to see what it is made of). */
      dump: { type: "string" },
    },
  });
  const scale = values.scale ?? "country";
  if (!isScale(scale) || scale === "city") throw new Error("--scale must be a generated scale (tiny, country, stress)");
  const requests = Number(values.requests);
  const embedded = await startEmbeddedPostgres({
    dir: benchDataDir(scale),
    port: values["pg-port"] ? Number(values["pg-port"]) : DEFAULT_PORTS[scale],
  });
  const db = createPrismaClient(embedded.url, { maxConnections: 5 });
  const client = new pg.Client({ connectionString: embedded.url });
  await client.connect();
  let stopServer = async () => {};
  try {
    const count = async (sql: string) => Number((await client.query(sql)).rows[0]?.n ?? 0);
    const data = {
      partners: await count(`SELECT count(*) AS n FROM "Partner"`),
      agreements: await count(`SELECT count(*) AS n FROM "Agreement"`),
      statusChanges: await count(`SELECT count(*) AS n FROM "StatusChange"`),
      activityLinks: await count(`SELECT count(*) AS n FROM "ActivityAgreement"`),
    };
    if (!data.agreements) throw new Error(`No data: run npx tsx bench/generate.ts --scale ${scale} first`);
    console.log(`Data: ${JSON.stringify(data)}`);

    buildIfNeeded(console.log);
    const server = await startServer(embedded.url, Number(values.port), console.log);
    stopServer = server.stop;
    const cookie = await signIn(db, server.origin);

    const all = await getTimeline(db, ZTimelineInput.parse({}));
    const views = [
      { name: "everything, by start (page 1)", query: "" },
      { name: "by continent (page 1, headed by continent)", query: "?sort=continent" },
      { name: "by status (page 1)", query: "?sort=status" },
      { name: "a decade (2010s)", query: "?zoom=2010s" },
      { name: "a year (2019)", query: "?zoom=2019" },
      { name: `the last page (${all.pageCount})`, query: `?page=${all.pageCount}` },
      { name: "filtered: Europe, active", query: "?continent=EUROPE&status=ACTIVE" },
    ];
    const rows = [];
    for (const view of views) {
      const url = `${server.origin}/timeline${view.query}`;
      const times: number[] = [];
      let html = "";
      for (let index = 0; index < requests + 2; index++) {
        const started = performance.now();
        const response = await fetch(url, { headers: { cookie, accept: "text/html" } });
        html = await response.text();
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        if (index >= 2) times.push(performance.now() - started); // two to warm up
      }
      const input = ZTimelineInput.parse(
        Object.fromEntries(
          [...new URLSearchParams(view.query)].map(([key, value]) => [
            key,
            ["continent", "status"].includes(key) ? [value] : key === "page" ? Number(value) : value,
          ]),
        ),
      );
      const serviceTimes: number[] = [];
      let answer = all;
      for (let index = 0; index < Math.min(requests, 10); index++) {
        const started = performance.now();
        answer = await getTimeline(db, input);
        serviceTimes.push(performance.now() - started);
      }
      if (values.dump && rows.length === 0) await writeFile(values.dump, html);
      const drawn = (html.match(/data-testid="timeline-bar"/g) ?? []).length;
      rows.push({
        view: view.name,
        path: `/timeline${view.query}`,
        lines: answer.lines.length,
        linesTotal: answer.total,
        pages: answer.pageCount,
        barsInHtml: drawn,
        renderMsP50: round1(quantile(times, 0.5)),
        renderMsP95: round1(quantile(times, 0.95)),
        serviceMsP50: round1(quantile(serviceTimes, 0.5)),
        htmlKB: round1(Buffer.byteLength(html) / 1000),
        htmlGzipKB: round1(gzipSync(html).length / 1000),
      });
    }
    const js = await measureFirstLoadJs(server.origin, cookie, "/timeline");
    const result = {
      scale,
      measuredAt: new Date().toISOString(),
      data,
      pageSize: TIMELINE_PAGE_SIZE,
      requests,
      views: rows,
      firstLoadJs: { gzipKB: js.gzipKB, files: js.files, targetKB: FRONTEND_TARGETS.firstLoadJsGzipKB },
    };
    console.table(rows);
    console.log(`First-load JavaScript of /timeline: ${js.gzipKB} KB gzip in ${js.files} files`);
    for (const asset of js.assets) console.log(`  ${asset.gzipBytes} B gzip  ${asset.url}`);
    await writeFile(path.join(RESULTS_DIR, `timeline-${scale}.json`), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await stopServer();
    await client.end();
    await db.$disconnect();
    await embedded.stop();
  }
}

await main();
