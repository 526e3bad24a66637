import { activityListInputFromSearchParams } from "@/server/lists/activities";
import { type PageSearchParams, toUrlSearchParams } from "@/server/lists/define";
import { titledBy } from "../_components/form-page";

import { HydrateClient, prefetch, trpc } from "../_lib/trpc/server";
import { ActivityList } from "./_components/activity-list";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.activity.listTitle);

export default async function ActivitiesPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const params = toUrlSearchParams(await searchParams);
  await prefetch(trpc.activity.list.queryOptions(activityListInputFromSearchParams(params)));
  return (
    <HydrateClient>
      <ActivityList />
    </HydrateClient>
  );
}
