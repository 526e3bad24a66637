// Server components prefetch through the same router (no HTTP) and hand the cache to the client.
import "server-only";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { TRPCError } from "@trpc/server";
import { createTRPCOptionsProxy, type TRPCQueryOptions } from "@trpc/tanstack-react-query";
import { cache, type ReactNode } from "react";
import { db } from "@/server/db/client";
import { type PageSearchParams, toUrlSearchParams } from "@/server/lists/define";
import { createContextFor } from "@/server/trpc/context";
import { appRouter, createCaller } from "@/server/trpc/root";
import { requireActor } from "../session";
import { makeQueryClient } from "./query-client";

export const getQueryClient = cache(makeQueryClient);

export const trpc = createTRPCOptionsProxy({
  ctx: async () => createContextFor(db(), await requireActor()),
  router: appRouter,
  queryClient: getQueryClient,
});

// biome-ignore lint/suspicious/noExplicitAny: the options of any procedure
export function prefetch<T extends ReturnType<TRPCQueryOptions<any>>>(queryOptions: T) {
  return getQueryClient().prefetchQuery(queryOptions);
}

/**
 * A list page's content: what the list asks first for the URL's filters (and, say, its filters' options) read on
 * the server, then the list, which finds the answers in the cache it is handed.
 */
export async function prefetchedList(
  searchParams: Promise<PageSearchParams>,
  queries: (params: URLSearchParams) => readonly Promise<unknown>[],
  list: ReactNode,
) {
  await Promise.all(queries(toUrlSearchParams(await searchParams)));
  return <HydrateClient>{list}</HydrateClient>;
}

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

/** Calls the router directly from a server component (e.g. when a page needs the data itself), as the user. */
export async function serverCaller() {
  return createCaller(createContextFor(db(), await requireActor()));
}

/** Runs a lookup and turns NOT_FOUND into null (so the page can answer 404); other errors still fail. */
export async function orNull<T>(lookup: Promise<T>): Promise<T | null> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

export type OptionKind = "partner" | "agreement" | "person" | "cooperationArea";

/** What a form offers to choose from (partners, agreements, people, cooperation areas), read before its page. */
export function prefetchOptions(...kinds: readonly OptionKind[]) {
  const options = {
    partner: () => trpc.partner.options.queryOptions(),
    agreement: () => trpc.agreement.options.queryOptions(),
    person: () => trpc.person.options.queryOptions(),
    cooperationArea: () => trpc.cooperationArea.list.queryOptions(),
  };
  return Promise.all(kinds.map((kind) => prefetch(options[kind]())));
}
