import type { PageSearchParams } from "@/server/lists/define";
import { personList } from "@/server/lists/people";
import { titledBy } from "../_components/form-page";

import { prefetch, prefetchedList, trpc } from "../_lib/trpc/server";
import { PersonList } from "./_components/person-list";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.person.listTitle);

export default function PeoplePage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  return prefetchedList(
    searchParams,
    (params) => [
      prefetch(trpc.person.list.queryOptions(personList.fromSearchParams(params))),
      prefetch(trpc.partner.options.queryOptions()),
    ],
    <PersonList />,
  );
}
