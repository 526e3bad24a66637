import { agreementListInputFromSearchParams } from "@/server/lists/agreements";
import { type PageSearchParams, toUrlSearchParams } from "@/server/lists/define";
import { titledBy } from "../_components/form-page";

import { HydrateClient, prefetch, trpc } from "../_lib/trpc/server";
import { AgreementList } from "./_components/agreement-list";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.agreement.listTitle);

export default async function AgreementsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const params = toUrlSearchParams(await searchParams);
  await Promise.all([
    prefetch(trpc.agreement.list.queryOptions(agreementListInputFromSearchParams(params))),
    prefetch(trpc.cooperationArea.list.queryOptions()),
    prefetch(trpc.partner.countries.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <AgreementList />
    </HydrateClient>
  );
}
