// A report's table: its caption for screen readers, its column widths and one row of column headers. Tables are laid
// out fixed with widths in percent, so long names wrap inside their column instead of squeezing the others or
// widening the table beyond the page.
import type { ReactNode } from "react";
import { fmt } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import { TableHead } from "../../_components/table-head";

export function ReportTable({
  caption,
  widths,
  heads,
  children,
}: {
  caption: string;
  /** Each column's width in percent. */
  widths: readonly number[];
  heads: readonly ReactNode[];
  /** The rows. */
  children: ReactNode;
}) {
  return (
    <table className="report-table">
      <caption className="visually-hidden">{caption}</caption>
      <colgroup>
        {widths.map((width, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
          <col key={index} style={{ width: `${width}%` }} />
        ))}
      </colgroup>
      <TableHead heads={heads} />
      <tbody>{children}</tbody>
    </table>
  );
}

/** A report's section: its heading (the PDF outline's entry), then what it holds. */
export function ReportSection({
  id,
  title,
  className,
  children,
}: {
  /** The heading's id is `<id>-title`. */
  id: string;
  title: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section className={className} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * A report's section that is one table (captioned by the section's title), or the text for none; `before` stands
 * above it (e.g. that not every row is shown).
 */
export function TableSection<T>(props: {
  id: string;
  title: string;
  className?: string;
  before?: ReactNode;
  rows: readonly T[];
  empty: string;
  widths: readonly number[];
  heads: readonly ReactNode[];
  row: (item: T) => ReactNode;
}) {
  return (
    <ReportSection id={props.id} title={props.title} className={props.className}>
      {props.before}
      {props.rows.length ? (
        <ReportTable caption={props.title} widths={props.widths} heads={props.heads}>
          {props.rows.map(props.row)}
        </ReportTable>
      ) : (
        <p>{props.empty}</p>
      )}
    </ReportSection>
  );
}

/** That a report shows only the first rows of more: "<shown> of <total> …", or nothing when all are shown. */
export function TruncatedNote(props: { message: string; shown: number; total: number; locale: Locale }) {
  if (props.shown >= props.total) return null;
  return <p className="small">{fmt(props.message, { shown: props.shown, total: props.total }, props.locale)}</p>;
}
