"use client";
// The dashboard's exports: the partnership report, all agreements as a table, and an annual report for a year.
import { useId, useState } from "react";
import { fmt } from "@/server/i18n/format";
import { useI18n } from "../../_i18n/client";
import { exportHref } from "../../_lib/export-links";

/** The first year with a partnership (Liverpool, 1952) and the current one in Cologne. */
const FIRST_YEAR = 1952;

export function DashboardExports({ currentYear }: { currentYear: number }) {
  const { m, locale } = useI18n();
  const id = useId();
  const [year, setYear] = useState(currentYear - 1);
  const years = Array.from({ length: currentYear - FIRST_YEAR + 1 }, (_, index) => currentYear - index);
  return (
    <details className="export-menu">
      <summary aria-label={fmt(m.export.menuOf, { what: m.dashboard.title }, locale)}>{m.export.menu}</summary>
      <div className="export-menu__panel">
        <ul>
          <li>
            <a href={exportHref("partnership-report", "pdf", locale)} download>
              {m.export.pdfReport}
            </a>
          </li>
          <li>
            <a href={exportHref("agreements", "xlsx", locale)} download>
              {m.export.kinds.agreements}: {m.export.xlsx}
            </a>
          </li>
          <li>
            <a href={exportHref("agreements", "csv", locale)} download>
              {m.export.kinds.agreements}: {m.export.csv}
            </a>
          </li>
          <li>
            <label htmlFor={id}>{m.export.annualReportOf} </label>
            <select id={id} value={year} onChange={(event) => setYear(Number(event.target.value))}>
              {years.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>{" "}
            <a href={exportHref("annual-report", "pdf", locale, { year })} download>
              {fmt(m.export.annualReport, { year }, locale)}
            </a>
          </li>
        </ul>
      </div>
    </details>
  );
}
