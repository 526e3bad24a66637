import { agreementList } from "@/server/lists/agreements";
import type { PageSearchParams } from "@/server/lists/define";
import { titledBy } from "../_components/form-page";

import { prefetch, prefetchedList, trpc } from "../_lib/trpc/server";
import { AgreementList } from "./_components/agreement-list";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.agreement.listTitle);

export default function AgreementsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  return prefetchedList(
    searchParams,
    (params) => [
      prefetch(trpc.agreement.list.queryOptions(agreementList.fromSearchParams(params))),
      prefetch(trpc.cooperationArea.list.queryOptions()),
      prefetch(trpc.partner.countries.queryOptions()),
    ],
    <AgreementList />,
  );
}
