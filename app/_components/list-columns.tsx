"use client";
// A list's "Spalten" control: a disclosure (details/summary, like the export and views menus) with a checkbox per
// column of the table. What is chosen goes into the URL (?cols=…, server/lists/columns.ts), so a link or a saved view
// brings the same columns back; hidden columns leave the table and the phone's cards alike. The record's name cannot
// be hidden (its checkbox is checked and disabled). Escape closes the panel and returns to its button. The
// checkboxes are rendered only while the panel is open: closed, the page has no second control named like a column
// ("Status") beside the filter of that name.
import { type KeyboardEvent, startTransition, useId, useOptimistic, useRef, useState } from "react";
import { fmt } from "@/server/i18n/format";
import { COLUMNS_PARAM, columnsValue, type ListColumns, shownColumns } from "@/server/lists/columns";
import { useI18n } from "../_i18n/client";
import { useUrlState } from "./url-state";

/** The columns the URL shows (every column of a table without a column set). */
export function useShownColumns(columnSet: ListColumns | undefined): ReadonlySet<string> | null {
  const { searchParams } = useUrlState();
  return columnSet ? shownColumns(columnSet, searchParams) : null;
}

export function ColumnsControl({
  columnSet,
  labels,
}: {
  columnSet: ListColumns;
  /** Each column's label by its key. */
  labels: Readonly<Record<string, string>>;
}) {
  const { m, locale } = useI18n();
  const { searchParams, update } = useUrlState();
  const id = useId();
  const details = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  // What was ticked shows at once, while the list's new URL loads.
  const [shown, setShown] = useOptimistic<ReadonlySet<string>>(shownColumns(columnSet, searchParams));

  function toggle(key: string, on: boolean) {
    const next = new Set(shown);
    if (on) next.add(key);
    else next.delete(key);
    startTransition(() => {
      setShown(next);
      update({ [COLUMNS_PARAM]: columnsValue(columnSet, next) }, { resetPage: false });
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDetailsElement>) {
    if (event.key !== "Escape" || !details.current?.open) return;
    details.current.open = false;
    details.current.querySelector("summary")?.focus();
  }

  const count = { shown: shown.size, total: columnSet.keys.length };
  return (
    <details
      ref={details}
      className="export-menu list-columns"
      onKeyDown={onKeyDown}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        {m.savedViews.columns}{" "}
        <span className="list-columns__count">({fmt(m.savedViews.columnsCount, count, locale)})</span>
      </summary>
      {open ? (
        <fieldset className="export-menu__panel list-columns__panel">
          <legend className="list-columns__legend">{m.savedViews.columnsLegend}</legend>
          <p className="small muted">{m.savedViews.columnsHint}</p>
          {columnSet.keys.map((key) => {
            const required = columnSet.required.includes(key);
            return (
              <div className="field field--checkbox" key={key}>
                <input
                  id={`${id}-${key}`}
                  type="checkbox"
                  name={COLUMNS_PARAM}
                  value={key}
                  checked={shown.has(key)}
                  disabled={required}
                  aria-describedby={required ? `${id}-required` : undefined}
                  onChange={(event) => toggle(key, event.target.checked)}
                />
                <label htmlFor={`${id}-${key}`}>{labels[key] ?? key}</label>
                {required ? (
                  <span id={`${id}-required`} className="small muted">
                    {m.savedViews.columnRequired}
                  </span>
                ) : null}
              </div>
            );
          })}
        </fieldset>
      ) : null}
    </details>
  );
}
