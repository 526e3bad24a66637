// The timeline drawn on the server (a React Server Component, no JavaScript in the browser): a row per line, the
// partner's name beside an SVG track whose coordinates are percentages of its width, so it fits any screen without
// scaling its text. Each agreement is a link (Enter opens it) made of its status segments, each in the status's
// colour from the one table (AGREEMENT_STATUS_COLORS) with a pattern of its own, so colour is never the only signal;
// activities are round marks that link to the activity. A link's <title> is its name (SVG's accessible name, and the
// tooltip of a mouse), written once. Dates known only to the year or month are drawn across their
// whole period, lightened, never on an invented day. The same data is in the table below the chart.
import type { ReactNode } from "react";
import { AGREEMENT_STATUS_COLORS } from "@/server/domain/agreement-status";
import { periodEnd, periodStart } from "@/server/domain/date-periods";
import type { AgreementStatus, Continent } from "@/server/domain/enums";
import { fmt, formatDate, partnerName } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import type { Messages } from "@/server/i18n/messages";
import type { TimelineBar, TimelineLine, TimelinePoint, TimelineWindow } from "@/server/services/timeline/compute";
import styles from "./timeline.module.css";

const DAY = 86_400_000;
/** Statuses drawn as segments (ENDED ends a bar instead), in the legend's order. */
export const DRAWN_STATUSES = [
  "PROPOSED",
  "IN_NEGOTIATION",
  "SIGNED",
  "ACTIVE",
  "DORMANT",
  "SUSPENDED",
] as const satisfies readonly AgreementStatus[];

/** The pattern over each status's colour (white lines or dots); ACTIVE is solid. */
const PATTERNS: Record<(typeof DRAWN_STATUSES)[number], ReactNode> = {
  PROPOSED: <circle cx="3" cy="3" r="1.4" />,
  IN_NEGOTIATION: <rect x="0" y="0" width="1.6" height="6" />,
  SIGNED: <path d="M0 0L6 6M-1 5L1 7M5 -1L7 1" strokeWidth="1.4" />,
  ACTIVE: null,
  DORMANT: <rect x="0" y="0" width="6" height="1.6" />,
  SUSPENDED: <path d="M0 6L6 0M-1 1L1 -1M5 7L7 5" strokeWidth="1.5" />,
};

export const patternId = (status: AgreementStatus) => `timeline-pattern-${status}`;
const UNCERTAIN_ID = "timeline-uncertain";

/** The shared definitions (patterns), once per page; the other SVGs of the document refer to them by id. */
export function TimelineDefs() {
  return (
    <svg width="0" height="0" className={styles.defs} aria-hidden="true" focusable="false">
      <defs>
        {DRAWN_STATUSES.map((status) =>
          PATTERNS[status] ? (
            <pattern key={status} id={patternId(status)} width="6" height="6" patternUnits="userSpaceOnUse">
              <rect width="6" height="6" fill={AGREEMENT_STATUS_COLORS[status]} />
              <g fill="#fff" stroke="#fff" opacity="0.6">
                {PATTERNS[status]}
              </g>
            </pattern>
          ) : null,
        )}
        <pattern id={UNCERTAIN_ID} width="4" height="4" patternUnits="userSpaceOnUse">
          <rect width="4" height="4" fill="#fff" opacity="0.45" />
          <rect width="2" height="2" fill="#fff" opacity="0.5" />
        </pattern>
      </defs>
    </svg>
  );
}

// ── Geometry ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** The position of a calendar day in the window, in percent of the track (clamped to the track). */
function position(window: TimelineWindow, date: Date): number {
  const span = window.to.getTime() - window.from.getTime();
  const value = ((date.getTime() - window.from.getTime()) / span) * 100;
  return Math.min(100, Math.max(0, value));
}
const pct = (value: number) => `${value.toFixed(2)}%`;
/** A status's fill: its colour, under its pattern (ACTIVE: the colour alone). */
const fillOf = (status: AgreementStatus) =>
  status === "ACTIVE" || status === "ENDED" ? AGREEMENT_STATUS_COLORS[status] : `url(#${patternId(status)})`;
/** Narrower than this (percent of the track) a date's uncertain period is not drawn: under a pixel on a wide screen. */
const MIN_UNCERTAIN = 0.2;

/** The first day of a point's period and the day after its last: a date known to the year spans the year. */
function zone(point: TimelinePoint): [Date, Date] {
  return [periodStart(point.date, point.precision), new Date(periodEnd(point.date, point.precision).getTime() + DAY)];
}

/** The end of a bar that has not ended: the end of today. */
const endOfToday = (today: Date) => new Date(today.getTime() + DAY);

export interface AxisTick {
  date: Date;
  label: string;
}

/** Decades for the whole span, years in a decade, months in a year. */
export function axisTicks(window: TimelineWindow, locale: Locale, m: Messages): AxisTick[] {
  const ticks: AxisTick[] = [];
  const fromYear = window.from.getUTCFullYear();
  const toYear = window.to.getUTCFullYear();
  if (window.zoom.kind === "year") {
    const month = new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", { month: "short", timeZone: "UTC" });
    for (let index = 0; index < 12; index += 1) {
      const date = new Date(Date.UTC(fromYear, index, 1));
      ticks.push({ date, label: month.format(date) });
    }
  } else if (window.zoom.kind === "decade") {
    for (let year = fromYear; year < toYear; year += 1) {
      ticks.push({ date: new Date(Date.UTC(year, 0, 1)), label: fmt(m.timeline.year, { year }, locale) });
    }
  } else {
    // A short span (a partner's page) by years, a longer one by five years, the whole history by decades.
    const step = toYear - fromYear <= 12 ? 1 : toYear - fromYear <= 30 ? 5 : 10;
    for (let year = fromYear - (fromYear % step); year < toYear; year += step) {
      if (year >= fromYear) {
        ticks.push({ date: new Date(Date.UTC(year, 0, 1)), label: fmt(m.timeline.year, { year }, locale) });
      }
    }
  }
  return ticks;
}

// ── Words: the links' names and the table ────────────────────────────────────────────────────────────────────────

export function pointText(point: TimelinePoint, locale: Locale): string {
  return formatDate(point.date, locale, point.precision);
}

export function barLabel(bar: TimelineBar, m: Messages, locale: Locale, titles: ReadonlyMap<number, string>): string {
  const segments = bar.segments
    .map((segment) => {
      const status = m.enums.agreementStatus[segment.status];
      const from = pointText(segment.from, locale);
      const text = segment.to
        ? fmt(m.timeline.segment, { status, from, to: pointText(segment.to, locale) }, locale)
        : bar.end
          ? fmt(m.timeline.segment, { status, from, to: pointText(bar.end, locale) }, locale)
          : fmt(m.timeline.segmentOpen, { status, from }, locale);
      return segment.scope ? fmt(m.timeline.segmentScope, { segment: text, scope: segment.scope }, locale) : text;
    })
    .join("; ");
  const predecessor = bar.predecessorId === null ? undefined : titles.get(bar.predecessorId);
  const title = predecessor
    ? `${bar.title} (${fmt(m.timeline.successorOf, { title: predecessor }, locale)})`
    : bar.title;
  return bar.end
    ? fmt(m.timeline.barEnded, { title, segments, end: pointText(bar.end, locale) }, locale)
    : fmt(m.timeline.bar, { title, segments }, locale);
}

// ── The chart ────────────────────────────────────────────────────────────────────────────────────────────────────

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

function Track({
  line,
  window,
  today,
  m,
  locale,
}: {
  line: TimelineLine;
  window: TimelineWindow;
  today: Date;
  m: Messages;
  locale: Locale;
}) {
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

function overlapsWindow(from: Date, to: Date, window: TimelineWindow): boolean {
  return from < window.to && to > window.from;
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

export interface TimelineGroup {
  /** A heading above the group (the continent, when sorted by continent). */
  heading?: string;
  lines: readonly TimelineLine[];
}

/** Lines grouped under their continent when sorted by it; otherwise one group. */
export function groupByContinent(lines: readonly TimelineLine[], byContinent: boolean, m: Messages): TimelineGroup[] {
  if (!byContinent) return [{ lines }];
  const groups: { continent: Continent; lines: TimelineLine[] }[] = [];
  for (const line of lines) {
    const last = groups[groups.length - 1];
    if (last && last.continent === line.partner.continent) last.lines.push(line);
    else groups.push({ continent: line.partner.continent, lines: [line] });
  }
  return groups.map((group) => ({ heading: m.enums.continent[group.continent], lines: group.lines }));
}

export function TimelineChart({
  groups,
  window,
  today,
  m,
  locale,
  headingLevel = 3,
  showPartner = true,
}: {
  groups: readonly TimelineGroup[];
  window: TimelineWindow;
  today: Date;
  m: Messages;
  locale: Locale;
  headingLevel?: 2 | 3;
  /** The partner's name beside each line (not on the partner's own page). */
  showPartner?: boolean;
}) {
  const ticks = axisTicks(window, locale, m);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
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
                  <Track line={line} window={window} today={today} m={m} locale={locale} />
                </li>
              ))}
            </ul>
          </div>
        </div>
      ))}
    </div>
  );
}

/** The legend: each status's colour and pattern, and the other signs. */
export function TimelineLegend({ m }: { m: Messages }) {
  const swatch = (children: ReactNode) => (
    <svg width="28" height="14" aria-hidden="true" focusable="false" className={styles.swatch}>
      {children}
    </svg>
  );
  return (
    <ul className={styles.legend} aria-label={m.timeline.legend}>
      {DRAWN_STATUSES.map((status) => (
        <li key={status}>
          {swatch(<rect width="28" height="14" fill={fillOf(status)} data-status={status} />)}
          {m.enums.agreementStatus[status]}
        </li>
      ))}
      <li>
        {swatch(
          <>
            <rect y="0" width="12" height="14" fill={AGREEMENT_STATUS_COLORS.ACTIVE} />
            <rect x="12" width="3" height="14" fill={AGREEMENT_STATUS_COLORS.ENDED} />
          </>,
        )}
        {m.timeline.ended}
      </li>
      <li>
        {swatch(
          <>
            <rect width="28" height="14" fill={AGREEMENT_STATUS_COLORS.ACTIVE} />
            <rect x="8" width="12" height="14" fill={`url(#${UNCERTAIN_ID})`} />
          </>,
        )}
        {m.timeline.uncertain}
      </li>
      <li>
        {swatch(
          <>
            <circle cx="14" cy="7" r="6" fill="#fff" stroke="#1b1b1b" strokeWidth="2.5" />
            <circle cx="14" cy="7" r="2" fill="#1b1b1b" />
          </>,
        )}
        {m.timeline.activity}
      </li>
      <li>
        {swatch(<line x1="14" x2="14" y1="0" y2="14" className={styles.today} />)}
        {m.timeline.today}
      </li>
      <li>
        {swatch(
          <>
            <line x1="0" x2="28" y1="7" y2="7" className={styles.lineage} />
            <rect x="0" y="2" width="12" height="10" fill={AGREEMENT_STATUS_COLORS.ACTIVE} />
            <rect x="13" y="2" width="15" height="10" fill={AGREEMENT_STATUS_COLORS.SIGNED} />
          </>,
        )}
        {m.timeline.lineage}
      </li>
    </ul>
  );
}
