import type { Metadata, Viewport } from "next";
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
// Noto Sans, self-hosted (the theme's typeface, globals.css): Latin, Greek, Cyrillic in subsets by unicode-range.
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/700.css";
import "./globals.css";
import { CjkFont } from "./_components/cjk-font";

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
    <html lang={locale} data-kern-theme="light">
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
