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
