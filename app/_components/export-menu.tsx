"use client";
// The export menu of a screen: links to the files /api/export/<kind> makes (the server checks the role and applies
// the same filters as the screen). A plain disclosure with links, so it works with the keyboard and without script.
import { useSearchParams } from "next/navigation";
import { fmt } from "@/server/i18n/format";
import { useI18n } from "../_i18n/client";
import { type ExportItem, exportHref } from "../_lib/export-links";

export type { ExportItem };

/** CSV and XLSX of one kind of record with the given filters. */
export function useTableExports(kind: string, params?: URLSearchParams | Record<string, string | number>) {
  const { m, locale } = useI18n();
  return [
    { label: m.export.xlsx, href: exportHref(kind, "xlsx", locale, params) },
    { label: m.export.csv, href: exportHref(kind, "csv", locale, params) },
  ];
}

/** The export menu of a list: its kind with the list's current filters and sort order (every page). */
export function ListExportMenu({ kind, what, extra = [] }: { kind: string; what: string; extra?: ExportItem[] }) {
  const { m } = useI18n();
  const searchParams = useSearchParams();
  const items = [...useTableExports(kind, searchParams), ...extra];
  return <ExportMenu what={what} items={items} hint={m.export.filteredHint} />;
}

export function ExportMenu({ what, items, hint }: { what: string; items: ExportItem[]; hint?: string }) {
  const { m, locale } = useI18n();
  if (!items.length) return null;
  return (
    <details className="export-menu">
      <summary aria-label={fmt(m.export.menuOf, { what }, locale)}>{m.export.menu}</summary>
      <div className="export-menu__panel">
        {hint ? <p className="small">{hint}</p> : null}
        <ul>
          {items.map((item) => (
            <li key={item.href}>
              <a href={item.href} download>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
