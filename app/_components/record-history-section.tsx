// A record's change history on its (server-rendered) detail page: prefetched with the page, and only for roles that
// may see it (the server refuses everyone else anyway).
import "server-only";
import { permissionsOf } from "@/server/auth/roles";
import type { AuditEntity } from "@/server/domain/enums";
import { currentActor } from "../_lib/session";
import { HydrateClient, prefetch, trpc } from "../_lib/trpc/server";
import { RecordHistory } from "./record-history";

export async function RecordHistorySection({ entityType, entityId }: { entityType: AuditEntity; entityId: number }) {
  const actor = await currentActor();
  if (!actor || !permissionsOf(actor.role).recordHistory) return null;
  await prefetch(trpc.audit.history.queryOptions({ entityType, entityId }));
  return (
    <HydrateClient>
      <RecordHistory entityType={entityType} entityId={entityId} />
    </HydrateClient>
  );
}
