import { accountListInputFromSearchParams } from "@/server/lists/accounts";
import { type PageSearchParams, toUrlSearchParams } from "@/server/lists/define";
import { titledBy } from "../../_components/form-page";
import { requireRole } from "../../_lib/session";
import { HydrateClient, prefetch, trpc } from "../../_lib/trpc/server";
import { AccountList } from "./_components/account-list";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.admin.accountsTitle);

export default async function AccountsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  await requireRole("ADMIN");
  const params = toUrlSearchParams(await searchParams);
  await prefetch(trpc.account.list.queryOptions(accountListInputFromSearchParams(params)));
  return (
    <HydrateClient>
      <AccountList />
    </HydrateClient>
  );
}
