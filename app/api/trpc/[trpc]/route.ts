import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { isTrustedOrigin } from "@/server/auth/config";
import { actorFromHeaders, trustedOrigins } from "@/server/auth/instance";
import { db } from "@/server/db/client";
import { logger } from "@/server/observability/logger";
import { createContextFor } from "@/server/trpc/context";
import { mapError } from "@/server/trpc/errors";
import { appRouter } from "@/server/trpc/root";

/** The client's address as the reverse proxy reports it (for the audit trail only, never for decisions). */
function clientIp(request: Request): string | null {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim().slice(0, 100) || null;
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
