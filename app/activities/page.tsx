import { activityList } from "@/server/lists/activities";
import type { PageSearchParams } from "@/server/lists/define";
import { titledBy } from "../_components/form-page";

import { prefetch, prefetchedList, trpc } from "../_lib/trpc/server";
import { ActivityList } from "./_components/activity-list";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.activity.listTitle);

export default function ActivitiesPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  return prefetchedList(
    searchParams,
    (params) => [prefetch(trpc.activity.list.queryOptions(activityList.fromSearchParams(params)))],
    <ActivityList />,
  );
}
