import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { permissionsOf } from "@/server/auth/roles";
import { LiveUpdates } from "./_components/live-updates";
import { SessionProvider, type SessionUser } from "./_components/session-context";
import { SiteHeader } from "./_components/site-header";
import { I18nProvider } from "./_i18n/client";
import { getMessages } from "./_i18n/server";
import { currentActor, requireActor } from "./_lib/session";
import { TRPCReactProvider } from "./_lib/trpc/client";
// KERN UX (the German administration's open design standard) first, then the app's theme and styles over it.
import "./kern.scss";
// Noto Sans, self-hosted (the theme's typeface, globals.css), in subsets by unicode-range: the Latin one below (every
// page's first screen), the others here (Latin Extended, Greek, Cyrillic: Волгоград), fetched only by a page that shows
// one of their letters.
import "@fontsource/noto-sans/latin-ext-400.css";
import "@fontsource/noto-sans/latin-ext-700.css";
import "@fontsource/noto-sans/cyrillic-400.css";
import "@fontsource/noto-sans/cyrillic-700.css";
import "@fontsource/noto-sans/cyrillic-ext-400.css";
import "@fontsource/noto-sans/cyrillic-ext-700.css";
import "@fontsource/noto-sans/greek-400.css";
import "@fontsource/noto-sans/greek-700.css";
import "@fontsource/noto-sans/greek-ext-400.css";
import "@fontsource/noto-sans/greek-ext-700.css";
import "@fontsource/noto-sans/vietnamese-400.css";
import "@fontsource/noto-sans/vietnamese-700.css";
import "@fontsource/noto-sans/devanagari-400.css";
import "@fontsource/noto-sans/devanagari-700.css";
import "./globals.css";
import { CjkFont } from "./_components/cjk-font";

/**
 * Noto Sans's Latin subset (the same files as @fontsource/noto-sans's), through next/font so that every page's <head>
 * preloads its two files (regular and bold; 13 KB each): the browser fetches them with the stylesheet instead of after
 * it. Until they are there, text is drawn in "Noto Sans Fallback" (globals.css): Arial or its metric twins, scaled to
 * Noto Sans's width and line height, so the swap moves nothing (the site title kept on one line at 412 px).
 */
const notoSansLatin = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2", weight: "400" },
    { path: "../node_modules/@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2", weight: "700" },
  ],
  style: "normal",
  display: "swap",
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    },
  ],
  // The fallback face is ours (globals.css): next/font's names only local("Arial"), which Linux does not have.
  adjustFontFallback: false,
  variable: "--font-noto-sans-latin",
});

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return {
    title: { default: m.app.name, template: `%s · ${m.app.name}` },
    description: m.app.tagline,
    applicationName: m.app.name,
  };
}

/** The browser's toolbar in Cologne's red (the theme's --koeln-red). */
export const viewport: Viewport = { themeColor: "#b3001b", width: "device-width", initialScale: 1 };

/** Pages anyone may open; every other page needs a signed-in, active account. */
const PUBLIC_PATHS = ["/sign-in"];

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, m } = await getMessages();
  const path = ((await headers()).get("x-app-path") ?? "/").split("?")[0] ?? "/";
  const actor = PUBLIC_PATHS.includes(path) ? await currentActor() : await requireActor();
  const user: SessionUser | null = actor
    ? { id: actor.id, name: actor.name, email: actor.email, role: actor.role, permissions: permissionsOf(actor.role) }
    : null;
  return (
    // Light only: KERN follows the system's dark mode unless a theme is set, and the charts and reports are light.
    <html lang={locale} data-kern-theme="light" className={notoSansLatin.variable}>
      <body>
        <I18nProvider locale={locale}>
          <SessionProvider user={user}>
            <TRPCReactProvider>
              <a className="skip-link" href="#main">
                {m.app.skipToContent}
              </a>
              <SiteHeader />
              <main id="main" className="page" tabIndex={-1}>
                {children}
              </main>
              {user ? <LiveUpdates /> : null}
              <CjkFont />
            </TRPCReactProvider>
          </SessionProvider>
        </I18nProvider>
      </body>
    </html>
  );
}
