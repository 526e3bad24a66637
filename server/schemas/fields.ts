// A record's plain fields as a table (see AGREEMENT_FIELDS): what kind each is, its label, where it shows. The input
// schema, the service's columns, the Prisma select, the form, the detail page, the list and the export are derived
// from the table, so one field is described in one place.
import type { DatePrecision } from "../domain/enums";
import { cleanText, optionalText, type PartialDate, ZPartialDateInput } from "./common";

export type RecordField<L extends string = string> =
  | {
      /** Optional free text, trimmed, empty stored as null. */
      kind: "text";
      max: number;
      /** Its name in the record's catalogue section (m.agreement.<label>). */
      label: L;
      /** Where the form and the detail page show it. */
      section: "general" | "dates";
      /** A column of the list screen too. */
      list: boolean;
    }
  | {
      /** A date known to the day, the month or the year: two columns, <name> and <name>Precision. */
      kind: "partialDate";
      label: L;
      section: "general" | "dates";
      list: boolean;
    };

type Fields = Record<string, RecordField>;
type TextSchema = ReturnType<typeof optionalText>;

/** The input schema of each field. */
export function fieldSchemas<F extends Fields>(
  fields: F,
): { [K in keyof F]: F[K]["kind"] extends "text" ? TextSchema : typeof ZPartialDateInput } {
  return Object.fromEntries(
    Object.entries(fields).map(([name, field]) => [
      name,
      field.kind === "text" ? cleanText(optionalText(field.max)) : ZPartialDateInput,
    ]),
  ) as never;
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
  input: { [K in keyof F]?: string | PartialDate | null },
): Record<string, string | Date | DatePrecision | null> {
  const columns: Record<string, string | Date | DatePrecision | null> = {};
  for (const [name, field] of Object.entries(fields)) {
    const value = input[name];
    if (field.kind === "text") {
      columns[name] = (value as string | null | undefined) ?? null;
    } else {
      const date = value as PartialDate | null | undefined;
      columns[name] = date?.date ?? null;
      columns[`${name}Precision`] = date?.precision ?? "DAY";
    }
  }
  return columns;
}

/** The names of the fields shown as list columns (list: true). */
export type ListedField<F extends Fields> = { [K in keyof F]: F[K]["list"] extends true ? K : never }[keyof F] & string;

export function listedFields<F extends Fields>(fields: F): ListedField<F>[] {
  return Object.keys(fields).filter((name) => fields[name]?.list) as ListedField<F>[];
}
