"use client";
// Audit events as the audit page and the record histories show them: the record an event is about (with a link to
// its page where there is one) and its changed fields as a compact "field: before → after" list. Values are shown
// as text only (React escapes them), long ones shortened with the full value in a <details>.
import Link from "next/link";
import type { AuditEntity } from "@/server/domain/enums";
import type { Messages } from "@/server/i18n/messages";
import { type Change, changesOf as changesOfRecorded, fieldLabel } from "@/server/services/audit/labels";
import type { AuditEventRow } from "@/server/services/audit/list";
import { useI18n } from "../_i18n/client";

export type AuditEvent = AuditEventRow;

/** Values longer than this are shortened; the whole value is in a <details> beside it. */
const SHORT_VALUE = 80;

/** The changed fields of an event, in the order they were recorded (anything malformed is left out). */
export function changesOf(event: Pick<AuditEvent, "changes">): Change[] {
  return changesOfRecorded(event.changes);
}

/** The page of the record an event is about, where there is one. */
export function recordHref(event: Pick<AuditEvent, "entityType" | "entityId" | "parentId">): string | null {
  const id = encodeURIComponent(event.entityId);
  switch (event.entityType) {
    case "AGREEMENT":
      return `/agreements/${id}`;
    case "PARTNER":
      return `/partners/${id}`;
    case "PERSON":
      return `/people/${id}`;
    case "ACTIVITY":
      return `/activities/${id}`;
    case "WORKING_GROUP":
      return `/working-groups/${id}`;
    case "MILESTONE":
      return event.parentId ? `/working-groups/${encodeURIComponent(event.parentId)}` : null;
    case "COMMITMENT":
      return `/commitments/${id}`;
    case "USER":
      return event.entityId && event.entityId !== "-" ? `/admin/accounts/${id}` : null;
    default:
      return null;
  }
}

function lookup(table: Record<string, string>, value: string): string {
  return (Object.hasOwn(table, value) ? table[value] : undefined) ?? value;
}

/** Which labels name the values of a recorded field, by "<record kind>.<field>" (values of other fields as they are). */
const ENUM_LABELS: Readonly<Record<string, (m: Messages) => Record<string, string>>> = {
  "AGREEMENT.status": (m) => m.enums.agreementStatus,
  "AGREEMENT.type": (m) => m.enums.agreementType,
  "WORKING_GROUP.status": (m) => m.enums.workingGroupStatus,
  "MILESTONE.status": (m) => m.enums.milestoneStatus,
  "COMMITMENT.status": (m) => m.commitment.status,
  "PARTNER.reviewStatus": (m) => m.humanRightsReview.status,
  "ACTIVITY.type": (m) => m.enums.activityType,
  "PARTNER.continent": (m) => m.enums.continent,
  "PARTNER.kind": (m) => m.enums.partnerKind,
  "USER.role": (m) => m.auth.roles,
  "USER.reason": (m) => m.admin.signInFailures,
};

/** An enum value in words, where the field and kind of record say which enum it is. */
function enumLabel(m: Messages, entityType: AuditEntity, field: string, value: string): string {
  if (field.endsWith("Precision")) return lookup(m.admin.precisions, value);
  const labels = ENUM_LABELS[`${entityType}.${field}`];
  return labels ? lookup(labels(m), value) : value;
}

/** A recorded value as plain text. */
export function valueText(m: Messages, entityType: AuditEntity, field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return m.admin.empty;
  if (typeof value === "boolean") return value ? m.admin.yes : m.admin.no;
  if (typeof value === "string") return enumLabel(m, entityType, field, value);
  if (typeof value === "number") return String(value);
  if (Array.isArray(value) && value.length === 0) return m.admin.empty;
  if (Array.isArray(value) && value.every((item) => typeof item === "string" || typeof item === "number")) {
    return value.join(", ");
  }
  return JSON.stringify(value);
}

function Value({ text }: { text: string }) {
  const { m } = useI18n();
  if (text.length <= SHORT_VALUE) return <span className="audit-value">{text}</span>;
  return (
    <>
      <span className="audit-value">{`${text.slice(0, SHORT_VALUE)}…`}</span>
      <details className="audit-value__full">
        <summary>{m.admin.fullValue}</summary>
        <div className="audit-value__text">{text}</div>
      </details>
    </>
  );
}

/** How one change is shown: both values, or only one where the other says nothing. */
function shownValues(action: AuditEvent["action"], change: Change): "both" | "before" | "after" | "none" {
  const empty = (value: unknown) => value === null || value === undefined || value === "";
  if (JSON.stringify(change.before) === JSON.stringify(change.after)) return empty(change.after) ? "none" : "after";
  if (action === "CREATE") return "after";
  if (action === "DELETE") return "before";
  // A status change's reason, a failed sign-in's reason: there was nothing before.
  if (action !== "UPDATE" && empty(change.before)) return "after";
  return "both";
}

/**
 * The changed fields of one event. A creation shows the values it was created with, a deletion those it had;
 * a change "before → after".
 */
export function ChangeList({ event }: { event: Pick<AuditEvent, "action" | "entityType" | "changes"> }) {
  const { m } = useI18n();
  const changes = changesOf(event)
    .map((change) => ({ ...change, shown: shownValues(event.action, change) }))
    .filter((change) => change.shown !== "none");
  if (changes.length === 0) {
    // A save that changed nothing says so; a sign-in or sign-out has no fields to show.
    return <span className="small muted">{event.action === "UPDATE" ? m.admin.noFieldChanges : m.common.none}</span>;
  }
  const text = (field: string, value: unknown) => valueText(m, event.entityType, field, value);
  return (
    <ul className="change-list">
      {changes.map((change) => (
        <li key={change.field}>
          <span className="change-list__field">{fieldLabel(m, event.entityType, change.field)}:</span>{" "}
          {change.shown === "both" ? (
            <>
              <Value text={text(change.field, change.before)} />
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden"> {m.admin.changedTo} </span>
              <Value text={text(change.field, change.after)} />
            </>
          ) : (
            <Value text={text(change.field, change.shown === "before" ? change.before : change.after)} />
          )}
        </li>
      ))}
    </ul>
  );
}

/** The record an event is about: its kind, its label, linked to its page where there is one. */
export function RecordCell({ event }: { event: AuditEvent }) {
  const { m } = useI18n();
  const href = event.action === "DELETE" && event.entityType !== "MILESTONE" ? null : recordHref(event);
  const label = event.entityLabel || (event.entityId === "-" ? m.common.none : `#${event.entityId}`);
  return (
    <>
      <span className="small muted">{m.admin.entities[event.entityType]}</span>
      <br />
      {href ? <Link href={href}>{label}</Link> : <span>{label}</span>}
    </>
  );
}
