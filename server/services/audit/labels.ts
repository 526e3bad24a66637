// How an audit event's changed fields are named and read, for the audit page, the record histories and the audit
// export alike: the field's label in the reader's language, and the changes as recorded.
import type { AuditEntity } from "../../domain/enums";
import { type Messages, messageAt } from "../../i18n/messages";
import { ACTIVITY_FIELDS } from "../../schemas/activity";
import { AGREEMENT_FIELDS } from "../../schemas/agreement";
import { COMMITMENT_FIELDS } from "../../schemas/commitment";
import type { RecordField } from "../../schemas/fields";
import { PARTNER_FIELDS } from "../../schemas/partner";
import { PERSON_FIELDS } from "../../schemas/person";
import { WORKING_GROUP_FIELDS } from "../../schemas/working-group";

/** The field tables of the record kinds that have one: their fields' labels name them in the audit trail. */
const FIELD_TABLES: Partial<Record<AuditEntity, Readonly<Record<string, RecordField>>>> = {
  AGREEMENT: AGREEMENT_FIELDS,
  PARTNER: PARTNER_FIELDS,
  PERSON: PERSON_FIELDS,
  ACTIVITY: ACTIVITY_FIELDS,
  WORKING_GROUP: WORKING_GROUP_FIELDS,
  COMMITMENT: COMMITMENT_FIELDS,
};

/** A changed field; `precision` is a changed date's unchanged precision, where the event kept it (since issue 15). */
export type Change = { field: string; before: unknown; after: unknown; precision?: unknown };

/** The changed fields of an event's `changes`, in the order they were recorded (anything malformed is left out). */
export function changesOf(changes: unknown): Change[] {
  if (!changes || typeof changes !== "object" || Array.isArray(changes)) return [];
  return Object.entries(changes).flatMap(([field, change]) =>
    change && typeof change === "object" && !Array.isArray(change)
      ? [
          {
            field,
            before: (change as { before?: unknown }).before,
            after: (change as { after?: unknown }).after,
            ...("precision" in change ? { precision: (change as { precision?: unknown }).precision } : {}),
          },
        ]
      : [],
  );
}

function lookup(table: Record<string, string>, value: string): string | undefined {
  return Object.hasOwn(table, value) ? table[value] : undefined;
}

/** A changed field's name in words: the audit labels, else the record's own field table, else its technical name. */
export function fieldLabel(m: Messages, entityType: AuditEntity, field: string): string {
  if (entityType === "USER" && field === "role") return m.admin.role;
  if (entityType === "USER" && field === "name") return m.common.name;
  const known = lookup(m.admin.fields, field);
  if (known) return known;
  const table: Readonly<Record<string, RecordField>> | undefined = FIELD_TABLES[entityType];
  const described = table && Object.hasOwn(table, field) ? table[field] : undefined;
  return described ? messageAt(m, described.label) : field;
}
