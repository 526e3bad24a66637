// Links to the files /api/export/<kind> makes; used by the export menus of client and server components.
import type { Locale } from "@/server/i18n/locales";

export type ExportFormat = "csv" | "xlsx" | "pdf";

export interface ExportItem {
  label: string;
  href: string;
}

/** Query parameters that choose a page of a list; an export always holds every matching row. */
const PAGING = new Set(["page", "pageSize"]);

/** The URL of an export: the kind, the format, the language and the screen's filters (without paging). */
export function exportHref(
  kind: string,
  format: ExportFormat,
  locale: Locale,
  params: URLSearchParams | Record<string, string | number> = {},
): string {
  const query = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, value] of entries) if (!PAGING.has(key)) query.append(key, String(value));
  query.set("format", format);
  query.set("lang", locale);
  return `/api/export/${kind}?${query.toString()}`;
}
