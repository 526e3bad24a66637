import { auditListInputFromSearchParams } from "@/server/lists/audit";
import { type PageSearchParams, toUrlSearchParams } from "@/server/lists/define";
import { titledBy } from "../../_components/form-page";

import { requireRole } from "../../_lib/session";
import { HydrateClient, prefetch, trpc } from "../../_lib/trpc/server";
import { AuditList } from "./_components/audit-list";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.admin.auditTitle);

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
