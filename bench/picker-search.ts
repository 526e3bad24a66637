// `npx tsx bench/picker-search.ts [--scale country] [--port N] [--runs 200]`: the latency of the pickers' server
// search (partner.search, agreement.search, person.search) through the real router, in process (no HTTP), on a
// generated scale (`npm run bench:generate -- --scale country`: 5,000 partners, 10,000 agreements, 6,000 people).
// Each query runs once to warm up, then `runs` times; p50, p95 and the slowest in ms.
import { parseArgs } from "node:util";
import { startEmbeddedPostgres } from "../server/db/embedded";
import { createPrismaClient } from "../server/db/prisma";
import { callerFor, TEST_ACTORS } from "../server/test/caller";
import { benchDataDir } from "./generate";
import { quantile } from "./measure";
import { DEFAULT_PORTS, isScale } from "./scales";

const { values } = parseArgs({
  options: { scale: { type: "string", default: "country" }, port: { type: "string" }, runs: { type: "string" } },
});
const scale = values.scale ?? "country";
if (!isScale(scale)) throw new Error(`unknown scale ${scale}`);
const runs = Number(values.runs ?? 200);
const embedded = await startEmbeddedPostgres({
  dir: benchDataDir(scale),
  port: Number(values.port ?? DEFAULT_PORTS[scale]),
});
const db = createPrismaClient(embedded.url);
const caller = callerFor(db, TEST_ACTORS.VIEWER);

const queries: [string, () => Promise<unknown[]>][] = [
  ['partner.search ""', () => caller.partner.search({})],
  ['partner.search "b"', () => caller.partner.search({ q: "b" })],
  ['partner.search "ber"', () => caller.partner.search({ q: "ber" })],
  ['partner.search "Lyon"', () => caller.partner.search({ q: "Lyon" })],
  ['partner.search "zzzz" (none)', () => caller.partner.search({ q: "zzzz" })],
  ['agreement.search ""', () => caller.agreement.search({})],
  ['agreement.search "ber"', () => caller.agreement.search({ q: "ber" })],
  ['agreement.search "zzzz" (none)', () => caller.agreement.search({ q: "zzzz" })],
  ['person.search "an"', () => caller.person.search({ q: "an" })],
  ['person.search "müller"', () => caller.person.search({ q: "müller" })],
];

try {
  console.log(
    `scale ${scale}: ${await db.partner.count()} partners, ${await db.agreement.count()} agreements, ${await db.person.count()} people; ${runs} runs each`,
  );
  console.log("query | matches | p50 ms | p95 ms | max ms");
  for (const [name, run] of queries) {
    const found = (await run()).length;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const ms = (value: number) => value.toFixed(2);
    console.log(
      `${name} | ${found} | ${ms(quantile(times, 0.5))} | ${ms(quantile(times, 0.95))} | ${ms(times.at(-1) ?? 0)}`,
    );
  }
} finally {
  await db.$disconnect();
  await embedded.stop();
}
