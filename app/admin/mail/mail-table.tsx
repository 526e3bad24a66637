// The admin mail page's tables, one component for all three (runs, mails, owners without an address): a card with
// its heading, an optional line under it, and a table whose first cell is the row's header — or, without rows, a
// sentence that says so. Counts are right-aligned in figures of one width; long texts (errors, addresses) wrap.
import type { ReactNode } from "react";
import styles from "./mail.module.css";

export interface MailColumn {
  label: string;
  /** A count: right-aligned, tabular figures. */
  numeric?: boolean;
  /** A long text without spaces (an address, an error): may break anywhere. */
  wrap?: boolean;
}

export interface MailRow {
  key: string | number;
  /** data-* attributes of the row (what the browser tests read). */
  data?: Record<string, string | number>;
  cells: ReactNode[];
}

export function MailTable({
  id,
  title,
  intro,
  columns,
  rows,
  empty,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  columns: readonly MailColumn[];
  rows: readonly MailRow[];
  empty: string;
}) {
  const cellClass = (column: MailColumn | undefined) =>
    [column?.numeric ? styles.num : null, column?.wrap ? styles.wrap : null].filter(Boolean).join(" ") || undefined;
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-mail-table={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro ? <p className="small">{intro}</p> : null}
      {rows.length ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                {columns.map((column) => (
                  // Headers keep their words whole: only the cells' long texts may break anywhere.
                  <th key={column.label} scope="col" className={column.numeric ? styles.num : undefined}>
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr
                  key={row.key}
                  {...Object.fromEntries(
                    Object.entries(row.data ?? {}).map(([name, value]) => [`data-${name}`, value]),
                  )}
                >
                  {row.cells.map((cell, index) =>
                    index === 0 ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the cells of a row are fixed columns
                      <th key={index} scope="row" className={cellClass(columns[index])}>
                        {cell}
                      </th>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the cells of a row are fixed columns
                      <td key={index} className={cellClass(columns[index])}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p data-empty="true">{empty}</p>
      )}
    </section>
  );
}
