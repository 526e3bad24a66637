// An import's plan in words, in one language: the reasons of refused rows and files, the values the preview shows,
// and the command line's report. No Node.js modules here: the page's client components use it too.
import { fmt, formatDateTime } from "../../i18n/format";
import type { Locale } from "../../i18n/locales";
import { type MessagePath, messageAt, messagesFor } from "../../i18n/messages";
import { isValidationKey, validationMessage } from "../../i18n/validation";
import { IMPORT_LABELS, type ImplementedImportKind, REFERENCE_FIELDS } from "./fields";

export interface ReasonLike {
  key: string;
  params?: Record<string, string | number>;
  field?: string;
}

/** A refusal's reason in the user's language ("validation.maxLength" or "dataImport.reasons.unknownPartner"). */
export function reasonText(reason: ReasonLike, locale: Locale, kind: ImplementedImportKind = "AGREEMENTS"): string {
  const [section, ...rest] = reason.key.split(".");
  const name = rest.join(".");
  let text: string;
  if (section === "validation" && isValidationKey(name)) {
    text = validationMessage({ key: name, params: reason.params }, locale);
  } else {
    const reasons = messagesFor(locale).dataImport.reasons as Record<string, string>;
    text = fmt(reasons[reason.key.replace(/^dataImport\.reasons\./, "")] ?? reason.key, reason.params ?? {}, locale);
  }
  return reason.field ? `${fieldLabel(reason.field, locale, kind)}: ${text}` : text;
}

/** A file refused as a whole (ImportFileError's key and parameters), in the user's language. */
export function fileErrorText(key: string, params: Record<string, string | number>, locale: Locale): string {
  const texts = messagesFor(locale).dataImport.fileErrors as Record<string, string>;
  return fmt(texts[key] ?? key, params, locale);
}

export function fieldLabel(field: string, locale: Locale, kind: ImplementedImportKind = "AGREEMENTS"): string {
  const name = REFERENCE_FIELDS[field] ?? field;
  const path = (IMPORT_LABELS[kind] as Record<string, MessagePath>)[name];
  return path ? messageAt(messagesFor(locale), path) : field;
}

/** A value as the preview shows it: enum codes as their labels, truth values as Ja/Nein, empty as "(leer)". */
export function valueText(
  field: string,
  value: string | number | boolean | null,
  locale: Locale,
  kind: ImplementedImportKind = "AGREEMENTS",
): string {
  const m = messagesFor(locale);
  if (value === null || value === "") return m.dataImport.empty;
  if (typeof value === "boolean") return value ? m.dataImport.yes : m.dataImport.no;
  const enums = valueEnums(m, kind)[field];
  return enums?.[String(value)] ?? String(value);
}

/** The fields whose values are codes, per kind: their labels in the user's language. */
function valueEnums(
  m: ReturnType<typeof messagesFor>,
  kind: ImplementedImportKind,
): Record<string, Record<string, string> | undefined> {
  const e = m.enums;
  const common = { continent: e.continent, kind: e.partnerKind };
  if (kind === "ACTIVITIES") return { ...common, type: e.activityType };
  if (kind === "WORKING_GROUPS") return { status: e.workingGroupStatus, milestoneStatus: e.milestoneStatus };
  if (kind === "COMMITMENTS") return { status: m.commitment.status };
  return { ...common, type: e.agreementType, status: e.agreementStatus };
}

export interface PlanRowLike {
  line: number;
  /** Which record of a row that holds two (a working group and its milestone). */
  entity?: string;
  action: "create" | "change" | "unchanged" | "conflict" | "refuse";
  label?: string;
  id?: number;
  changes?: { field: string; before: string | number | boolean | null; after: string | number | boolean | null }[];
  yourVersion?: number;
  currentVersion?: number;
  by?: string | null;
  at?: string | null;
  place?: { column: string; header: string } | null;
  reason?: ReasonLike;
}

/** Why a conflicting row is not applied: its version, the current one, who changed it and when. */
export function conflictText(row: PlanRowLike, locale: Locale): string {
  const m = messagesFor(locale).dataImport;
  const params = { yours: row.yourVersion ?? "?", current: row.currentVersion ?? "?" };
  return row.by && row.at
    ? fmt(m.conflictText, { ...params, by: row.by, at: formatDateTime(new Date(row.at), locale) }, locale)
    : fmt(m.conflictUnknown, params, locale);
}

/** The plan as lines of text (the command line's report). */
export function planLines(
  rows: readonly PlanRowLike[],
  locale: Locale,
  kind: ImplementedImportKind = "AGREEMENTS",
): string[] {
  const m = messagesFor(locale).dataImport;
  const lines: string[] = [];
  const entities = messagesFor(locale).admin.entities as Record<string, string>;
  const line = (row: PlanRowLike) =>
    `${m.line} ${row.line}${row.entity && kind === "WORKING_GROUPS" ? ` (${entities[row.entity] ?? row.entity})` : ""}`;
  for (const row of rows) {
    if (row.action === "create") lines.push(`+ ${line(row)}: ${row.label}`);
    if (row.action === "change") {
      lines.push(`~ ${line(row)}: ${m.record} ${row.id} ${row.label}`);
      for (const change of row.changes ?? []) {
        lines.push(
          `    ${fieldLabel(change.field, locale, kind)}: ${valueText(change.field, change.before, locale, kind)} → ${valueText(change.field, change.after, locale, kind)}`,
        );
      }
    }
    if (row.action === "conflict")
      lines.push(`! ${line(row)}: ${m.record} ${row.id} ${row.label}: ${conflictText(row, locale)}`);
    if (row.action === "refuse") {
      const place = row.place ? `, ${m.column} ${row.place.column} (${row.place.header})` : "";
      lines.push(`x ${line(row)}${place}: ${row.reason ? reasonText(row.reason, locale, kind) : ""}`);
    }
  }
  return lines;
}
