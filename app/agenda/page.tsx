import { agendaInputFromSearchParams } from "@/server/lists/agenda";
import { type PageSearchParams, toUrlSearchParams } from "@/server/lists/define";
import { titledBy } from "../_components/form-page";
import { HydrateClient, prefetch, prefetchOptions, trpc } from "../_lib/trpc/server";
import { AgendaView } from "./_components/agenda-view";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.agenda.title);

export default async function AgendaPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const params = toUrlSearchParams(await searchParams);
  await Promise.all([
    prefetch(trpc.agenda.list.queryOptions(agendaInputFromSearchParams(params))),
    prefetchOptions("partner", "cooperationArea"),
  ]);
  return (
    <HydrateClient>
      <AgendaView />
    </HydrateClient>
  );
}
