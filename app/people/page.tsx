import type { Metadata } from "next";
import { type PageSearchParams, toUrlSearchParams } from "@/server/lists/define";
import { personListInputFromSearchParams } from "@/server/lists/people";

import { getMessages } from "../_i18n/server";
import { HydrateClient, prefetch, trpc } from "../_lib/trpc/server";
import { PersonList } from "./_components/person-list";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.person.listTitle };
}

export default async function PeoplePage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const params = toUrlSearchParams(await searchParams);
  await Promise.all([
    prefetch(trpc.person.list.queryOptions(personListInputFromSearchParams(params))),
    prefetch(trpc.partner.options.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <PersonList />
    </HydrateClient>
  );
}
