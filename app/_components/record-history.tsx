"use client";
// A record's own change history on its detail page: who changed what and when, newest first, with the events of
// its parts (a working group's milestones). Only for roles that may see it (staff and admins); the server refuses
// everyone else anyway. The page prefetches it, so it shows with the page.
import { useQuery } from "@tanstack/react-query";
import type { AuditEntity } from "@/server/domain/enums";
import { fmt, formatDateTime } from "@/server/i18n/format";
import { useI18n } from "../_i18n/client";
import { useTRPC } from "../_lib/trpc/client";
import { ChangeList } from "./audit-changes";
import { ErrorAlert } from "./errors";
import { usePermissions } from "./session-context";

export function RecordHistory({ entityType, entityId }: { entityType: AuditEntity; entityId: number | string }) {
  const { recordHistory } = usePermissions();
  if (!recordHistory) return null;
  return <HistorySection entityType={entityType} entityId={entityId} />;
}

function HistorySection({ entityType, entityId }: { entityType: AuditEntity; entityId: number | string }) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const history = useQuery(trpc.audit.history.queryOptions({ entityType, entityId }));
  const headingId = `history-${entityType.toLowerCase()}-title`;

  return (
    <section
      className="card record-history"
      aria-labelledby={headingId}
      aria-busy={history.isFetching}
      style={{ marginTop: "1rem" }}
    >
      <h2 id={headingId}>{m.admin.historyTitle}</h2>
      <ErrorAlert error={history.error} />
      {history.isPending ? <p className="muted">{m.common.loading}</p> : null}
      {history.data && history.data.length === 0 ? <p>{m.admin.historyEmpty}</p> : null}
      {history.data?.length ? (
        <ol className="history-list">
          {history.data.map((event) => (
            <li key={event.id}>
              <p className="history-list__head">
                <time dateTime={event.at.toISOString()}>{formatDateTime(event.at, locale)}</time>
                {" · "}
                <strong>{m.admin.actions[event.action]}</strong>
                {event.entityType !== entityType ? (
                  <>
                    {" · "}
                    {fmt(
                      m.admin.historyPart,
                      {
                        kind: m.admin.entities[event.entityType],
                        label: event.entityLabel ?? `#${event.entityId}`,
                      },
                      locale,
                    )}
                  </>
                ) : null}{" "}
                <span className="muted">
                  {fmt(m.admin.historyBy, { name: event.actorName }, locale)}
                  {event.actorEmail && event.actorEmail !== event.actorName ? ` (${event.actorEmail})` : ""}
                </span>
              </p>
              <ChangeList event={event} />
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
