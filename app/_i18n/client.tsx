"use client";
// Messages for client components, handed down once by the root layout.
import { createContext, type ReactNode, useContext } from "react";
import type { Locale } from "@/server/i18n/locales";
import { type Messages, messagesFor } from "@/server/i18n/messages";

const I18nContext = createContext<{ locale: Locale; m: Messages } | null>(null);

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <I18nContext.Provider value={{ locale, m: messagesFor(locale) }}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n() outside <I18nProvider>");
  return value;
}
