"use client";
// Audit events as the audit page and the record histories show them: the record an event is about (with a link to
// its page where there is one) and its changed fields in words as a compact "field: before → after" list. Values
// are shown as text only (React escapes them), long ones shortened with the full value and a word diff in <details>.
import Link from "next/link";
import { describeChanges } from "@/server/services/audit/describe";
import { type Change, changesOf as changesOfRecorded } from "@/server/services/audit/labels";
import type { AuditEventRow } from "@/server/services/audit/list";
import type { DiffPart } from "@/server/services/audit/word-diff";
import { useI18n } from "../_i18n/client";
import styles from "./audit-changes.module.css";

export type AuditEvent = AuditEventRow;

/** Values longer than this are shortened; the whole value is in a <details> beside it. */
const SHORT_VALUE = 80;

/** The changed fields of an event, in the order they were recorded (anything malformed is left out). */
export function changesOf(event: Pick<AuditEvent, "changes">): Change[] {
  return changesOfRecorded(event.changes);
}

/** The page of the record an event is about, where there is one. */
export function recordHref(
  event: Pick<AuditEvent, "entityType" | "entityId" | "parentId"> & { parentType?: AuditEvent["parentType"] },
): string | null {
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
    case "DOCUMENT":
      // A document's page is its record's.
      return event.parentType && event.parentId
        ? recordHref({ entityType: event.parentType, entityId: event.parentId, parentId: null })
        : null;
    case "USER":
      return event.entityId && event.entityId !== "-" ? `/admin/accounts/${id}` : null;
    case "MAIL":
      return "/admin/mail";
    default:
      return null;
  }
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

/** A long text's change as words deleted (struck through) and inserted (underlined), each also named in words. */
function WordDiff({ parts }: { parts: DiffPart[] }) {
  const { m } = useI18n();
  return (
    <details className={styles.diff}>
      <summary>{m.auditView.textChanges}</summary>
      <p className="small muted">{m.auditView.diffLegend}</p>
      <div className={styles.diffText}>
        {parts.map((part, index) =>
          part.kind === "same" ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts never move; their order is their identity.
            <span key={index}>{part.text}</span>
          ) : part.kind === "deleted" ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above.
            <del key={index} className={styles.deleted}>
              <span className="visually-hidden"> {m.auditView.deleted} </span>
              {part.text}
            </del>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above.
            <ins key={index} className={styles.inserted}>
              <span className="visually-hidden"> {m.auditView.inserted} </span>
              {part.text}
            </ins>
          ),
        )}
      </div>
    </details>
  );
}

/**
 * The changed fields of one event, in words (server/services/audit/describe.ts): a creation shows the values it was
 * created with, a deletion those it had, a change "before → after", a long text also as a word diff.
 */
export function ChangeList({ event }: { event: Pick<AuditEvent, "action" | "entityType" | "changes" | "names"> }) {
  const { m, locale } = useI18n();
  const changes = describeChanges(m, locale, event);
  if (changes.length === 0) {
    // A save that changed nothing says so; a sign-in or sign-out has no fields to show.
    return <span className="small muted">{event.action === "UPDATE" ? m.admin.noFieldChanges : m.common.none}</span>;
  }
  return (
    <ul className="change-list">
      {changes.map((change) => (
        <li key={change.field}>
          <span className="change-list__field">{change.label}:</span>{" "}
          {change.shown === "both" ? (
            <>
              <Value text={change.before} />
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden"> {m.admin.changedTo} </span>
              <Value text={change.after} />
              {change.diff ? <WordDiff parts={change.diff} /> : null}
            </>
          ) : (
            <Value text={change.shown === "before" ? change.before : change.after} />
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
