"use client";
import { useRouter } from "next/navigation";
import { LOCALE_COOKIE } from "@/server/i18n/locales";
import { useI18n } from "../_i18n/client";

export function LanguageSwitch() {
  const { locale, m } = useI18n();
  const router = useRouter();
  const other = locale === "de" ? "en" : "de";
  return (
    <button
      type="button"
      className="language-switch"
      lang={other}
      aria-label={m.app.switchToLabel}
      onClick={() => {
        // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie read by the server
        document.cookie = `${LOCALE_COOKIE}=${other}; path=/; max-age=31536000; samesite=lax`;
        router.refresh();
      }}
    >
      {m.app.switchTo}
    </button>
  );
}
