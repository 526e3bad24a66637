import type { Metadata } from "next";
import { auditListInputFromSearchParams } from "@/server/lists/audit";
import { type PageSearchParams, toUrlSearchParams } from "@/server/lists/define";

import { getMessages } from "../../_i18n/server";
import { requireRole } from "../../_lib/session";
import { HydrateClient, prefetch, trpc } from "../../_lib/trpc/server";
import { AuditList } from "./_components/audit-list";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.admin.auditTitle };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  await requireRole("ADMIN");
  const params = toUrlSearchParams(await searchParams);
  await Promise.all([
    prefetch(trpc.audit.list.queryOptions(auditListInputFromSearchParams(params))),
    prefetch(trpc.audit.actors.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <AuditList />
    </HydrateClient>
  );
}
