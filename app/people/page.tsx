import { type PageSearchParams, toUrlSearchParams } from "@/server/lists/define";
import { personListInputFromSearchParams } from "@/server/lists/people";
import { titledBy } from "../_components/form-page";

import { HydrateClient, prefetch, trpc } from "../_lib/trpc/server";
import { PersonList } from "./_components/person-list";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.person.listTitle);

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
