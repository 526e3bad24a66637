// The texts an export file is written with: the app's catalogue (m) and its export-file section (x), in one language.
import type { Locale } from "../i18n/locales";
import { messagesFor } from "../i18n/messages";

/** The app's messages (m) and the export's own texts (x = m.exportFile) in one language. */
export function exportTexts(locale: Locale) {
  const m = messagesFor(locale);
  return { m, x: m.exportFile, locale };
}

export type ExportTexts = ReturnType<typeof exportTexts>;
