// A record's plain fields (its field table, e.g. AGREEMENT_FIELDS) on the detail page, in the form and in the list,
// each shown by its kind: a text as it is, a date as precisely as it is known.
import { Fragment } from "react";
import type { DatePrecision } from "@/server/domain/enums";
import { formatDate } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import { type Messages, messageAt } from "@/server/i18n/messages";
import { formatPartialDate } from "@/server/schemas/common";
import type { RecordField } from "@/server/schemas/fields";
import { DateField } from "./date-input";
import { TextArea, TextField } from "./fields";

type Values = Record<string, unknown>;

/** A field's value as the page shows it: the text, the date at its precision, or null when empty. */
export function fieldText(name: string, field: RecordField, record: Values, locale: Locale): string | null {
  const value = record[name];
  if (value === null || value === undefined || value === "") return null;
  if (field.kind === "date") return formatDate(value as Date, locale);
  if (field.kind !== "partialDate") return String(value);
  return formatDate(value as Date, locale, record[`${name}Precision`] as DatePrecision);
}

/**
 * The fields of one section as <dt>/<dd> pairs. Empty dates are left out (most agreements know only some of them);
 * an empty text says so ("—"), so a reader sees the field exists.
 */
export function FieldFacts(props: {
  fields: Record<string, RecordField>;
  section: string;
  record: Values;
  m: Messages;
  locale: Locale;
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
              <dt>{messageAt(props.m, field.label)}</dt>
              <dd lang={field.lang} style={field.kind === "longText" ? { whiteSpace: "pre-wrap" } : undefined}>
                {text ?? props.m.common.none}
              </dd>
            </Fragment>
          );
        })}
    </>
  );
}

/** The fields of one section as form inputs, filled from the record being edited. */
export function FieldInputs(props: {
  fields: Record<string, RecordField>;
  section: string;
  record?: Values;
  m: Messages;
  /** Without: the form's (FormErrors). */
  errors?: Record<string, string[] | undefined>;
}) {
  const { m, record, errors } = props;
  return (
    <>
      {Object.entries(props.fields)
        .filter(([, field]) => field.section === props.section)
        .map(([name, field]) => {
          const label = messageAt(m, field.label);
          const hint = field.hint ? messageAt(m, field.hint) : undefined;
          if (field.kind === "longText") {
            const value = record?.[name] as string | null | undefined;
            return (
              <TextArea
                key={name}
                label={label}
                name={name}
                wide
                maxLength={field.max}
                defaultValue={value}
                errors={errors}
              />
            );
          }
          if (field.kind === "text") {
            const value = record?.[name] as string | null | undefined;
            return (
              <TextField
                key={name}
                label={label}
                name={name}
                hint={hint}
                required={field.required}
                wide={field.wide}
                type={field.format}
                maxLength={field.max}
                defaultValue={value}
                errors={errors}
              />
            );
          }
          // A date: known to the year, month or day (partialDate), or a calendar day (date); one input for both.
          const date = record
            ? formatPartialDate(record[name] as Date | null, record[`${name}Precision`] as DatePrecision)
            : "";
          return (
            <DateField
              key={name}
              label={label}
              name={name}
              hint={hint}
              dayOnly={field.kind === "date"}
              required={field.kind === "date" && field.required}
              defaultValue={date}
              errors={errors}
            />
          );
        })}
    </>
  );
}

/** The fields' values as the form holds them (text, or a partial date as typed), for the input schema. */
export function readFields(fields: Record<string, RecordField>, data: FormData): Record<string, string> {
  return Object.fromEntries(Object.keys(fields).map((name) => [name, String(data.get(name) ?? "")]));
}
