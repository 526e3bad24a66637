// The tRPC API over HTTP as one function from a Fetch request to its answer: what the Next.js route
// (app/api/trpc/[trpc]/route.ts, used by `next dev`) and the production server (server/cli/serve.ts, which answers
// /api/trpc/… beside Next.js so that an API call pays only for its own work) both call. The production server
// answers a single query by GET (most of the API's calls) with answerQuery below, the same without the Fetch API.
import type { IncomingMessage } from "node:http";
import {
  type AnyTRPCProcedure,
  getTRPCErrorFromUnknown,
  getTRPCErrorShape,
  TRPCError,
  transformTRPCResponse,
} from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getHTTPStatusCode } from "@trpc/server/http";
import { clientAddress } from "../auth/client-address";
import { isTrustedOrigin } from "../auth/config";
import type { HeaderReader } from "../auth/cookies";
import { actorFromHeaders, trustedOrigins } from "../auth/instance";
import { db } from "../db/client";
import { envValue } from "../env";
import { logger } from "../observability/logger";
import { type Context, createContextFor } from "../trpc/context";
import { mapError } from "../trpc/errors";
import { appRouter } from "../trpc/root";

export const TRPC_ENDPOINT = "/api/trpc";

/** The client's address for the audit trail: the same rule as everywhere (TRUSTED_PROXIES; client-address.ts). */
function clientIp(headers: HeaderReader): string | null {
  return clientAddress(headers, envValue("TRUSTED_PROXIES"));
}

/** A procedure that failed inside is logged with its cause (a refusal is an answer, not a failure). */
function logFailure(error: TRPCError, path: string | undefined) {
  if (error.code === "INTERNAL_SERVER_ERROR") {
    logger().error({ err: error.cause ?? error, procedure: path ?? null }, "tRPC procedure failed");
  }
}

export function handleTrpcRequest(request: Request): Promise<Response> {
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req: request,
    router: appRouter,
    createContext: async () => {
      // Mutations travel as POST: they must come from this app's own pages (no cross-site requests).
      if (request.method !== "GET" && !isTrustedOrigin(request, trustedOrigins())) {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: "Refused: a request that changes data must come from this app (Origin header missing or foreign).",
        });
      }
      try {
        return createContextFor(db(), await actorFromHeaders(request.headers), clientIp(request.headers));
      } catch (error) {
        // The session lookup needs the database too: "unavailable" (503) rather than an internal error.
        throw mapError(error) ?? error;
      }
    },
    onError({ error, path }) {
      logFailure(error, path);
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// One query by GET, without the Fetch API
// ---------------------------------------------------------------------------------------------------------------

/** A request's headers as the session check and the client address read them (no Fetch `Headers` built). */
function headerReader(request: IncomingMessage): HeaderReader {
  return {
    get(name) {
      const value = request.headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

export interface PlainAnswer {
  status: number;
  /** The answer's JSON, as tRPC's fetch handler writes it. */
  body: string;
  /**
   * The procedure's answer when it is an object: a read kept until a change (until-change.ts) is the same object
   * each time, so whatever is made from it (its JSON, its gzip) may be kept with it.
   */
  data: object | null;
}

const config = appRouter._def._config;

/** A GET call's input (`?input=`, superjson's format) read as tRPC's adapter reads it: bad JSON is BAD_REQUEST. */
function readInput(input: string | null): unknown {
  if (!input) return undefined;
  try {
    return config.transformer.input.deserialize(JSON.parse(input));
  } catch (cause) {
    if (cause instanceof TRPCError) throw cause;
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: cause instanceof Error ? cause.message : "Invalid input",
      cause,
    });
  }
}

/** The JSON of an answer object, kept as long as the object lives (a kept read's answer is written once). */
const written = new WeakMap<object, string>();

/**
 * A single query sent by GET (`/api/trpc/agreement.list?input=…`, what the app's pages and the browser ask most), answered
 * as tRPC's fetch adapter answers it — the same procedure call with the same middlewares, the same JSON, errors and
 * status codes (server/http/trpc.test.ts compares them byte for byte) — from the Node request itself: no Fetch
 * Request, URL, Headers or Response is made. Null for anything else (a batch, a mutation, a subscription, a stream,
 * an unknown path): handleTrpcRequest answers those.
 */
export async function answerQuery(
  request: IncomingMessage,
  pathname: string,
  search: string,
): Promise<PlainAnswer | null> {
  if (request.method !== "GET" || request.headers["trpc-accept"] !== undefined) return null;
  let path: string;
  try {
    path = decodeURIComponent(pathname.slice(TRPC_ENDPOINT.length + 1));
  } catch {
    return null;
  }
  const procedure = (appRouter._def.procedures as unknown as Record<string, AnyTRPCProcedure | undefined>)[path];
  if (procedure?._def.type !== "query") return null;
  const params = new URLSearchParams(search);
  if (params.has("batch")) return null;
  const headers = headerReader(request);
  let ctx: Context | undefined;
  try {
    try {
      ctx = createContextFor(db(), await actorFromHeaders(headers), clientIp(headers));
    } catch (error) {
      throw mapError(error) ?? error;
    }
    const input = params.get("input");
    const data: unknown = await procedure({
      path,
      ctx,
      type: "query",
      signal: undefined,
      batchIndex: 0,
      getRawInput: async () => readInput(input),
    });
    if (typeof data !== "object" || data === null) {
      return { status: 200, body: JSON.stringify(transformTRPCResponse(config, { result: { data } })), data: null };
    }
    let body = written.get(data);
    if (body === undefined) {
      body = JSON.stringify(transformTRPCResponse(config, { result: { data } }));
      written.set(data, body);
    }
    return { status: 200, body, data };
  } catch (cause) {
    const error = getTRPCErrorFromUnknown(cause);
    logFailure(error, path);
    const answer = { error: getTRPCErrorShape({ config, ctx, error, input: undefined, path, type: "query" }) };
    return {
      status: getHTTPStatusCode(answer),
      body: JSON.stringify(transformTRPCResponse(config, answer)),
      data: null,
    };
  }
}
