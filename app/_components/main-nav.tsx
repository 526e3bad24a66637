"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useI18n } from "../_i18n/client";
import { usePermissions } from "./session-context";

export function MainNav() {
  const { m } = useI18n();
  const pathname = usePathname();
  const { admin, edit } = usePermissions();
  const items = [
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
    // Importing changes records: editors and admins.
    ...(edit ? [{ href: "/import", label: m.dataImport.nav }] : []),
    // Only for admins (the pages and their data refuse everyone else anyway).
    ...(admin
      ? [
          { href: "/admin/accounts", label: m.admin.accountsTitle },
          { href: "/admin/audit", label: m.admin.auditTitle },
        ]
      : []),
  ];
  return (
    <nav aria-label={m.app.mainNav} className="main-nav">
      <ul>
        {items.map((item) => {
          const current = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={current ? "page" : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
