// Around every HTTP request the app answers: its request id (header in, header out, and in every log line it
// causes), one access log line, the request metrics, and the count of requests still running that a graceful
// shutdown waits for.
import type { IncomingMessage, ServerResponse } from "node:http";
import { isStopping } from "./lifecycle";
import { logger } from "./logger";
import { metrics } from "./metrics";
import { REQUEST_ID_HEADER, requestIdFrom, runWithRequest } from "./request-context";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

/** A bounded label for a path: the metrics must not grow with every URL a client makes up. */
export function routeGroup(pathname: string): string {
  if (pathname.startsWith("/_next/static/")) return "/_next/static";
  if (pathname.startsWith("/_next/")) return "/_next";
  for (const prefix of ["/api/trpc", "/api/export", "/api/auth", "/api/health", "/reports"]) {
    if (pathname === prefix || pathname.startsWith(`${prefix}/`)) return prefix;
  }
  if (pathname.startsWith("/api/")) return "/api/other";
  return "page";
}

/** Health checks and static files are logged at debug level: a load balancer asks every few seconds. */
const QUIET = new Set(["/api/health", "/_next/static"]);

export interface InstrumentedHandler {
  handle: Handler;
  /** Requests that have arrived and not yet been answered to the end. */
  inFlight(): number;
  /** Resolves once no request is running, or after `timeoutMs` with the number still running. */
  drained(timeoutMs: number): Promise<number>;
}

export function instrumentHttp(inner: Handler): InstrumentedHandler {
  let running = 0;
  const waiters = new Set<() => void>();
  const m = metrics();

  const handle: Handler = (request, response) => {
    const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
    // The app (route handlers, pages) reads the same id from the request.
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader("X-Request-Id", requestId);
    // Shutting down: answer, then close the connection (no keep-alive for a server about to go).
    if (isStopping()) response.setHeader("Connection", "close");
    const started = performance.now();
    const pathname = (request.url ?? "/").split("?")[0] ?? "/";
    const route = routeGroup(pathname);
    running += 1;
    m.httpInFlight.inc();
    let finished = false;
    const done = (complete: boolean) => {
      if (finished) return;
      finished = true;
      running -= 1;
      m.httpInFlight.dec();
      const seconds = (performance.now() - started) / 1000;
      const status = complete ? response.statusCode : 499;
      m.httpRequests.inc({ method: request.method ?? "?", route, status: String(status) });
      m.httpDuration.observe({ method: request.method ?? "?", route }, seconds);
      // The path without its query: a search may hold a name or an address.
      const line = {
        requestId,
        method: request.method,
        path: pathname.slice(0, 200),
        route,
        status,
        durationMs: Math.round(seconds * 10_000) / 10,
        ...(complete ? {} : { aborted: true }),
      };
      const log = logger();
      // A 503 of the health checks is their answer (not ready, stopping), not a failure of the app.
      if (status >= 500 && route !== "/api/health") log.error(line, "request failed");
      else if (QUIET.has(route)) log.debug(line, "request");
      else log.info(line, "request");
      if (running === 0) for (const wake of waiters) wake();
    };
    response.on("finish", () => done(true));
    response.on("close", () => done(response.writableFinished));
    runWithRequest({ requestId }, () => {
      try {
        const result = inner(request, response);
        if (result instanceof Promise) {
          result.catch((error: unknown) => {
            logger().error({ err: error }, "request handler failed");
            if (!response.headersSent) response.writeHead(500).end();
            else response.destroy();
          });
        }
      } catch (error) {
        logger().error({ err: error }, "request handler failed");
        if (!response.headersSent) response.writeHead(500).end();
      }
    });
  };

  const drained = (timeoutMs: number) =>
    new Promise<number>((resolve) => {
      if (running === 0) return resolve(0);
      const wake = () => {
        clearTimeout(timer);
        waiters.delete(wake);
        resolve(running);
      };
      const timer = setTimeout(wake, timeoutMs);
      waiters.add(wake);
    });

  return { handle, inFlight: () => running, drained };
}
