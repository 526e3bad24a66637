import { defaultShouldDehydrateQuery, MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import superjson from "superjson";
import { serialize } from "@/server/trpc/transformer";

function codeOf(error: unknown): string | undefined {
  return (error as { data?: { code?: string } } | null)?.data?.code;
}

/**
 * `onUnauthorized` (browser only): the session ended (expired, signed out elsewhere, ended by an admin) while the
 * page was open; the user is sent to sign in again.
 */
export function makeQueryClient(onUnauthorized?: () => void) {
  const handle = (error: unknown) => {
    if (onUnauthorized && codeOf(error) === "UNAUTHORIZED") onUnauthorized();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Asking again does not help when the server refused for who you are or what you asked.
        retry: (failures, error) =>
          failures < 1 && !["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "BAD_REQUEST"].includes(codeOf(error) ?? ""),
      },
      dehydrate: {
        // The queries a page hands to the browser, in superjson's format (written faster: server/trpc/transformer.ts).
        serializeData: serialize,
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
      hydrate: { deserializeData: superjson.deserialize },
    },
  });
}
