import type { Metadata } from "next";
import { getMessages } from "../_i18n/server";
import { HydrateClient, prefetch, trpc } from "../_lib/trpc/server";
import { workingGroupListInputFromSearchParams } from "./_components/list-input";
import { WorkingGroupList } from "./_components/working-group-list";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.workingGroup.listTitle };
}

export default async function WorkingGroupsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  await prefetch(trpc.workingGroup.list.queryOptions(workingGroupListInputFromSearchParams(params)));
  return (
    <HydrateClient>
      <WorkingGroupList />
    </HydrateClient>
  );
}
