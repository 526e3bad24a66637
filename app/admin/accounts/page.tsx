import type { Metadata } from "next";
import { accountListInputFromSearchParams } from "@/server/lists/accounts";
import { type PageSearchParams, toUrlSearchParams } from "@/server/lists/define";
import { getMessages } from "../../_i18n/server";
import { requireRole } from "../../_lib/session";
import { HydrateClient, prefetch, trpc } from "../../_lib/trpc/server";
import { AccountList } from "./_components/account-list";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.admin.accountsTitle };
}

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
