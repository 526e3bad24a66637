// The one message catalogue (ICU MessageFormat) of the pages, the validation messages, the export files and the PDF
// reports: German is the shape, English must match it (a missing English text is a type error).
import type { Locale } from "../locales";
import de, { type Messages } from "./de";
import en from "./en";

const ALL: Record<Locale, Messages> = { de, en };

export function messagesFor(locale: Locale): Messages {
  return ALL[locale];
}
export type { Messages };

export type ReportMessages = Messages["report"];

/** The PDF reports' own texts (m.report) in one language. */
export function reportMessagesFor(locale: Locale): ReportMessages {
  return ALL[locale].report;
}

type Leaves<T, P extends string> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : never;
}[keyof T & string];

/** A message by its path, "section.key" (e.g. "partner.nameDe"): how field tables name their labels. */
export type MessagePath = { [S in keyof Messages & string]: Leaves<Messages[S], `${S}.`> }[keyof Messages & string];

/** The message at a path in one language's catalogue. */
export function messageAt(m: Messages, path: MessagePath): string {
  const dot = path.indexOf(".");
  return (m as unknown as Record<string, Record<string, string>>)[path.slice(0, dot)]?.[path.slice(dot + 1)] ?? path;
}
