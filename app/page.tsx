import type { Metadata } from "next";
import { Dashboard } from "./_components/dashboard/dashboard";
import { RECENT_AGREEMENTS_INPUT, WORKING_GROUPS_INPUT } from "./_components/dashboard/inputs";
import { getMessages } from "./_i18n/server";
import { HydrateClient, prefetch, trpc } from "./_lib/trpc/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.dashboard.title };
}

export default async function DashboardPage() {
  await Promise.all([
    prefetch(trpc.statistics.dashboard.queryOptions()),
    prefetch(trpc.agreement.list.queryOptions(RECENT_AGREEMENTS_INPUT)),
    prefetch(trpc.workingGroup.list.queryOptions(WORKING_GROUPS_INPUT)),
  ]);
  return (
    <HydrateClient>
      <Dashboard />
    </HydrateClient>
  );
}
