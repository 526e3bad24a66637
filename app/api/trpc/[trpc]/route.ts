import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { clientAddress } from "@/server/auth/client-address";
import { isTrustedOrigin } from "@/server/auth/config";
import { actorFromHeaders, trustedOrigins } from "@/server/auth/instance";
import { db } from "@/server/db/client";
import { envValue } from "@/server/env";
import { logger } from "@/server/observability/logger";
import { createContextFor } from "@/server/trpc/context";
import { mapError } from "@/server/trpc/errors";
import { appRouter } from "@/server/trpc/root";

/** The client's address for the audit trail: the same rule as everywhere (TRUSTED_PROXIES; client-address.ts). */
function clientIp(request: Request): string | null {
  return clientAddress(request.headers, envValue("TRUSTED_PROXIES"));
}

function handler(request: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
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

export { handler as GET, handler as POST };
