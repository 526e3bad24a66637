"use client";
import { fmt } from "@/server/i18n/format";
import { useI18n } from "../_i18n/client";
import { useUrlState } from "./url-state";

/** A column header that sorts the list through the URL (?sort=…&dir=…) and tells screen readers the order. */
export function SortHeader({
  column,
  label,
  sort,
  dir,
}: {
  column: string;
  label: string;
  sort: string;
  dir: "asc" | "desc";
}) {
  const { m, locale } = useI18n();
  const { update } = useUrlState();
  const active = sort === column;
  const nextDir = active && dir === "asc" ? "desc" : "asc";
  return (
    <th scope="col" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}>
      <button
        type="button"
        className="sort-button"
        onClick={() => update({ sort: column, dir: nextDir })}
        title={fmt(m.common.sortBy, { column: label }, locale)}
      >
        {label}
        {active ? <span aria-hidden="true">{dir === "asc" ? " ▲" : " ▼"}</span> : null}
      </button>
    </th>
  );
}
