// `npm start`: builds the app if its sources changed, starts and migrates the database, seeds an empty one with
// the demo data, and serves the production build on PORT. `npm run dev` does the same with `next dev`.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prepareDatabase, startDatabase } from "../db/setup";
import { readEnv } from "../env";

const log = (line: string) => console.log(`[start] ${line}`);
const dev = process.argv.includes("--dev");
/** `npm run demo` and `npm run dev` also create the demo accounts (one per role; see README). Never production. */
const demo = process.argv.includes("--demo") || dev;
const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
const STAMP = path.resolve(".next/source-stamp");
const SOURCES = ["app", "server", "prisma/schema.prisma", "next.config.js", "tsconfig.json", "package-lock.json"];

/** A fingerprint of every source file's path, size and modification time. */
function sourceStamp(): string {
  const hash = createHash("sha256");
  const visit = (entry: string) => {
    if (!existsSync(entry)) return;
    const info = statSync(entry);
    if (info.isDirectory()) {
      if (entry.endsWith(path.join("db", "generated"))) return;
      for (const child of readdirSync(entry).sort()) visit(path.join(entry, child));
    } else {
      hash.update(`${entry}:${info.size}:${info.mtimeMs}\n`);
    }
  };
  for (const source of SOURCES) visit(source);
  return hash.digest("hex");
}

function buildIfNeeded(): void {
  const stamp = sourceStamp();
  const built = existsSync(".next/BUILD_ID") && existsSync(STAMP) && readFileSync(STAMP, "utf8") === stamp;
  if (built) return;
  log("Building the app (sources changed since the last build) …");
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
  writeFileSync(STAMP, stamp);
}

async function main() {
  if (demo) process.env.DEMO_ACCOUNTS = "true";
  const env = readEnv();
  if (!dev) buildIfNeeded();
  const database = await startDatabase(env, log);
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await database.stop().catch((error) => console.error("[start] stopping the database failed:", error));
    process.exit(code);
  };
  try {
    await prepareDatabase(database.url, env, log);
  } catch (error) {
    console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }

  const server = spawn(
    process.execPath,
    [NEXT_BIN, dev ? "dev" : "start", "--port", String(env.PORT), "--hostname", env.HOST],
    {
      stdio: "inherit",
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        PORT: String(env.PORT),
        NODE_ENV: dev ? "development" : "production",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  );
  log(`Serving on http://${env.HOST === "127.0.0.1" ? "localhost" : env.HOST}:${env.PORT}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      server.kill(signal);
    });
  }
  server.on("exit", (code, signal) => void shutdown(code ?? (signal ? 0 : 1)));
}

main().catch((error) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
