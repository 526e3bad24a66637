// `npx tsx bench/explain.ts --scale country [--figure statistics] [--verbose]`: the SQL each benchmark figure sends
// (captured as bench/run.ts does) with PostgreSQL's EXPLAIN ANALYZE of each statement, slowest first: which index a
// query uses and where its time goes. Tuning starts here.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { startEmbeddedPostgres } from "../server/db/embedded";
import { createCapturer } from "./capture";
import { chooseInputs, loadFigures } from "./figures";
import { benchDataDir } from "./generate";
import { DEFAULT_PORTS, isScale, SCALES } from "./scales";

export interface ExplainedStatement {
  text: string;
  ms: number;
  plan: string;
}

/**
 * EXPLAIN ANALYZE of each statement, run one after the other after one warm execution. A transaction's BEGIN and
 * COMMIT are left out and its SET LOCAL applies to the session until the statements are explained, so that each
 * statement is explained with the settings it ran with.
 */
export async function explainStatements(
  client: pg.Client,
  statements: readonly { text: string; values: unknown[] }[],
): Promise<ExplainedStatement[]> {
  const explained: ExplainedStatement[] = [];
  for (const statement of statements) {
    if (/^\s*(BEGIN|COMMIT|ROLLBACK)\b/i.test(statement.text)) continue;
    if (/^\s*SET\b/i.test(statement.text)) {
      await client.query(statement.text.replace(/^\s*SET\s+LOCAL\b/i, "SET"), statement.values);
      continue;
    }
    await client.query(statement.text, statement.values);
    const { rows } = await client.query<{ "QUERY PLAN": string }>(
      `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${statement.text}`,
      statement.values,
    );
    const plan = rows.map((row) => row["QUERY PLAN"]).join("\n");
    const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN);
    explained.push({ text: statement.text, ms, plan });
  }
  await client.query("RESET ALL");
  return explained.sort((a, b) => b.ms - a.ms);
}

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: "string", default: "country" },
      figure: { type: "string" },
      "database-url": { type: "string" },
      verbose: { type: "boolean", default: false },
    },
  });
  const scale = values.scale;
  if (!isScale(scale)) throw new Error(`--scale must be one of ${SCALES.join(", ")}, not "${scale}"`);
  let url = values["database-url"];
  let stop = async () => {};
  if (!url) {
    const embedded = await startEmbeddedPostgres({ dir: benchDataDir(scale), port: DEFAULT_PORTS[scale] });
    url = embedded.url;
    stop = embedded.stop;
  }
  const client = new pg.Client({ connectionString: url });
  const capturer = createCapturer(url);
  try {
    await client.connect();
    const { applyMigrations } = await import("../server/db/schema-engine");
    const applied = await applyMigrations(url);
    if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
    await client.query("ANALYZE");
    // The feed's token only decides which account is found; its lookup's plan is the same for any token.
    const figures = loadFigures({ ...(await chooseInputs(client)), calendarToken: "explain" });
    const chosen = values.figure ? figures.filter((figure) => figure.key === values.figure) : figures;
    if (chosen.length === 0) {
      throw new Error(`--figure must be one of ${figures.map((figure) => figure.key).join(", ")}`);
    }
    for (const figure of chosen) {
      const explained = await explainStatements(client, await capturer.capture(figure.work));
      const total = explained.reduce((sum, statement) => sum + statement.ms, 0);
      console.log(`\n## ${figure.label}: ${explained.length} statements, ${total.toFixed(2)} ms in the database`);
      for (const statement of explained) {
        console.log(`\n${statement.ms.toFixed(2)} ms  ${statement.text.replace(/\s+/g, " ").slice(0, 300)}`);
        if (values.verbose) console.log(statement.plan);
        else {
          const lines = statement.plan.split("\n").filter((line) => /Scan|Join|Aggregate|Sort/.test(line));
          console.log(lines.slice(0, 8).join("\n"));
        }
      }
    }
  } finally {
    await client.end().catch(() => {});
    await capturer.close().catch(() => {});
    await stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
