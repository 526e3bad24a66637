"use client";
// Every chart comes with the same data as a table, for screen readers, keyboard users (its cells link to the
// filtered lists) and for reading exact numbers. The drawing itself is hidden from assistive technology, so the
// charts must not be focusable (Recharts' accessibilityLayer is off).
import type { ReactNode } from "react";
import { useI18n } from "../_i18n/client";

export function ChartCard({
  id,
  title,
  children,
  legend,
  table,
  hint,
}: {
  id: string;
  title: string;
  /** A line under the title, e.g. what a chart leaves out. */
  hint?: string;
  children: ReactNode;
  /** Colour keys for multi-series charts, shown under the chart. */
  legend?: readonly (readonly [label: string, color: string])[];
  table: { head: string[]; rows: (string | number | ReactNode)[][] };
}) {
  const { m } = useI18n();
  return (
    <section className="card chart-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {hint ? <p className="small muted">{hint}</p> : null}
      <div className="chart-box" aria-hidden="true">
        {children}
      </div>
      {legend ? (
        <ul className="legend-list">
          {legend.map(([label, color]) => (
            <li key={label}>
              <span className="legend-swatch" style={{ background: color }} />
              {label}
            </li>
          ))}
        </ul>
      ) : null}
      <details className="chart-table">
        <summary>{m.common.chartTable}</summary>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {table.head.map((cell) => (
                <th key={cell} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are fixed for one render
              <tr key={index}>
                {row.map((cell, cellIndex) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  <td key={cellIndex}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
