import type { Metadata } from "next";
import type { ReactNode } from "react";
import { LanguageSwitch } from "./_components/language-switch";
import { MainNav } from "./_components/main-nav";
import { I18nProvider } from "./_i18n/client";
import { getMessages } from "./_i18n/server";
import { TRPCReactProvider } from "./_lib/trpc/client";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: { default: m.app.name, template: `%s · ${m.app.name}` }, description: m.app.tagline };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, m } = await getMessages();
  return (
    <html lang={locale}>
      <body>
        <I18nProvider locale={locale}>
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
                <MainNav />
                <LanguageSwitch />
              </div>
            </header>
            <main id="main" className="page" tabIndex={-1}>
              {children}
            </main>
          </TRPCReactProvider>
        </I18nProvider>
      </body>
    </html>
  );
}
