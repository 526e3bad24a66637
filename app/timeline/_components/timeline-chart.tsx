"use client";
// The timeline's chart: a row per line, the partner's name beside an SVG track whose coordinates are percentages of
// its width, so it fits any screen without scaling its text. Each agreement is a link (Enter opens it) made of its
// status segments (timeline-shapes.tsx: colour and pattern per status); activities are round marks that link to the
// activity. A link's <title> is its name (SVG's accessible name, and the tooltip of a mouse), written once.
// A client component for the page's weight, not for behaviour: drawn on the server as HTML like a server component,
// but React's flight data then carries the lines once as data instead of a second copy of every SVG element (about
// half of the page's bytes), and the table alternative is built from the same data when it is opened.
import type { ReactNode } from "react";
import { AGREEMENT_STATUS_COLORS } from "@/server/domain/agreement-status";
import { fmt, formatDate, partnerName } from "@/server/i18n/format";
import type { Messages } from "@/server/i18n/messages";
import type { TimelineBar, TimelineLine, TimelineWindow } from "@/server/services/timeline/compute";
import { useI18n } from "../../_i18n/client";
import styles from "./timeline.module.css";
import {
  type AxisTick,
  barLabel,
  endOfToday,
  fillOf,
  groupByContinent,
  MIN_UNCERTAIN,
  overlapsWindow,
  pct,
  position,
  UNCERTAIN_ID,
  zone,
} from "./timeline-shapes";
import { TimelineTable } from "./timeline-table";

const TRACK_HEIGHT = 32;
const BAR_Y = 7;
const BAR_HEIGHT = 18;

function Bar({ bar, window, today, label }: { bar: TimelineBar; window: TimelineWindow; today: Date; label: string }) {
  const barEnd = bar.end ? zone(bar.end)[1] : endOfToday(today);
  const barStart = zone(bar.start)[0];
  const x0 = position(window, barStart);
  const x1 = position(window, barEnd);
  const pieces = bar.segments.map((segment, index) => {
    const [from] = zone(segment.from);
    const next = bar.segments[index + 1];
    const to = next ? zone(next.from)[0] : barEnd;
    return { segment, from, to, index };
  });
  // Dates known only to the year or month: their whole period is lightened (the start of a status, and the end).
  const uncertain = [...bar.segments.map((segment) => segment.from), ...(bar.end ? [bar.end] : [])].filter(
    (point) => point.precision !== "DAY",
  );
  return (
    <a
      href={`/agreements/${bar.agreementId}`}
      className={styles.bar}
      data-agreement-id={bar.agreementId}
      data-testid="timeline-bar"
    >
      <title>{label}</title>
      {pieces.map(({ segment, from, to, index }) => {
        // Every segment in the window is drawn, a status that lasted no day too (its width is 0): the bar holds
        // its whole history, as its name and the table say.
        if (to < window.from || from >= window.to) return null;
        const a = position(window, from);
        const b = position(window, to);
        return (
          <rect
            key={index}
            data-status={segment.status}
            data-testid="timeline-segment"
            x={pct(a)}
            y={BAR_Y}
            width={pct(Math.max(b - a, 0))}
            height={BAR_HEIGHT}
            fill={fillOf(segment.status)}
          />
        );
      })}
      {uncertain.map((point) => {
        const [from, to] = zone(point);
        const a = position(window, from);
        const b = position(window, to);
        return b - a >= MIN_UNCERTAIN ? (
          <rect
            key={`${point.date.toISOString()}-${point.precision}`}
            x={pct(a)}
            y={BAR_Y}
            width={pct(b - a)}
            height={BAR_HEIGHT}
            fill={`url(#${UNCERTAIN_ID})`}
            data-testid="timeline-uncertain"
          />
        ) : null;
      })}
      {/* At least a few pixels wide, so a short agreement or one seen from afar can be seen and focused. */}
      <svg x={pct(x0)} y={BAR_Y} overflow="visible" aria-hidden="true">
        <rect width="3" height={BAR_HEIGHT} fill={AGREEMENT_STATUS_COLORS[bar.segments[0]?.status ?? bar.status]} />
      </svg>
      {bar.end && barEnd <= window.to ? (
        <svg x={pct(x1)} y={BAR_Y - 4} overflow="visible" aria-hidden="true">
          <rect x="-2" width="3" height={BAR_HEIGHT + 8} fill={AGREEMENT_STATUS_COLORS.ENDED} />
        </svg>
      ) : null}
      <rect
        className={styles.focusRing}
        x={pct(x0)}
        y={BAR_Y - 3}
        width={pct(Math.max(x1 - x0, 0.5))}
        height={BAR_HEIGHT + 6}
        rx="3"
      />
    </a>
  );
}

function Track({ line, window, today }: { line: TimelineLine; window: TimelineWindow; today: Date }) {
  const { m, locale } = useI18n();
  const titles = new Map(line.bars.map((bar) => [bar.agreementId, bar.title]));
  const lineEnd = line.end ? zone(line.end)[1] : endOfToday(today);
  const lineStart = zone(line.start)[0];
  const todayX = today >= window.from && today < window.to ? position(window, today) : null;
  const bars = line.bars.filter((bar) =>
    overlapsWindow(zone(bar.start)[0], bar.end ? zone(bar.end)[1] : endOfToday(today), window),
  );
  const marks = line.marks.filter((mark) => mark.date >= window.from && mark.date < window.to);
  return (
    <svg className={styles.track} width="100%" height={TRACK_HEIGHT} data-testid="timeline-track">
      <title>{`${partnerName(line.partner, locale)}: ${line.bars.map((bar) => bar.title).join(" → ")}`}</title>
      {line.bars.length > 1 ? (
        <line
          x1={pct(position(window, lineStart))}
          x2={pct(position(window, lineEnd))}
          y1={BAR_Y + BAR_HEIGHT / 2}
          y2={BAR_Y + BAR_HEIGHT / 2}
          className={styles.lineage}
          data-testid="timeline-lineage"
        />
      ) : null}
      {todayX !== null ? (
        <line x1={pct(todayX)} x2={pct(todayX)} y1="0" y2={TRACK_HEIGHT} className={styles.today} />
      ) : null}
      {bars.map((bar) => (
        <Bar key={bar.agreementId} bar={bar} window={window} today={today} label={barLabel(bar, m, locale, titles)} />
      ))}
      {/* Where a successor takes over: a white cut across the line. */}
      {bars
        .filter((bar) => bar.predecessorId !== null && titles.has(bar.predecessorId))
        .map((bar) => (
          <svg
            key={`cut-${bar.agreementId}`}
            x={pct(position(window, zone(bar.start)[0]))}
            y={BAR_Y - 2}
            overflow="visible"
            aria-hidden="true"
          >
            <rect x="-1" width="2" height={BAR_HEIGHT + 4} fill="#fff" />
          </svg>
        ))}
      {marks.map((mark) => {
        const label = fmt(
          m.timeline.mark,
          {
            type: m.enums.activityType[mark.type as keyof Messages["enums"]["activityType"]] ?? mark.type,
            title: mark.title,
            date: formatDate(mark.date, locale),
          },
          locale,
        );
        return (
          <a
            key={mark.activityId}
            href={`/activities/${mark.activityId}`}
            className={styles.mark}
            data-testid="timeline-mark"
            data-activity-id={mark.activityId}
          >
            <title>{label}</title>
            <circle
              cx={pct(position(window, mark.date))}
              cy={BAR_Y + BAR_HEIGHT / 2}
              r="6"
              fill="#fff"
              stroke="#1b1b1b"
              strokeWidth="2.5"
            />
            <circle cx={pct(position(window, mark.date))} cy={BAR_Y + BAR_HEIGHT / 2} r="2" fill="#1b1b1b" />
          </a>
        );
      })}
    </svg>
  );
}

/** The axis above (and on phones below) the rows: the ticks' labels. */
function Axis({ ticks, window }: { ticks: readonly AxisTick[]; window: TimelineWindow }) {
  return (
    <svg className={styles.axis} width="100%" height="22" aria-hidden="true" focusable="false">
      {ticks.map((tick) => (
        <g key={tick.date.toISOString()}>
          <line x1={pct(position(window, tick.date))} x2={pct(position(window, tick.date))} y1="14" y2="22" />
          <text x={pct(position(window, tick.date))} dx="3" y="12">
            {tick.label}
          </text>
        </g>
      ))}
    </svg>
  );
}

/**
 * The chart of a page of lines, then `children` (the pages' navigation) and the table alternative, which is rendered
 * only when opened (timeline-table.tsx). The lines come once, as data; the chart is drawn from them on the server
 * (the page's HTML) and again by the browser when it takes the page over.
 */
export function TimelineChart({
  lines,
  window,
  today,
  ticks,
  byContinent = false,
  headingLevel = 3,
  showPartner = true,
  children,
}: {
  lines: readonly TimelineLine[];
  window: TimelineWindow;
  today: Date;
  /** The axis's labels, written on the server (a browser's month names may differ from the server's). */
  ticks: readonly AxisTick[];
  /** Grouped under a heading per continent (the order by continent). */
  byContinent?: boolean;
  headingLevel?: 2 | 3;
  /** The partner's name beside each line and in the table (not on the partner's own page). */
  showPartner?: boolean;
  children?: ReactNode;
}) {
  const { m, locale } = useI18n();
  const groups = groupByContinent(lines, byContinent, m);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <>
      <div className={styles.chart} data-testid="timeline-chart">
        <div className={styles.axisRow}>
          <span className={styles.labelSpace} />
          <Axis ticks={ticks} window={window} />
        </div>
        {groups.map((group) => (
          <div key={group.heading ?? "all"} className={styles.group}>
            {group.heading ? <Heading className={styles.groupHeading}>{group.heading}</Heading> : null}
            <div className={styles.rows}>
              {/* The ticks' lines once behind all rows of the group (not once per row: the page is drawn at scale). */}
              <svg className={styles.grid} width="100%" height="100%" aria-hidden="true" focusable="false">
                {ticks.map((tick) => (
                  <line
                    key={tick.date.toISOString()}
                    x1={pct(position(window, tick.date))}
                    x2={pct(position(window, tick.date))}
                    y1="0"
                    y2="100%"
                  />
                ))}
              </svg>
              <ul className={styles.lines}>
                {group.lines.map((line) => (
                  <li key={line.key} className={styles.line} data-testid="timeline-line" data-line-key={line.key}>
                    <div className={styles.label}>
                      {showPartner ? (
                        <a href={`/partners/${line.partner.id}`} className={styles.partner}>
                          {partnerName(line.partner, locale)}
                        </a>
                      ) : null}
                      <span className={styles.titles}>{line.bars.map((bar) => bar.title).join(" → ")}</span>
                    </div>
                    <Track line={line} window={window} today={today} />
                  </li>
                ))}
              </ul>
            </div>
          </div>
        ))}
      </div>
      {children}
      <TimelineTable lines={lines} showPartner={showPartner} />
    </>
  );
}
