// What the agenda and the calendar feed cost when they are not kept (issue 17): the first request of a day, or the
// first after a change, pays this once; the others read the kept answer (`npm run bench` measures those).
// `npx tsx bench/agenda-cold.ts --scale country|stress [--pg-port N] [--runs 3]`: in this process against the
// scale's own embedded PostgreSQL (bench/.data/<scale>), the agenda computed from its rows (getAgenda: the SQL and
// the computation) and the whole agenda written as iCalendar (agendaCalendar, German), each --runs times after one
// to warm up; prints the entries, the median and slowest times, the feed's size and the peak RSS.
import { parseArgs } from "node:util";
import { startEmbeddedPostgres } from "../server/db/embedded";
import { createPrismaClient } from "../server/db/prisma";
import { applyMigrations } from "../server/db/schema-engine";
import { getAgenda } from "../server/services/agenda/agenda";
import { agendaCalendar } from "../server/services/calendar/ics";
import { benchDataDir } from "./generate";
import { timed } from "./measure";
import { DEFAULT_PORTS, isScale } from "./scales";

const MB = 1024 * 1024;

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: "string", default: "country" },
      "pg-port": { type: "string" },
      runs: { type: "string", default: "3" },
    },
  });
  const scale = values.scale ?? "country";
  if (!isScale(scale)) throw new Error(`--scale: unknown scale ${scale}`);
  const embedded = await startEmbeddedPostgres({
    dir: benchDataDir(scale),
    port: values["pg-port"] ? Number(values["pg-port"]) : DEFAULT_PORTS[scale],
  });
  // A data set generated before the latest migrations (as the runner does).
  await applyMigrations(embedded.url);
  const db = createPrismaClient(embedded.url, { maxConnections: 5 });
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);
  try {
    const runs = Number(values.runs);
    const agenda = await timed(runs, () => getAgenda(db, {}));
    const entries = agenda.result.entries;
    const feed = await timed(runs, () =>
      agendaCalendar(entries, { baseUrl: "https://partnerschaften.example", locale: "de", now: new Date() }),
    );
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    console.log(`scale ${scale}: ${entries.length} agenda entries`);
    console.log(`  agenda computed from the rows: median ${ms(agenda.median)}, slowest ${ms(agenda.max)}`);
    console.log(
      `  iCalendar written: median ${ms(feed.median)}, slowest ${ms(feed.max)}, ${(Buffer.byteLength(feed.result) / MB).toFixed(1)} MB`,
    );
    console.log(`  peak RSS ${(peakRss / MB).toFixed(0)} MB`);
  } finally {
    clearInterval(sampler);
    await db.$disconnect();
    await embedded.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
