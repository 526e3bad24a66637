"use client";
// The audit trail for admins: filters (who, what record, when, what action, a search) kept in the URL, and the
// events newest first, each with its changed fields.
import { useQuery } from "@tanstack/react-query";
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from "@/server/domain/enums";
import { formatDateTime } from "@/server/i18n/format";
import { auditListInputFromSearchParams } from "@/server/lists/audit";
import { ChangeList, RecordCell } from "../../../_components/audit-changes";
import { ListExportMenu } from "../../../_components/export-menu";
import {
  enumOptions,
  FilterForm,
  FilterInput,
  FilterSelect,
  ListHeader,
  ListTable,
  useListQuery,
} from "../../../_components/list-controls";
import { useI18n } from "../../../_i18n/client";
import { useTRPC } from "../../../_lib/trpc/client";

export function AuditList() {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const { input, list } = useListQuery(auditListInputFromSearchParams, (input) => trpc.audit.list.queryOptions(input));
  const actors = useQuery(trpc.audit.actors.queryOptions());

  // One option per account, even if it was renamed (then both names are shown).
  const actorNames = new Map<string, string[]>();
  for (const actor of actors.data ?? []) {
    const names = actorNames.get(actor.id) ?? [];
    if (!names.includes(actor.name)) names.push(actor.name);
    actorNames.set(actor.id, names);
  }
  const actorOptions = [...actorNames.entries()]
    .map(([value, names]) => ({ value, label: names.join(" / ") }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));

  return (
    <>
      <ListHeader title={m.admin.auditTitle} actions={<ListExportMenu kind="audit" what={m.export.kinds.audit} />} />
      <p className="muted">{m.admin.auditIntro}</p>
      <FilterForm search={input.q} placeholder={m.admin.auditSearchPlaceholder} typedFields={["record", "from", "to"]}>
        <FilterSelect name="actor" label={m.admin.who} options={actorOptions} />
        <FilterSelect name="action" label={m.admin.action} options={enumOptions(AUDIT_ACTIONS, m.admin.actions)} />
        <FilterSelect
          name="entity"
          label={m.admin.recordKind}
          options={enumOptions(AUDIT_ENTITIES, m.admin.entities)}
        />
        <FilterInput
          name="record"
          label={m.admin.recordId}
          value={input.entityId}
          maxLength={64}
          hint={m.admin.recordIdHint}
        />
        <FilterInput name="from" label={m.admin.from} type="date" value={input.from} />
        <FilterInput name="to" label={m.admin.to} type="date" value={input.to} />
      </FilterForm>

      <ListTable
        id="audit-table"
        title={m.admin.auditTitle}
        list={list}
        columns={[
          { label: m.admin.when },
          { label: m.admin.who },
          { label: m.admin.action },
          { label: m.admin.record },
          { label: m.admin.changes },
        ]}
        order={{ sort: "at", dir: "desc" }}
        defaultSort="at"
      >
        {list.data?.items.map((event) => (
          <tr key={event.id}>
            <td>
              <time dateTime={event.at.toISOString()}>{formatDateTime(event.at, locale)}</time>
            </td>
            <td>
              {event.actorName}
              {event.actorEmail && event.actorEmail !== event.actorName ? (
                <div className="small muted" style={{ overflowWrap: "anywhere" }}>
                  {event.actorEmail}
                </div>
              ) : null}
              {event.ipAddress ? (
                <div className="small muted">
                  {m.admin.ip}: {event.ipAddress}
                </div>
              ) : null}
            </td>
            <td>{m.admin.actions[event.action]}</td>
            <td>
              <RecordCell event={event} />
            </td>
            <td>
              <ChangeList event={event} />
            </td>
          </tr>
        ))}
      </ListTable>
    </>
  );
}
