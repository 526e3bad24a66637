// The production server answers the API's busiest routes itself, before Next.js: the tRPC API (/api/trpc/…), the
// live stream (/api/live) and the health checks (/api/health…). The same handlers as the Next.js routes (which
// `next dev` serves), without Next.js's routing, rendering context and response wrapping, which cost more than most
// procedures themselves (docs/PERFORMANCE.md, "The API beside Next.js"). Pages, exports, sign-in, the calendar feed
// and static files stay with Next.js. Module state the two share (the database client, the caches kept until a
// change, the session checker, logs and metrics) lives on globalThis, one per process.
//
// The response headers that next.config.js gives every API answer (nosniff, frame and API content policy, HSTS
// behind https) are applied from the build's own routes manifest, so that next.config.js stays their one source;
// e2e/standalone.spec.ts compares them with a Next.js-served API answer.
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { SpanStatusCode, trace } from "@opentelemetry/api";
import { incomingMessageToRequest } from "@trpc/server/adapters/node-http";
import { envValue } from "../env";
import { logger } from "../observability/logger";
import { health, liveness, readiness } from "./health";
import { liveUpdates } from "./live";
import { answerQuery, handleTrpcRequest, TRPC_ENDPOINT } from "./trpc";

const gzipAsync = promisify(gzip);
const tracer = trace.getTracer("partnerschaften");

/** The largest request body the API takes (a bulk change of 1,000 records is ~50 KB). */
export const API_MAX_BODY_BYTES = 2 * 1024 * 1024;

interface ManifestCondition {
  type: string;
  key: string;
  value?: string;
}

interface ManifestHeaderRule {
  source: string;
  regex: string;
  has?: ManifestCondition[];
  missing?: ManifestCondition[];
  headers: { key: string; value: string }[];
}

interface HeaderRule {
  path: RegExp;
  /** Request headers (lower case) that must be present, with a value matching the pattern. */
  has: { key: string; value: RegExp | null }[];
  headers: [string, string][];
}

/**
 * The header rules of next.config.js's headers(), as the build wrote them. A rule with a condition other than a
 * request header (a cookie, a query value, a `missing` condition) is refused at start, not silently skipped.
 */
export function headerRules(dir: string): HeaderRule[] {
  const manifest = JSON.parse(readFileSync(path.join(dir, ".next", "routes-manifest.json"), "utf8")) as {
    headers?: ManifestHeaderRule[];
  };
  return (manifest.headers ?? []).map((rule) => {
    const unsupported = [
      ...(rule.has ?? []).filter((condition) => condition.type !== "header"),
      ...(rule.missing ?? []),
    ];
    if (unsupported.length) {
      throw new Error(
        `next.config.js headers(): the rule for "${rule.source}" has a condition the API server does not apply (${JSON.stringify(unsupported)}); extend server/cli/api-beside-next.ts`,
      );
    }
    return {
      path: new RegExp(rule.regex),
      has: (rule.has ?? []).map((condition) => ({
        key: condition.key.toLowerCase(),
        value: condition.value === undefined ? null : new RegExp(`^(?:${condition.value})$`),
      })),
      headers: rule.headers.map((header) => [header.key, header.value]),
    };
  });
}

/** The headers the rules give an answer to this request (later rules win, as in Next.js). */
export function headersFor(rules: readonly HeaderRule[], pathname: string, request: IncomingMessage) {
  const result = new Map<string, [string, string]>();
  for (const rule of rules) {
    if (!rule.path.test(pathname)) continue;
    const applies = rule.has.every((condition) => {
      const value = request.headers[condition.key];
      const text = Array.isArray(value) ? value.join(",") : value;
      return text !== undefined && (condition.value === null || condition.value.test(text));
    });
    if (!applies) continue;
    for (const [key, value] of rule.headers) result.set(key.toLowerCase(), [key, value]);
  }
  return [...result.values()];
}

type FetchHandler = (request: Request) => Promise<Response> | Response;

/** One request to a route answered here: the header rules, the path and query, the Node request and response. */
interface ApiCall {
  rules: readonly HeaderRule[];
  pathname: string;
  search: string;
  request: IncomingMessage;
  response: ServerResponse;
}

/** The routes answered here: an exact path or a prefix ending in "/", the method, the handler. */
const ROUTES: readonly { path: string; method: string; handler: FetchHandler }[] = [
  { path: `${TRPC_ENDPOINT}/`, method: "GET", handler: handleTrpcRequest },
  { path: `${TRPC_ENDPOINT}/`, method: "POST", handler: handleTrpcRequest },
  { path: "/api/live", method: "GET", handler: liveUpdates },
  { path: "/api/health", method: "GET", handler: health },
  { path: "/api/health/live", method: "GET", handler: liveness },
  { path: "/api/health/ready", method: "GET", handler: readiness },
];

function routeFor(method: string | undefined, pathname: string) {
  return ROUTES.find(
    (route) =>
      route.method === method && (route.path.endsWith("/") ? pathname.startsWith(route.path) : pathname === route.path),
  );
}

async function answer(handler: FetchHandler, { rules, pathname, request, response }: ApiCall) {
  let fetchRequest: Request;
  try {
    // Its signal aborts when the client goes away (the live stream then ends).
    fetchRequest = incomingMessageToRequest(request, response, { maxBodySize: API_MAX_BODY_BYTES });
  } catch {
    response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("Bad request\n");
    return;
  }
  const result = await handler(fetchRequest);
  for (const [key, value] of headersFor(rules, pathname, request)) response.setHeader(key, value);
  for (const [key, value] of result.headers) {
    // Its length is the written body's (compressed or not), which Node sets.
    if (key !== "set-cookie" && key !== "content-length") response.setHeader(key, value);
  }
  const cookies = result.headers.getSetCookie();
  if (cookies.length) response.setHeader("Set-Cookie", cookies);
  response.statusCode = result.status;
  if (result.body && result.headers.get("content-type")?.startsWith("text/event-stream")) {
    // A stream: each event is written as it comes, until the stream or the client ends.
    response.flushHeaders();
    await pipeline(Readable.fromWeb(result.body as never), response).catch(() => {});
    return;
  }
  await writeBody(request, response, Buffer.from(await result.arrayBuffer()), null);
}

/** The gzip of answers kept until a change (the same object each time: answerQuery's `data`), kept with them. */
const gzipped = new WeakMap<object, Promise<Buffer>>();

/** Compressed as Next.js compresses its answers: gzip from 1 KB on, when the client takes it. */
async function writeBody(
  request: IncomingMessage,
  response: ServerResponse,
  body: Buffer | string,
  keep: object | null,
) {
  const vary = response.getHeader("Vary");
  response.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
  if (Buffer.byteLength(body) >= 1024 && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
    let compressed = keep ? gzipped.get(keep) : undefined;
    if (!compressed) {
      compressed = gzipAsync(body);
      if (keep) gzipped.set(keep, compressed);
    }
    response.setHeader("Content-Encoding", "gzip");
    response.end(await compressed);
  } else {
    response.end(body);
  }
}

/**
 * A single tRPC query by GET, answered from the Node request (answerQuery: no Fetch Request or Response), with the
 * headers handleTrpcRequest's answer gets. False if it is not such a query (then `answer` takes it).
 */
async function answerTrpcQuery({ rules, pathname, search, request, response }: ApiCall): Promise<boolean> {
  const result = await answerQuery(request, pathname, search);
  if (!result) return false;
  for (const [key, value] of headersFor(rules, pathname, request)) response.setHeader(key, value);
  // As tRPC's fetch adapter sets them.
  response.setHeader("content-type", "application/json");
  response.setHeader("vary", "trpc-accept, accept");
  response.statusCode = result.status;
  await writeBody(request, response, result.body, result.data);
  return true;
}

/** Answers a request of one of the routes; false if that failed (then a 500 was sent, and the failure logged). */
async function answerRoute(handler: FetchHandler, call: ApiCall): Promise<boolean> {
  const { response } = call;
  try {
    const answered = handler === handleTrpcRequest && (await answerTrpcQuery(call));
    if (!answered) await answer(handler, call);
    return true;
  } catch (error) {
    if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    response.end();
    logger().error({ err: error }, "answering an API request failed");
    return false;
  }
}

/**
 * A request handler for the routes above, which returns null for a request it leaves to Next.js. `dir`: the built
 * app's folder (its .next/routes-manifest.json).
 */
export function apiBesideNext(dir: string) {
  const rules = headerRules(dir);
  // Spans only when tracing is configured (instrumentation.ts starts it under the same condition): even a no-op span
  // cost a few percent of a small call's CPU.
  const traced = Boolean(envValue("OTEL_EXPORTER_OTLP_ENDPOINT"));
  return (request: IncomingMessage, response: ServerResponse): Promise<unknown> | null => {
    const url = request.url ?? "/";
    if (!url.startsWith("/api/")) return null;
    const query = url.indexOf("?");
    const pathname = query === -1 ? url : url.slice(0, query);
    const route = routeFor(request.method, pathname);
    if (!route) return null;
    const call: ApiCall = { rules, pathname, search: query === -1 ? "" : url.slice(query + 1), request, response };
    if (!traced) return answerRoute(route.handler, call);
    // A span per request, as Next.js makes one per request it serves.
    return tracer.startActiveSpan(`${request.method} ${route.path}`, async (span) => {
      span.setAttribute("http.route", route.path);
      if (route.handler === handleTrpcRequest) {
        span.setAttribute("trpc.procedures", pathname.slice(TRPC_ENDPOINT.length + 1));
      }
      try {
        if (!(await answerRoute(route.handler, call))) {
          span.setStatus({ code: SpanStatusCode.ERROR });
        }
        span.setAttribute("http.status_code", response.statusCode);
      } finally {
        span.end();
      }
    });
  };
}
