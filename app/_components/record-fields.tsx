// A record's plain fields (its field table, e.g. AGREEMENT_FIELDS) on the detail page, in the form and in the list,
// each shown by its kind: a text as it is, a date as precisely as it is known.
import { Fragment } from "react";
import type { DatePrecision } from "@/server/domain/enums";
import { formatDate } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import { formatPartialDate } from "@/server/schemas/common";
import type { RecordField } from "@/server/schemas/fields";
import { TextField } from "./fields";

type Values = Record<string, unknown>;

/** A field's value as the page shows it: the text, the date at its precision, or null when empty. */
export function fieldText(name: string, field: RecordField, record: Values, locale: Locale): string | null {
  const value = record[name];
  if (value === null || value === undefined || value === "") return null;
  if (field.kind === "text") return String(value);
  return formatDate(value as Date, locale, record[`${name}Precision`] as DatePrecision);
}

/**
 * The fields of one section as <dt>/<dd> pairs. Empty dates are left out (most agreements know only some of them);
 * an empty text says so ("—"), so a reader sees the field exists.
 */
export function FieldFacts<F extends Record<string, RecordField>>(props: {
  fields: F;
  section: RecordField["section"];
  record: Values;
  labels: Record<F[keyof F]["label"], string>;
  locale: Locale;
  none: string;
}) {
  return (
    <>
      {Object.entries(props.fields)
        .filter(([, field]) => field.section === props.section)
        .map(([name, field]) => {
          const text = fieldText(name, field, props.record, props.locale);
          if (text === null && field.kind === "partialDate") return null;
          return (
            <Fragment key={name}>
              <dt>{props.labels[field.label as F[keyof F]["label"]]}</dt>
              <dd>{text ?? props.none}</dd>
            </Fragment>
          );
        })}
    </>
  );
}

/** The fields of one section as form inputs, filled from the record being edited. */
export function FieldInputs<F extends Record<string, RecordField>>(props: {
  fields: F;
  section: RecordField["section"];
  record?: Values;
  labels: Record<F[keyof F]["label"], string>;
  dateHint: string;
  errors: Record<string, string[] | undefined>;
}) {
  return (
    <>
      {Object.entries(props.fields)
        .filter(([, field]) => field.section === props.section)
        .map(([name, field]) => (
          <TextField
            key={name}
            label={props.labels[field.label as F[keyof F]["label"]]}
            name={name}
            hint={field.kind === "partialDate" ? props.dateHint : undefined}
            maxLength={field.kind === "text" ? field.max : 10}
            defaultValue={
              field.kind === "text"
                ? ((props.record?.[name] as string | null | undefined) ?? "")
                : props.record
                  ? formatPartialDate(
                      props.record[name] as Date | null,
                      props.record[`${name}Precision`] as DatePrecision,
                    )
                  : ""
            }
            errors={props.errors}
          />
        ))}
    </>
  );
}

/** The fields' values as the form holds them (text, or a partial date as typed), for the input schema. */
export function readFields(fields: Record<string, RecordField>, data: FormData): Record<string, string> {
  return Object.fromEntries(Object.keys(fields).map((name) => [name, String(data.get(name) ?? "")]));
}
