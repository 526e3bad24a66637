// The timeline's data as a table (the chart's alternative): a row per status segment, per end and per activity, with
// the dates as exactly as they are known.
import { fmt, formatDate, partnerName } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import type { Messages } from "@/server/i18n/messages";
import type { TimelineLine } from "@/server/services/timeline/compute";
import styles from "./timeline.module.css";
import { pointText } from "./timeline-chart";

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

export function TimelineTable({
  lines,
  m,
  locale,
  showPartner = true,
}: {
  lines: readonly TimelineLine[];
  m: Messages;
  locale: Locale;
  showPartner?: boolean;
}) {
  const rows = timelineRows(lines, m, locale);
  return (
    <details className={`chart-table ${styles.table}`} data-testid="timeline-table">
      <summary>{m.timeline.table}</summary>
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
    </details>
  );
}
