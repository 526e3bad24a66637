import { type PageSearchParams, toUrlSearchParams } from "@/server/lists/define";
import { workingGroupListInputFromSearchParams } from "@/server/lists/working-groups";
import { titledBy } from "../_components/form-page";

import { HydrateClient, prefetch, trpc } from "../_lib/trpc/server";

import { WorkingGroupList } from "./_components/working-group-list";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.workingGroup.listTitle);

export default async function WorkingGroupsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const params = toUrlSearchParams(await searchParams);
  await prefetch(trpc.workingGroup.list.queryOptions(workingGroupListInputFromSearchParams(params)));
  return (
    <HydrateClient>
      <WorkingGroupList />
    </HydrateClient>
  );
}
