"use client";
// The timeline's data as a table (the chart's alternative): a row per status segment, per end and per activity, with
// the dates as exactly as they are known. A disclosure whose table is built in the browser when it is opened, from
// the lines the chart was drawn from: always rendered it doubled the page's HTML (thousands of rows at scale) for the
// few who open it. <details> and <summary> are the browser's own disclosure: a button in the tab order with its
// expanded state, opened by Enter or Space, announced by screen readers; the table follows the summary in reading
// order once open. Without JavaScript nothing builds it: the closed disclosure then holds a link to the same page with
// `?table=1`, which the server renders with the table built and the disclosure open.
import { useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { fmt, formatDate, partnerName } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import type { Messages } from "@/server/i18n/messages";
import type { TimelineLine } from "@/server/services/timeline/compute";
import { useI18n } from "../../_i18n/client";
import styles from "./timeline.module.css";
import { pointText } from "./timeline-shapes";

interface Row {
  key: string;
  partner: string;
  partnerId: number;
  href: string;
  name: string;
  phase: string;
  scope?: string | null;
  from: string;
  to: string;
  kind: "segment" | "end" | "activity";
}

export function timelineRows(lines: readonly TimelineLine[], m: Messages, locale: Locale): Row[] {
  return lines.flatMap((line) => {
    const partner = partnerName(line.partner, locale);
    const rows: Row[] = [];
    for (const bar of line.bars) {
      for (const [index, segment] of bar.segments.entries()) {
        const to = segment.to ?? bar.end;
        rows.push({
          key: `${bar.agreementId}-${index}`,
          partner,
          partnerId: line.partner.id,
          href: `/agreements/${bar.agreementId}`,
          name: bar.title,
          phase: m.enums.agreementStatus[segment.status],
          scope: segment.scope,
          from: pointText(segment.from, locale),
          to: to ? pointText(to, locale) : m.timeline.todayCell,
          kind: "segment",
        });
      }
      if (bar.end) {
        rows.push({
          key: `${bar.agreementId}-end`,
          partner,
          partnerId: line.partner.id,
          href: `/agreements/${bar.agreementId}`,
          name: bar.title,
          phase: m.timeline.endedRow,
          from: pointText(bar.end, locale),
          to: m.common.none,
          kind: "end",
        });
      }
    }
    for (const mark of line.marks) {
      rows.push({
        key: `activity-${mark.activityId}`,
        partner,
        partnerId: line.partner.id,
        href: `/activities/${mark.activityId}`,
        name: mark.title,
        phase: fmt(
          m.timeline.activityRow,
          { type: m.enums.activityType[mark.type as keyof Messages["enums"]["activityType"]] ?? mark.type },
          locale,
        ),
        from: formatDate(mark.date, locale),
        to: m.common.none,
        kind: "activity",
      });
    }
    return rows;
  });
}

const TABLE_PARAM = "table";
const TABLE_ID = "timeline-table";

function withTable(searchParams: URLSearchParams): string {
  const next = new URLSearchParams(searchParams);
  next.set(TABLE_PARAM, "1");
  return next.toString();
}

export function TimelineTable({
  lines,
  showPartner = true,
}: {
  lines: readonly TimelineLine[];
  showPartner?: boolean;
}) {
  const { m, locale } = useI18n();
  const details = useRef<HTMLDetailsElement>(null);
  const searchParams = useSearchParams();
  const asked = searchParams.get(TABLE_PARAM) === "1";
  const [open, setOpen] = useState(asked);
  // Opened before the page's JavaScript had taken it over: the toggle event came before React listened.
  useEffect(() => {
    if (details.current?.open) setOpen(true);
  }, []);
  return (
    <details
      ref={details}
      className={`chart-table ${styles.table}`}
      id={TABLE_ID}
      data-testid="timeline-table"
      open={asked || undefined}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{m.timeline.table}</summary>
      {open ? (
        <Table lines={lines} showPartner={showPartner} m={m} locale={locale} />
      ) : (
        <p>
          <a href={`?${withTable(searchParams)}#${TABLE_ID}`}>{m.timeline.tableWithoutScript}</a>
        </p>
      )}
    </details>
  );
}

function Table({
  lines,
  showPartner,
  m,
  locale,
}: {
  lines: readonly TimelineLine[];
  showPartner: boolean;
  m: Messages;
  locale: Locale;
}) {
  const rows = timelineRows(lines, m, locale);
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{m.timeline.tableCaption}</caption>
        <thead>
          <tr>
            {showPartner ? <th scope="col">{m.timeline.columns.partner}</th> : null}
            <th scope="col">{m.timeline.columns.agreement}</th>
            <th scope="col">{m.timeline.columns.phase}</th>
            <th scope="col">{m.timeline.columns.from}</th>
            <th scope="col">{m.timeline.columns.to}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-kind={row.kind}>
              {showPartner ? (
                <td>
                  <a href={`/partners/${row.partnerId}`}>{row.partner}</a>
                </td>
              ) : null}
              <td>
                <a href={row.href}>{row.name}</a>
              </td>
              <td>
                {row.phase}
                {row.scope ? <div className="small muted">{row.scope}</div> : null}
              </td>
              <td>{row.from}</td>
              <td>{row.to}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
