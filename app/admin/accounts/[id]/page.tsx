import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ZUserId } from "@/server/schemas/account";
import { getMessages } from "../../../_i18n/server";
import { requireRole } from "../../../_lib/session";
import { HydrateClient, orNull, prefetch, serverCaller, trpc } from "../../../_lib/trpc/server";
import { AccountDetail } from "../_components/account-detail";

export const dynamic = "force-dynamic";

async function load(idText: string) {
  await requireRole("ADMIN");
  const id = ZUserId.safeParse(idText);
  return id.success ? orNull((await serverCaller()).account.byId({ id: id.data })) : null;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { m } = await getMessages();
  const account = await load((await params).id);
  return { title: account ? `${account.name} · ${m.admin.accountsTitle}` : "404" };
}

export default async function AccountPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("ADMIN");
  const account = await load((await params).id);
  if (!account) notFound();
  await Promise.all([
    prefetch(trpc.account.byId.queryOptions({ id: account.id })),
    prefetch(trpc.audit.history.queryOptions({ entityType: "USER", entityId: account.id })),
  ]);
  return (
    <HydrateClient>
      <AccountDetail id={account.id} created={(await searchParams).created === "1"} />
    </HydrateClient>
  );
}
