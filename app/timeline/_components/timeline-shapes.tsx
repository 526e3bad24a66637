// The timeline's shapes and words, shared by the server (the legend, the patterns, the axis's labels) and the browser
// (the chart, app/timeline/_components/timeline-chart.tsx, and its table): geometry in percent of a track's width,
// the status fills (each status's colour from the one table, AGREEMENT_STATUS_COLORS, with a pattern of its own, so
// colour is never the only signal) and the bars' accessible names. Dates known only to the year or month span their
// whole period, never an invented day.
import type { ReactNode } from "react";
import { AGREEMENT_STATUS_COLORS } from "@/server/domain/agreement-status";
import { periodEnd, periodStart } from "@/server/domain/date-periods";
import type { AgreementStatus, Continent } from "@/server/domain/enums";
import { fmt, formatDate } from "@/server/i18n/format";
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
export const UNCERTAIN_ID = "timeline-uncertain";

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
export function position(window: TimelineWindow, date: Date): number {
  const span = window.to.getTime() - window.from.getTime();
  const value = ((date.getTime() - window.from.getTime()) / span) * 100;
  return Math.min(100, Math.max(0, value));
}
export const pct = (value: number) => `${value.toFixed(2)}%`;
/** A status's fill: its colour, under its pattern (ACTIVE: the colour alone). */
export const fillOf = (status: AgreementStatus) =>
  status === "ACTIVE" || status === "ENDED" ? AGREEMENT_STATUS_COLORS[status] : `url(#${patternId(status)})`;
/** Narrower than this (percent of the track) a date's uncertain period is not drawn: under a pixel on a wide screen. */
export const MIN_UNCERTAIN = 0.2;

/** The first day of a point's period and the day after its last: a date known to the year spans the year. */
export function zone(point: TimelinePoint): [Date, Date] {
  return [periodStart(point.date, point.precision), new Date(periodEnd(point.date, point.precision).getTime() + DAY)];
}

/** The end of a bar that has not ended: the end of today. */
export const endOfToday = (today: Date) => new Date(today.getTime() + DAY);

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

export function overlapsWindow(from: Date, to: Date, window: TimelineWindow): boolean {
  return from < window.to && to > window.from;
}

// ── Groups and the legend ─────────────────────────────────────────────────────────────────────────────────────────

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
