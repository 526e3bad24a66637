"use client";
import { fmt } from "@/server/i18n/format";
import { useI18n } from "../_i18n/client";
import { useUrlState } from "./url-state";

/** `totalCapped`: the count stopped at `total` (bounded pagination): "more than …", and there is always a next page. */
export function Pagination({
  page,
  pageCount,
  total,
  totalCapped = false,
}: {
  page: number;
  pageCount: number;
  total: number;
  totalCapped?: boolean;
}) {
  const { m, locale } = useI18n();
  const { update } = useUrlState();
  return (
    <nav className="pagination" aria-label={m.common.pagination}>
      <span role="status">{fmt(totalCapped ? m.common.resultsMore : m.common.results, { count: total }, locale)}</span>
      <span className="actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={page <= 1}
          onClick={() => update({ page: String(page - 1) }, { resetPage: false })}
        >
          {m.common.previous}
        </button>
        <span>{fmt(totalCapped ? m.common.pageOfMore : m.common.page, { page, pageCount }, locale)}</span>
        <button
          type="button"
          className="button button--secondary"
          disabled={page >= pageCount && !totalCapped}
          onClick={() => update({ page: String(page + 1) }, { resetPage: false })}
        >
          {m.common.next}
        </button>
      </span>
    </nav>
  );
}
