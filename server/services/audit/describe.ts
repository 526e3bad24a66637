// One audit event's changes in words, for the audit page, the record histories and the audit export alike: field
// labels in the reader's language, names instead of ids, areas as words, dates at their precision (a date and its
// precision shown as one change), no entry for a field whose value did not change, long texts as a word diff.
import type { AuditAction, AuditEntity } from "../../domain/enums";
import { fmt, formatDate, formatDateTime } from "../../i18n/format";
import type { Locale } from "../../i18n/locales";
import type { Messages } from "../../i18n/messages";
import { changesOf, fieldLabel } from "./labels";
import { PEOPLE_FIELDS, REFERENCE_FIELDS, type ReferenceNames, referenceKey } from "./references";
import { type DiffPart, wordDiff } from "./word-diff";

/** Texts longer than this (or with a line break) are shown as a word diff when they change. */
export const LONG_TEXT = 80;

const PRECISION = "Precision";
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
type Precision = "DAY" | "MONTH" | "YEAR";

export interface ChangeView {
  field: string;
  label: string;
  /** Which values to show: both (before → after), or only the one that says something. */
  shown: "both" | "before" | "after";
  before: string;
  after: string;
  /** For a long text that changed: the words deleted and inserted. */
  diff?: DiffPart[];
}

interface EventLike {
  action: AuditAction;
  entityType: AuditEntity;
  changes: unknown;
  names?: ReferenceNames;
}

function lookup(table: Record<string, string>, value: string): string {
  return (Object.hasOwn(table, value) ? table[value] : undefined) ?? value;
}

/** Which labels name the values of a recorded field, by "<record kind>.<field>" (values of other fields as they are). */
const ENUM_LABELS: Readonly<Record<string, (m: Messages) => Record<string, string>>> = {
  "AGREEMENT.status": (m) => m.enums.agreementStatus,
  "AGREEMENT.type": (m) => m.enums.agreementType,
  "AGREEMENT.areas": (m) => m.enums.areaLinkStatus,
  "WORKING_GROUP.status": (m) => m.enums.workingGroupStatus,
  "MILESTONE.status": (m) => m.enums.milestoneStatus,
  "COMMITMENT.status": (m) => m.commitment.status,
  "PARTNER.reviewStatus": (m) => m.humanRightsReview.status,
  "ACTIVITY.type": (m) => m.enums.activityType,
  "PARTNER.continent": (m) => m.enums.continent,
  "PARTNER.kind": (m) => m.enums.partnerKind,
  "USER.role": (m) => m.auth.roles,
  "USER.reason": (m) => m.admin.signInFailures,
  "USER.method": (m) => m.admin.signInMethods,
  "USER.mailKinds": (m) => m.agenda.kinds,
  "USER.mailLanguage": (m) => m.mail.settings.languages,
};

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

/** Arrays compared as sets of their entries (a list saved in another order is not a change). */
function canonical(value: unknown): string {
  if (isEmpty(value)) return "null";
  if (Array.isArray(value)) return JSON.stringify(value.map((entry) => JSON.stringify(entry)).sort());
  return JSON.stringify(value);
}

function precisionOf(value: unknown): Precision {
  return value === "MONTH" || value === "YEAR" ? value : "DAY";
}

class Describer {
  constructor(
    private readonly m: Messages,
    private readonly locale: Locale,
    private readonly event: EventLike,
  ) {}

  private name(kind: Parameters<typeof referenceKey>[0], id: string | number): string {
    const known = this.event.names?.[referenceKey(kind, id)];
    if (known) return this.locale === "de" ? known.de : known.en;
    if (kind === "AREA") return String(id);
    return fmt(this.m.auditView.unknownRecord, { kind: this.m.admin.entities[kind], id: String(id) }, this.locale);
  }

  /** A recorded value as text; `precision` for a date known only to the month or year. */
  text(field: string, value: unknown, precision?: Precision): string {
    const { m, locale } = this;
    if (isEmpty(value)) return m.admin.empty;
    if (typeof value === "boolean") return value ? m.admin.yes : m.admin.no;
    const kind = Object.hasOwn(REFERENCE_FIELDS, field) ? REFERENCE_FIELDS[field] : undefined;
    if (kind && (typeof value === "number" || typeof value === "string")) return this.name(kind, value);
    if (kind && Array.isArray(value)) return value.map((id) => this.name(kind, id as number)).join(", ");
    if (PEOPLE_FIELDS.includes(field) && Array.isArray(value)) {
      return value
        .map((entry) => {
          const { personId, role } = (entry ?? {}) as { personId?: number; role?: string | null };
          const name = personId === undefined ? "?" : this.name("PERSON", personId);
          return role ? fmt(m.auditView.withRole, { name, role }, locale) : name;
        })
        .join(", ");
    }
    if (field === "areas" && Array.isArray(value)) {
      const statuses = ENUM_LABELS[`${this.event.entityType}.areas`]?.(m);
      return value
        .map((entry) => {
          if (typeof entry === "string") return this.name("AREA", entry);
          const { code, status } = (entry ?? {}) as { code?: string; status?: string };
          const area = this.name("AREA", code ?? "?");
          return status && statuses
            ? fmt(m.auditView.areaWithStatus, { area, status: lookup(statuses, status) }, locale)
            : area;
        })
        .join(", ");
    }
    if (typeof value === "string") {
      if (field.endsWith(PRECISION)) return lookup(m.admin.precisions, value);
      if (DAY_PATTERN.test(value)) return formatDate(new Date(`${value}T00:00:00.000Z`), locale, precision ?? "DAY");
      if (INSTANT_PATTERN.test(value) && !Number.isNaN(Date.parse(value)))
        return formatDateTime(new Date(value), locale);
      const labels = ENUM_LABELS[`${this.event.entityType}.${field}`];
      return labels ? lookup(labels(m), value) : value;
    }
    if (typeof value === "number") return String(value);
    if (Array.isArray(value) && value.every((item) => typeof item === "string" || typeof item === "number")) {
      const labels = ENUM_LABELS[`${this.event.entityType}.${field}`]?.(m);
      return value.map((item) => (labels && typeof item === "string" ? lookup(labels, item) : String(item))).join(", ");
    }
    return JSON.stringify(value);
  }

  views(): ChangeView[] {
    const { m, event } = this;
    const changes = changesOf(event.changes);
    const byField = new Map(changes.map((change) => [change.field, change]));
    const views: ChangeView[] = [];
    for (const change of changes) {
      const { field } = change;
      const { before, after } = change;
      let label = fieldLabel(m, event.entityType, field);
      let beforePrecision: Precision | undefined;
      let afterPrecision: Precision | undefined;
      if (field.endsWith(PRECISION)) {
        const base = field.slice(0, -PRECISION.length);
        // Shown with its date, when the date changed too.
        if (byField.has(base)) continue;
        // A creation or deletion shows the date (with its precision): the precision alone says nothing.
        if (event.action !== "UPDATE") continue;
        label = fmt(m.auditView.precisionOf, { field: fieldLabel(m, event.entityType, base) }, this.locale);
      } else {
        const precision = byField.get(`${field}${PRECISION}`);
        // Events since issue 15 keep an unchanged precision with a changed date.
        const kept = change.precision;
        beforePrecision = precisionOf(precision ? precision.before : kept);
        afterPrecision = precisionOf(precision ? precision.after : kept);
      }
      const same = canonical(before) === canonical(after) && beforePrecision === afterPrecision;
      if (event.action === "UPDATE" && same) continue;
      if (event.action === "CREATE" || (event.action !== "UPDATE" && event.action !== "DELETE" && isEmpty(before))) {
        if (isEmpty(after)) continue;
        views.push({ field, label, shown: "after", before: "", after: this.text(field, after, afterPrecision) });
        continue;
      }
      if (event.action === "DELETE") {
        if (isEmpty(before)) continue;
        views.push({ field, label, shown: "before", before: this.text(field, before, beforePrecision), after: "" });
        continue;
      }
      if (same) {
        if (!isEmpty(after)) views.push({ field, label, shown: "after", before: "", after: this.text(field, after) });
        continue;
      }
      const view: ChangeView = {
        field,
        label,
        shown: "both",
        before: this.text(field, before, beforePrecision),
        after: this.text(field, after, afterPrecision),
      };
      if (
        typeof before === "string" &&
        typeof after === "string" &&
        (before.length > LONG_TEXT || after.length > LONG_TEXT || /\n/.test(before + after))
      ) {
        view.diff = wordDiff(before, after);
      }
      views.push(view);
    }
    return views;
  }
}

/** The changes of one event as the reader should see them. */
export function describeChanges(m: Messages, locale: Locale, event: EventLike): ChangeView[] {
  return new Describer(m, locale, event).views();
}
