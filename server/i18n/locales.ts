// The interface's languages: German (the default) and English, chosen by a cookie the language switch sets.
export const LOCALES = ["de", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "de";
export const LOCALE_COOKIE = "locale";

export function toLocale(value: string | undefined | null): Locale {
  return (LOCALES as readonly string[]).includes(value ?? "") ? (value as Locale) : DEFAULT_LOCALE;
}

/** The BCP 47 tag Intl formats each language with. */
export const INTL_LOCALE: Record<Locale, string> = { de: "de-DE", en: "en-GB" };
