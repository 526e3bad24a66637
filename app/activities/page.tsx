import type { Metadata } from "next";
import { getMessages } from "../_i18n/server";
import { HydrateClient, prefetch, trpc } from "../_lib/trpc/server";
import { ActivityList } from "./_components/activity-list";
import { activityListInputFromSearchParams } from "./_components/list-input";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.activity.listTitle };
}

export default async function ActivitiesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  await prefetch(trpc.activity.list.queryOptions(activityListInputFromSearchParams(params)));
  return (
    <HydrateClient>
      <ActivityList />
    </HydrateClient>
  );
}
