"use client";
// The page header: the app's name, the main navigation, the language switch and the user menu. On narrow screens
// (below 1200 px, where the navigation no longer fits on one line) the navigation and the user menu fold behind a
// menu button: a disclosure (aria-expanded, aria-controls) that Escape closes, giving the focus back to the button,
// and that closes when a link in it leads to another page. On wide screens the button is hidden and the menu shown.
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useI18n } from "../_i18n/client";
import { LanguageSwitch } from "./language-switch";
import { MainNav } from "./main-nav";
import { useSessionUser } from "./session-context";
import { UserMenu } from "./user-menu";

export function SiteHeader() {
  const { m } = useI18n();
  const user = useSessionUser();
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [openedOn, setOpenedOn] = useState(pathname);
  const button = useRef<HTMLButtonElement>(null);

  // A link followed inside the open menu leads to another page: the menu closes there.
  if (open && openedOn !== pathname) {
    setOpen(false);
    setOpenedOn(pathname);
  }

  // The page is interactive: browser tests wait for this before they look (e2e/visual.spec.ts).
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);

  useEffect(() => {
    if (!open) return;
    // Escape anywhere on the page closes the menu, the focus going back to its button.
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="site-title" href="/">
          <svg className="site-title__mark" aria-hidden="true" viewBox="0 0 32 32" width="32" height="32">
            <rect width="32" height="32" rx="6" fill="#fff" />
            <path d="M9 7h4v7.2L19.4 7h4.9l-7.2 7.8L24.6 25h-5l-5.4-7.6-1.2 1.3V25H9z" fill="currentColor" />
          </svg>
          <span className="site-title__name">{m.app.name}</span>
        </a>
        {user ? (
          <button
            ref={button}
            type="button"
            className="site-header__toggle"
            aria-expanded={open}
            aria-controls="site-menu"
            onClick={() => {
              setOpen(!open);
              setOpenedOn(pathname);
            }}
          >
            <span aria-hidden="true" className={`kern-icon ${open ? "kern-icon--close" : "kern-icon--dehaze"}`} />
            {/* The visible word is the button's name (WCAG 2.5.3); aria-expanded says whether it is open. */}
            {m.shell.menu}
          </button>
        ) : null}
        <div
          id="site-menu"
          className="site-header__menu"
          data-open={open ? "true" : "false"}
          data-signed-in={user ? "true" : "false"}
        >
          {user ? <MainNav /> : null}
          <div className="site-header__tools">
            <LanguageSwitch />
            {user ? <UserMenu /> : null}
          </div>
        </div>
      </div>
    </header>
  );
}
