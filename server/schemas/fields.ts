// A record's plain fields as a table (AGREEMENT_FIELDS, PARTNER_FIELDS, …): what kind each is, its label, where it
// shows. The input schema, the service's columns, the Prisma select, the form, the detail page, the list and the
// export read the table, so one field is described in one place.
import { z } from "zod";
import type { DatePrecision } from "../domain/enums";
import type { MessagePath } from "../i18n/messages";
import { EN as VALIDATION } from "../i18n/validation";
import {
  cleanText,
  optionalText,
  type PartialDate,
  requiredText,
  ZDateInput,
  ZOptionalDateInput,
  ZPartialDateInput,
  ZUrl,
} from "./common";

interface FieldBase {
  /** Its label in the catalogue, e.g. "agreement.signedOn" (also its name in the audit trail). */
  label: MessagePath;
  /** A hint under the input, e.g. "partner.websiteHint". */
  hint?: MessagePath;
  /** Where the form and the detail page show it (the record's own sections, e.g. "general", "dates"). */
  section: string;
  /** A column of the list screen too. */
  list: boolean;
  /** The language the value is written in, where it is one (a German or English name). */
  lang?: "de" | "en";
}

export type RecordField =
  | (FieldBase & {
      /** Free text on one line, trimmed; empty is stored as null unless the field is required. */
      kind: "text";
      max: number;
      required?: boolean;
      /** The input spans the form's width. */
      wide?: boolean;
      /** An e-mail address or a web address, checked as such. */
      format?: "email" | "url";
    })
  | (FieldBase & {
      /** Free text of several lines (a textarea), trimmed, empty stored as null. */
      kind: "longText";
      max: number;
    })
  | (FieldBase & {
      /** A date known to the day, the month or the year: two columns, <name> and <name>Precision. */
      kind: "partialDate";
    })
  | (FieldBase & {
      /** A calendar day (YYYY-MM-DD). */
      kind: "date";
      required?: boolean;
    });

type Fields = Record<string, RecordField>;

/**
 * A deliberately simple, strict address check: ASCII local part without leading, trailing or double dots, "@",
 * a domain of letter/digit/hyphen labels and a top-level domain of at least two letters.
 */
const EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,64}(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,64})*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

export function isEmail(value: string): boolean {
  const local = value.split("@")[0] ?? "";
  return value.length <= 320 && local.length <= 64 && EMAIL.test(value);
}

/** Optional e-mail address: trimmed, empty becomes null. */
export const ZEmail = z
  .string()
  .trim()
  .max(320, "at most 320 characters")
  .refine((value) => value === "" || isEmail(value), VALIDATION.email)
  .transform((value) => (value === "" ? null : value))
  .nullable()
  .optional();

type SchemaOf<F extends RecordField> = F extends { kind: "partialDate" }
  ? typeof ZPartialDateInput
  : F extends { kind: "date"; required: true }
    ? typeof ZDateInput
    : F extends { kind: "date" }
      ? typeof ZOptionalDateInput
      : F extends { format: "email" }
        ? typeof ZEmail
        : F extends { format: "url" }
          ? typeof ZUrl
          : F extends { required: true }
            ? ReturnType<typeof requiredText>
            : ReturnType<typeof optionalText>;

function schemaOf(field: RecordField) {
  if (field.kind === "partialDate") return ZPartialDateInput;
  if (field.kind === "date") return field.required ? ZDateInput : ZOptionalDateInput;
  if (field.kind === "text" && field.format === "email") return ZEmail;
  if (field.kind === "text" && field.format === "url") return ZUrl;
  if (field.kind === "text" && field.required) return cleanText(requiredText(field.max));
  return cleanText(optionalText(field.max));
}

/** The input schema of each field. */
export function fieldSchemas<F extends Fields>(fields: F): { [K in keyof F]: SchemaOf<F[K]> } {
  return Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, schemaOf(field)])) as never;
}

type Precision<K> = K extends string ? `${K}Precision` : never;
type DateKeys<F extends Fields> = { [K in keyof F]: F[K]["kind"] extends "partialDate" ? K : never }[keyof F];

/** The Prisma select of the fields, or of some of them (a partial date with its precision). */
export function fieldSelect<F extends Fields, K extends keyof F & string = keyof F & string>(
  fields: F,
  names: readonly K[] = Object.keys(fields) as K[],
): { [P in K | Precision<DateKeys<Pick<F, K>>>]: true } {
  const select: Record<string, true> = {};
  for (const name of names) {
    const field = fields[name] as RecordField;
    select[name] = true;
    if (field.kind === "partialDate") select[`${name}Precision`] = true;
  }
  return select as never;
}

/** The database columns of the fields as the input gives them (text: null when empty; dates with precision). */
export function fieldColumns<F extends Fields>(
  fields: F,
  input: { [K in keyof F]?: string | Date | PartialDate | null },
): Record<string, string | Date | DatePrecision | null> {
  const columns: Record<string, string | Date | DatePrecision | null> = {};
  // Texts and days as they are (an empty optional one is null), a partial date as its day and precision.
  for (const [name, field] of Object.entries(fields)) {
    const value = input[name];
    if (field.kind === "partialDate") {
      const date = value as PartialDate | null | undefined;
      columns[name] = date?.date ?? null;
      columns[`${name}Precision`] = date?.precision ?? "DAY";
    } else {
      columns[name] = (value as string | Date | null | undefined) ?? null;
    }
  }
  return columns;
}

/** The names of the fields shown as list columns (list: true). */
export type ListedField<F extends Fields> = { [K in keyof F]: F[K]["list"] extends true ? K : never }[keyof F] & string;

export function listedFields<F extends Fields>(fields: F): ListedField<F>[] {
  return Object.keys(fields).filter((name) => fields[name]?.list) as ListedField<F>[];
}
