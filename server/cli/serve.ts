// The production HTTP server: Next.js' request handler inside a plain Node server, so that every request gets its
// request id, access log line and metrics (server/observability/http.ts), the metrics have their own port, and
// SIGTERM ends the server gracefully: readiness turns 503, no new connections, running requests and exports finish
// (or are cut after SHUTDOWN_TIMEOUT), then the process exits.
//
// Started by server/cli/start.ts (`npm start`, `npm run demo`, the container's entry point) from the standalone
// build (.next/standalone/cli/serve.mjs, bundled by server/cli/build.ts) with the database ready and DATABASE_URL set.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import next from "next";
import { readEnv } from "../env";
import { apiBesideNext } from "../http/beside-next";
import { instrumentHttp } from "../observability/http";
import { flushTraces, markStopping } from "../observability/lifecycle";
import { captureConsole, logger } from "../observability/logger";
import { metricsText } from "../observability/metrics";
import { startMailIfConfigured } from "./mail";

/** The configuration `next build` wrote for the standalone server (the same object its server.js uses). */
function builtConfig(dir: string): Record<string, unknown> {
  const file = path.join(dir, ".next", "required-server-files.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { config: Record<string, unknown> }).config;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

async function main() {
  const started = performance.now();
  const env = readEnv();
  const log = logger();
  captureConsole(log);
  process.on("unhandledRejection", (reason) => log.error({ err: reason }, "unhandled rejection"));
  const dir = process.cwd();
  const conf = builtConfig(dir);
  // As the standalone server.js does: Next.js reads its configuration from here instead of next.config.js.
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf);
  const app = next({ dev: false, dir, hostname: env.HOST, port: env.PORT, conf: conf as never });
  await app.prepare();
  const nextHandler = app.getRequestHandler();
  // The tRPC API is answered here, before Next.js (server/cli/api-beside-next.ts); everything else by Next.js.
  const api = apiBesideNext(dir);
  const http = instrumentHttp((request, response) => api(request, response) ?? nextHandler(request, response));
  const server = createServer(http.handle);
  // Behind a reverse proxy: keep idle connections a little longer than nginx' default keepalive_timeout (60 s).
  server.keepAliveTimeout = 65_000;
  await listen(server, env.PORT, env.HOST);

  let metricsServer: Server | undefined;
  if (env.METRICS_PORT) {
    metricsServer = createServer((request, response) => {
      if (request.method !== "GET" || (request.url ?? "").split("?")[0] !== "/metrics") {
        response.writeHead(404, { "Content-Type": "text/plain" }).end("Not found: GET /metrics\n");
        return;
      }
      metricsText().then(
        ({ contentType, body }) => response.writeHead(200, { "Content-Type": contentType }).end(body),
        (error: unknown) => {
          log.error({ err: error }, "metrics failed");
          response.writeHead(500).end();
        },
      );
    });
    await listen(metricsServer, env.METRICS_PORT, env.METRICS_HOST ?? env.HOST);
  }
  log.info(
    {
      port: env.PORT,
      host: env.HOST,
      metricsPort: env.METRICS_PORT ?? null,
      startMs: Math.round(performance.now() - started),
    },
    "server listening",
  );

  // The mail jobs (issue 17): every app server runs a worker; pg-boss gives each job to one of them.
  const mail = await startMailIfConfigured(env, log);

  // SIGTERM: readiness answers 503 at once, so the load balancer sends no new requests; the server keeps answering
  // those still arriving (and the PDF printer's own requests for the report pages) but closes each connection after
  // its answer. When nothing runs any more, or after SHUTDOWN_TIMEOUT, it stops listening and cuts what is left.
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    markStopping();
    log.info({ signal, inFlight: http.inFlight(), timeoutSeconds: env.SHUTDOWN_TIMEOUT }, "shutting down");
    server.closeIdleConnections();
    const left = await http.drained(env.SHUTDOWN_TIMEOUT * 1000);
    if (left > 0) log.warn({ inFlight: left }, "shutdown timeout: closing the connections of requests still running");
    const closed = close(server);
    // Only what is still running is cut; a connection whose answer was just sent closes by itself (Connection:
    // close), so that its last bytes are not lost to a reset.
    if (left > 0) server.closeAllConnections();
    else server.closeIdleConnections();
    await closed;
    if (metricsServer) {
      metricsServer.closeAllConnections();
      await close(metricsServer);
    }
    // A mail run still going is given its time (up to 20 s); one cut short is retried by another server or later.
    await mail?.stop().catch((error: unknown) => log.error({ err: error }, "stopping the mail worker failed"));
    const prisma = (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma;
    await prisma?.$disconnect().catch(() => {});
    await flushTraces().catch(() => {});
    log.info({ cutRequests: left }, "server stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  logger().fatal({ err: error }, "server failed to start");
  process.exit(1);
});
