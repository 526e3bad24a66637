import { auditListInputFromSearchParams } from "@/server/lists/audit";
import type { PageSearchParams } from "@/server/lists/define";
import { titledBy } from "../../_components/form-page";

import { requireRole } from "../../_lib/session";
import { prefetch, prefetchedList, trpc } from "../../_lib/trpc/server";
import { AuditList } from "./_components/audit-list";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.admin.auditTitle);

export default async function AuditPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  await requireRole("ADMIN");
  return prefetchedList(
    searchParams,
    (params) => [
      prefetch(trpc.audit.list.queryOptions(auditListInputFromSearchParams(params))),
      prefetch(trpc.audit.actors.queryOptions()),
    ],
    <AuditList />,
  );
}
