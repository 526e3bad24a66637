import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { permissionsOf } from "@/server/auth/roles";
import { LanguageSwitch } from "./_components/language-switch";
import { LiveUpdates } from "./_components/live-updates";
import { MainNav } from "./_components/main-nav";
import { SessionProvider, type SessionUser } from "./_components/session-context";
import { UserMenu } from "./_components/user-menu";
import { I18nProvider } from "./_i18n/client";
import { getMessages } from "./_i18n/server";
import { currentActor, requireActor } from "./_lib/session";
import { TRPCReactProvider } from "./_lib/trpc/client";
import "./globals.css";
import { CjkFont } from "./_components/cjk-font";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: { default: m.app.name, template: `%s · ${m.app.name}` }, description: m.app.tagline };
}

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
    <html lang={locale}>
      <body>
        <I18nProvider locale={locale}>
          <SessionProvider user={user}>
            <TRPCReactProvider>
              <a className="skip-link" href="#main">
                {m.app.skipToContent}
              </a>
              <header className="site-header">
                <div className="site-header__inner">
                  <a className="site-title" href="/">
                    <span aria-hidden="true" className="site-title__mark">
                      K
                    </span>
                    {m.app.name}
                  </a>
                  {user ? <MainNav /> : null}
                  <LanguageSwitch />
                  {user ? <UserMenu /> : null}
                </div>
              </header>
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
