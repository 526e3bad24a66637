// Messages for server components: the locale comes from the cookie the language switch sets.
import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, type Locale, toLocale } from "@/server/i18n/locales";
import { messagesFor } from "@/server/i18n/messages";

export async function getLocale(): Promise<Locale> {
  return toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

export async function getMessages() {
  const locale = await getLocale();
  return { locale, m: messagesFor(locale) };
}
