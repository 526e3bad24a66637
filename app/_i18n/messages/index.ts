import type { Locale } from "../config";
import de, { type Messages } from "../messages/de";
import en from "../messages/en";

const ALL: Record<Locale, Messages> = { de, en };

export function messagesFor(locale: Locale): Messages {
  return ALL[locale];
}
export type { Messages };
