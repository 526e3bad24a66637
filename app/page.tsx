import { Dashboard } from "./_components/dashboard/dashboard";
import { WORKING_GROUPS_INPUT } from "./_components/dashboard/inputs";
import { DashboardMapCard } from "./_components/dashboard/map-card";
import { titledBy } from "./_components/form-page";
import { HydrateClient, prefetch, trpc } from "./_lib/trpc/server";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.dashboard.title);

export default async function DashboardPage() {
  await Promise.all([
    prefetch(trpc.statistics.dashboard.queryOptions()),
    prefetch(trpc.agreement.pinned.queryOptions()),
    prefetch(trpc.workingGroup.list.queryOptions(WORKING_GROUPS_INPUT)),
    prefetch(trpc.agenda.figures.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <Dashboard map={<DashboardMapCard />} />
    </HydrateClient>
  );
}
