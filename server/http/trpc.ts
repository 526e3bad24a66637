// The tRPC API over HTTP as one function from a Fetch request to its answer: what the Next.js route
// (app/api/trpc/[trpc]/route.ts, used by `next dev`) and the production server (server/cli/serve.ts, which answers
// /api/trpc/… beside Next.js so that an API call pays only for its own work) both call.
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { clientAddress } from "../auth/client-address";
import { isTrustedOrigin } from "../auth/config";
import { actorFromHeaders, trustedOrigins } from "../auth/instance";
import { db } from "../db/client";
import { envValue } from "../env";
import { logger } from "../observability/logger";
import { createContextFor } from "../trpc/context";
import { mapError } from "../trpc/errors";
import { appRouter } from "../trpc/root";

export const TRPC_ENDPOINT = "/api/trpc";

/** The client's address for the audit trail: the same rule as everywhere (TRUSTED_PROXIES; client-address.ts). */
function clientIp(request: Request): string | null {
  return clientAddress(request.headers, envValue("TRUSTED_PROXIES"));
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
        return createContextFor(db(), await actorFromHeaders(request.headers), clientIp(request));
      } catch (error) {
        // The session lookup needs the database too: "unavailable" (503) rather than an internal error.
        throw mapError(error) ?? error;
      }
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") {
        logger().error({ err: error.cause ?? error, procedure: path ?? null }, "tRPC procedure failed");
      }
    },
  });
}
