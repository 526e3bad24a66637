import { agendaInputFromSearchParams } from "@/server/lists/agenda";
import type { PageSearchParams } from "@/server/lists/define";
import { titledBy } from "../_components/form-page";
import { prefetch, prefetchedList, prefetchOptions, trpc } from "../_lib/trpc/server";
import { AgendaView } from "./_components/agenda-view";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.agenda.title);

export default function AgendaPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  return prefetchedList(
    searchParams,
    (params) => [
      prefetch(trpc.agenda.list.queryOptions(agendaInputFromSearchParams(params))),
      prefetchOptions("partner", "cooperationArea"),
    ],
    <AgendaView />,
  );
}
