"use client";
import { useI18n } from "../_i18n/client";
import { fmt } from "../_i18n/format";
import { useUrlState } from "./url-state";

export function Pagination({ page, pageCount, total }: { page: number; pageCount: number; total: number }) {
  const { m } = useI18n();
  const { update } = useUrlState();
  return (
    <nav className="pagination" aria-label={m.common.pagination}>
      <span role="status">{fmt(m.common.results, { count: total })}</span>
      <span className="actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={page <= 1}
          onClick={() => update({ page: String(page - 1) }, { resetPage: false })}
        >
          {m.common.previous}
        </button>
        <span>{fmt(m.common.page, { page, pageCount })}</span>
        <button
          type="button"
          className="button button--secondary"
          disabled={page >= pageCount}
          onClick={() => update({ page: String(page + 1) }, { resetPage: false })}
        >
          {m.common.next}
        </button>
      </span>
    </nav>
  );
}
