import { type PageSearchParams, toUrlSearchParams } from "@/server/lists/define";
import { partnerList } from "@/server/lists/partners";
import { titledBy } from "../_components/form-page";

import { getMessages } from "../_i18n/server";
import { HydrateClient, prefetch, trpc } from "../_lib/trpc/server";
import { PartnerList } from "./_components/partner-list";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.partner.listTitle);

export default async function PartnersPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const params = toUrlSearchParams(await searchParams);
  const { locale } = await getMessages();
  await Promise.all([
    prefetch(trpc.partner.list.queryOptions(partnerList.fromSearchParams(params, locale))),
    prefetch(trpc.partner.countries.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <PartnerList />
    </HydrateClient>
  );
}
