// `npm start`: builds the app if its sources changed, starts and migrates the database, seeds an empty one with
// the demo data, and serves the production build on PORT. `npm run dev` does the same with `next dev`.
import { spawn } from "node:child_process";
import { readEnv } from "../env";
import { pdfExportUnavailable } from "../export/pdf-browser";
import { serverHeapArgs } from "../heap";
import { buildIfNeeded, NEXT_BIN } from "./build";
import { prepareDatabase, runCommand, startDatabase } from "./database";

const log = (line: string) => console.log(`[start] ${line}`);
const dev = process.argv.includes("--dev");
/** `npm run demo` and `npm run dev` also create the demo accounts (one per role; see README). Never production. */
const demo = process.argv.includes("--demo") || dev;
async function main() {
  if (demo) process.env.DEMO_ACCOUNTS = "true";
  const env = readEnv();
  // With a PostgreSQL server of its own, several app servers may share the database (behind a load balancer): they
  // must all sign session cookies with one secret, which a secret generated per DATA_DIR would not be.
  if (env.DATABASE_URL && !env.BETTER_AUTH_SECRET) {
    throw new Error(
      "BETTER_AUTH_SECRET: required with DATABASE_URL (every app server on one database must sign sessions with the same secret; at least 32 characters, e.g. `openssl rand -base64 32`).",
    );
  }
  // Everything else works without Chromium; the PDF exports answer 503 with the same message. The start does not
  // install it: apt-get as root changes the machine (and needs the network), which a demo command should not do
  // unasked; .ci/run and the browser tests install it because a test run needs it.
  const noPdf = pdfExportUnavailable();
  if (noPdf) log(noPdf);
  if (!dev) buildIfNeeded(log);
  const database = await startDatabase(env, log);
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await database.stop().catch((error) => console.error("[start] stopping the database failed:", error));
    process.exit(code);
  };
  try {
    await prepareDatabase(database, env, log);
  } catch (error) {
    console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }

  const server = spawn(
    process.execPath,
    [
      // The production server's heap limit (server/heap.ts); `next dev` keeps Node's default.
      ...(dev ? [] : serverHeapArgs(env.SERVER_HEAP_MB)),
      NEXT_BIN,
      dev ? "dev" : "start",
      "--port",
      String(env.PORT),
      "--hostname",
      env.HOST,
    ],
    {
      stdio: "inherit",
      env: {
        ...process.env,
        // The app's own role, which owns nothing (server/db/roles.ts); migrations ran as the owner above.
        DATABASE_URL: database.appUrl,
        MIGRATION_DATABASE_URL: "",
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

runCommand(main, "[start] ");
