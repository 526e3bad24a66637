// The title page of a report: the city and its office, the title, the date and, for the partnership report, the
// selection in words. It fills the first page; the report's first chapter starts on the next.
import type { ReactNode } from "react";
import type { ReportMessages } from "@/server/i18n/messages";

export function TitlePage({
  r,
  title,
  subtitle,
  asOf,
  preparedFor,
  children,
}: {
  r: ReportMessages;
  title: string;
  subtitle: string;
  /** "Stand: 24. November 2026". */
  asOf: string;
  /** "Erstellt für Jane Doe". */
  preparedFor: string;
  children?: ReactNode;
}) {
  return (
    <div className="report-title-page">
      <p className="report-title-page__city">
        <span aria-hidden="true" className="report-title-page__mark">
          K
        </span>
        <span>
          {r.city}
          <span className="report-title-page__office">{r.office}</span>
        </span>
      </p>
      <h1 className="report-title-page__title">{title}</h1>
      <p className="report-title-page__subtitle">{subtitle}</p>
      <p className="report-title-page__date">{asOf}</p>
      {children}
      <p className="report-title-page__prepared small muted">{preparedFor}</p>
    </div>
  );
}
