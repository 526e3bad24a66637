// `npx tsx bench/deep-pages.ts [--scale country] [--port N] [--runs 20]`: a deep page of the agreement list
// (listAgreements, in process, no HTTP, no kept answers) read three ways, per sort order: with OFFSET (no change feed:
// nothing may be kept), by keyset without any page boundary known (the first read after a change: one narrow
// OFFSET read of the sort keys, then the seek), and by keyset from the boundary of the page before (paging on).
// Median and slowest of `runs` in ms, after one warm-up.
import { parseArgs } from "node:util";
import { attachChangeFeed } from "../server/db/change-feed";
import { startEmbeddedPostgres } from "../server/db/embedded";
import { createPrismaClient } from "../server/db/prisma";
import { type TAgreementListInput, ZAgreementListInput } from "../server/lists/agreements";
import { listAgreements } from "../server/services/agreement/list";
import { invalidateCachedAnswers } from "../server/services/shared/until-change";
import { benchDataDir } from "./generate";
import { timed } from "./measure";
import { DEFAULT_PORTS, isScale } from "./scales";

const { values } = parseArgs({
  options: { scale: { type: "string", default: "country" }, port: { type: "string" }, runs: { type: "string" } },
});
const scale = values.scale ?? "country";
if (!isScale(scale)) throw new Error(`unknown scale ${scale}`);
const runs = Number(values.runs ?? 20);
const embedded = await startEmbeddedPostgres({
  dir: benchDataDir(scale),
  port: Number(values.port ?? DEFAULT_PORTS[scale]),
});
const offsetDb = createPrismaClient(embedded.url);
const keysetDb = createPrismaClient(embedded.url);
const feed = attachChangeFeed(keysetDb, embedded.url);

const PAGE_SIZE = 25;
const ORDERS: Pick<TAgreementListInput, "sort" | "dir">[] = [
  { sort: "signedOn", dir: "desc" },
  { sort: "title", dir: "asc" },
  { sort: "partner", dir: "asc" },
  { sort: "updatedAt", dir: "desc" },
];

try {
  await feed.ready();
  const total = await offsetDb.agreement.count();
  // The page at offset 5,000 (issue 20's deep page) and the last full page.
  const pages = [Math.floor(5_000 / PAGE_SIZE) + 1, Math.floor(total / PAGE_SIZE)];
  console.log(`scale ${scale}: ${total} agreements, ${PAGE_SIZE} a page, ${runs} runs each (median / slowest, ms)`);
  console.log("order | page | OFFSET | keyset, no boundary known | keyset, from the page before");
  for (const order of ORDERS) {
    for (const page of pages) {
      const query = (p: number) => ZAgreementListInput.parse({ ...order, page: p, pageSize: PAGE_SIZE });
      const offset = await timed(runs, () => listAgreements(offsetDb, query(page)));
      const cold = await timed(runs, () => {
        invalidateCachedAnswers(); // forgets every page boundary, as a change would
        return listAgreements(keysetDb, query(page));
      });
      const times: number[] = [];
      for (let run = 0; run <= runs; run++) {
        invalidateCachedAnswers();
        await listAgreements(keysetDb, query(page - 1));
        const started = performance.now();
        const answer = await listAgreements(keysetDb, query(page));
        if (run > 0) times.push(performance.now() - started);
        if (
          JSON.stringify(answer.items.map((item) => item.id)) !==
          JSON.stringify(offset.result.items.map((item) => item.id))
        ) {
          throw new Error(`${order.sort} ${order.dir} page ${page}: the keyset page differs from OFFSET's`);
        }
      }
      times.sort((a, b) => a - b);
      const ms = (value: number) => value.toFixed(1);
      const next = { median: times[Math.floor(times.length / 2)] ?? 0, max: times.at(-1) ?? 0 };
      console.log(
        `${order.sort} ${order.dir} | ${page} | ${ms(offset.median)} / ${ms(offset.max)} | ${ms(cold.median)} / ${ms(cold.max)} | ${ms(next.median)} / ${ms(next.max)}`,
      );
    }
  }
} finally {
  await feed.close();
  await offsetDb.$disconnect();
  await keysetDb.$disconnect();
  await embedded.stop();
}
