"use client";
// The main navigation: the record lists as links, and the administration (import for editors; accounts and the
// audit trail for admins) behind one "Verwaltung" button, so that the links fit one row at 1366 px. The button opens
// a list of links (a disclosure: aria-expanded, Escape closes it and returns the focus, a click elsewhere or
// following a link closes it). In the folded phone menu the administration's links stand in the list like the others.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { useI18n } from "../_i18n/client";
import { usePermissions } from "./session-context";

interface NavItem {
  href: string;
  label: string;
}

function isCurrent(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname.startsWith(href);
}

function NavLink({ item, pathname }: { item: NavItem; pathname: string }) {
  return (
    <Link href={item.href} aria-current={isCurrent(pathname, item.href) ? "page" : undefined}>
      {item.label}
    </Link>
  );
}

function AdministrationMenu({ label, items, pathname }: { label: string; items: NavItem[]; pathname: string }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const root = useRef<HTMLLIElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Following a link (a new path) closes it.
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      // The focus goes back to the button only from inside the menu; Escape elsewhere (a combobox) keeps its place.
      const inside = root.current?.contains(document.activeElement) ?? false;
      setOpen(false);
      if (inside) button.current?.focus();
    };
    document.addEventListener("pointerdown", outside);
    document.addEventListener("keydown", onEscape);
    return () => {
      document.removeEventListener("pointerdown", outside);
      document.removeEventListener("keydown", onEscape);
    };
  }, [open]);
  const current = items.some((item) => isCurrent(pathname, item.href));
  return (
    <li
      ref={root}
      className="main-nav__group"
      data-open={open ? "true" : "false"}
      onBlur={(event) => {
        // The focus left the group (Tab past its last link): it closes.
        if (!root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="main-nav__group-toggle"
        aria-expanded={open}
        aria-controls={listId}
        data-current={current ? "true" : undefined}
        onClick={() => setOpen(!open)}
      >
        {label}
        <span aria-hidden="true" className="kern-icon kern-icon--arrow-down kern-icon--small" />
      </button>
      <ul id={listId} className="main-nav__group-list">
        {items.map((item) => (
          <li key={item.href}>
            <NavLink item={item} pathname={pathname} />
          </li>
        ))}
      </ul>
    </li>
  );
}

export function MainNav() {
  const { m } = useI18n();
  const pathname = usePathname();
  const { admin, edit } = usePermissions();
  const items: NavItem[] = [
    { href: "/", label: m.nav.dashboard },
    { href: "/agenda", label: m.agenda.nav },
    { href: "/agreements", label: m.nav.agreements },
    { href: "/partners", label: m.nav.partners },
    { href: "/map", label: m.nav.map },
    { href: "/timeline", label: m.nav.timeline },
    { href: "/working-groups", label: m.nav.workingGroups },
    { href: "/commitments", label: m.commitment.listTitle },
    { href: "/activities", label: m.nav.activities },
    { href: "/people", label: m.nav.people },
  ];
  const administration: NavItem[] = [
    // Importing changes records: editors and admins.
    ...(edit ? [{ href: "/import", label: m.dataImport.nav }] : []),
    // Only for admins (the pages and their data refuse everyone else anyway).
    ...(admin
      ? [
          { href: "/admin/accounts", label: m.admin.accountsTitle },
          { href: "/admin/audit", label: m.admin.auditTitle },
          { href: "/admin/mail", label: m.mail.admin.nav },
        ]
      : []),
  ];
  return (
    <nav aria-label={m.app.mainNav} className="main-nav">
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <NavLink item={item} pathname={pathname} />
          </li>
        ))}
        {administration.length ? (
          <AdministrationMenu label={m.nav.administration} items={administration} pathname={pathname} />
        ) : null}
      </ul>
    </nav>
  );
}
