import type { PageSearchParams } from "@/server/lists/define";
import { workingGroupList } from "@/server/lists/working-groups";
import { titledBy } from "../_components/form-page";

import { prefetch, prefetchedList, trpc } from "../_lib/trpc/server";

import { WorkingGroupList } from "./_components/working-group-list";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.workingGroup.listTitle);

export default function WorkingGroupsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  return prefetchedList(
    searchParams,
    (params) => [prefetch(trpc.workingGroup.list.queryOptions(workingGroupList.fromSearchParams(params)))],
    <WorkingGroupList />,
  );
}
