// The admin mail page's list of overdue entries whose owner no notice can reach (issue 17), at a generated scale:
// `npx tsx bench/mail-overview.ts --scale country|stress [--pg-port N] [--runs 5]`.
//
// Times, in this process against the scale's own embedded PostgreSQL (bench/.data/<scale>), what the page did before
// — the whole agenda computed from the rows (every pending milestone and commitment, the agreements in force) and
// then the owners' addresses of every overdue entry — against what it does now: two SQL reads with the agenda's
// overdue rules, the first 100 rows and the count (overdueWithoutAddress). Both must find the same number of
// entries; the run fails otherwise. Prints the median and the slowest of --runs runs after one to warm up.
import { parseArgs } from "node:util";
import { startEmbeddedPostgres } from "../server/db/embedded";
import { createPrismaClient } from "../server/db/prisma";
import { applyMigrations } from "../server/db/schema-engine";
import { overdueOwners, overdueWithoutAddress } from "../server/services/mail/runs";
import { today as cityToday } from "../server/services/shared/dates";
import { benchDataDir } from "./generate";
import { timed } from "./measure";
import { DEFAULT_PORTS, isScale } from "./scales";

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: "string", default: "country" },
      "pg-port": { type: "string" },
      runs: { type: "string", default: "5" },
    },
  });
  const scale = values.scale ?? "country";
  if (!isScale(scale) || scale === "city") throw new Error(`--scale: a generated scale, not ${scale}`);
  const embedded = await startEmbeddedPostgres({
    dir: benchDataDir(scale),
    port: values["pg-port"] ? Number(values["pg-port"]) : DEFAULT_PORTS[scale],
  });
  // A data set generated before the latest migrations (as the runner does).
  await applyMigrations(embedded.url);
  const db = createPrismaClient(embedded.url, { maxConnections: 5 });
  try {
    const day = cityToday(new Date());
    const runs = Number(values.runs);
    const before = await timed(runs, async () =>
      (await overdueOwners(db, day, null)).filter(({ address }) => address && !address.ok),
    );
    const now = await timed(runs, () => overdueWithoutAddress(db, day));
    if (before.result.length !== now.result.total) {
      throw new Error(`the two ways disagree: ${before.result.length} vs ${now.result.total} entries`);
    }
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    console.log(`scale ${scale}: ${now.result.total} overdue entries without an owner's address`);
    console.log(`  whole agenda, then addresses (before): median ${ms(before.median)}, slowest ${ms(before.max)}`);
    console.log(
      `  SQL, first ${now.result.rows.length} and the count (now): median ${ms(now.median)}, slowest ${ms(now.max)}`,
    );
  } finally {
    await db.$disconnect();
    await embedded.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
