import { accountListInputFromSearchParams } from "@/server/lists/accounts";
import type { PageSearchParams } from "@/server/lists/define";
import { titledBy } from "../../_components/form-page";
import { requireRole } from "../../_lib/session";
import { prefetch, prefetchedList, trpc } from "../../_lib/trpc/server";
import { AccountList } from "./_components/account-list";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.admin.accountsTitle);

export default async function AccountsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  await requireRole("ADMIN");
  return prefetchedList(
    searchParams,
    (params) => [prefetch(trpc.account.list.queryOptions(accountListInputFromSearchParams(params)))],
    <AccountList />,
  );
}
