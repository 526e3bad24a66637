// The timeline's shapes, computed from rows (pure: no database). A line is a partnership's life: the agreements
// linked by their predecessor (Dnipro's 2022 project partnership and the 2024 partnership that succeeded it) drawn as
// one line; each agreement is a bar from its first status to its end (ENDED) or today, cut into segments by its status
// history; activities linked to the line's agreements are marks on it. Dates keep their precision: a status known
// from "2022" starts in 2022, never on an invented day.
import { periodEnd, periodStart } from "../../domain/date-periods";
import type { AgreementStatus, AgreementType, Continent, DatePrecision } from "../../domain/enums";
import type { TimelineOrder, Zoom } from "../../lists/timeline";

/** A date as stored with how exactly it is known. */
export interface TimelinePoint {
  date: Date;
  precision: DatePrecision;
}

export interface TimelineSegment {
  status: AgreementStatus;
  /** What exactly is suspended or dormant. */
  scope: string | null;
  from: TimelinePoint;
  /** The next status's start; null: still so today. */
  to: TimelinePoint | null;
}

export interface TimelineBar {
  agreementId: number;
  title: string;
  type: AgreementType;
  status: AgreementStatus;
  predecessorId: number | null;
  start: TimelinePoint;
  /** When it ended (its ENDED status); null: it runs to today. */
  end: TimelinePoint | null;
  segments: TimelineSegment[];
}

export interface TimelineMark {
  activityId: number;
  title: string;
  type: string;
  date: Date;
  /** The line's agreement it is linked to (the first, if several). */
  agreementId: number;
}

export interface TimelinePartner {
  id: number;
  nameDe: string;
  nameEn: string;
  nameLocal: string | null;
  countryCode: string;
  continent: Continent;
}

export interface TimelineLine {
  /** The id of the line's first agreement. */
  key: number;
  partner: TimelinePartner;
  start: TimelinePoint;
  end: TimelinePoint | null;
  /** The status of its latest agreement now. */
  status: AgreementStatus;
  /** In order of their start. */
  bars: TimelineBar[];
  /** In order of their date. */
  marks: TimelineMark[];
}

/** What the order and the page need to know of every matching agreement (no titles, no history). */
export interface AgreementHead {
  id: number;
  predecessorId: number | null;
  partnerId: number;
  continent: Continent | null;
  status: AgreementStatus;
  start: TimelinePoint;
  end: TimelinePoint | null;
}

/** A line before its details are read: its agreements' ids and what it is ordered by. */
export interface LineHead {
  key: number;
  agreementIds: number[];
  continent: Continent | null;
  status: AgreementStatus;
  start: TimelinePoint;
  end: TimelinePoint | null;
}

/** The window of time drawn: [from, to), calendar dates as UTC midnight. */
export interface TimelineWindow {
  zoom: Zoom;
  from: Date;
  to: Date;
}

const utc = (year: number, month = 0, day = 1) => new Date(Date.UTC(year, month, day));

/** The agreements grouped into lines: connected by predecessor links among themselves. */
export function groupLines(heads: readonly AgreementHead[]): LineHead[] {
  const byId = new Map(heads.map((head) => [head.id, head]));
  const parent = new Map<number, number>();
  const root = (id: number): number => {
    let current = id;
    while (parent.has(current)) current = parent.get(current) as number;
    return current;
  };
  for (const head of heads) {
    if (head.predecessorId === null || !byId.has(head.predecessorId)) continue;
    const [a, b] = [root(head.id), root(head.predecessorId)];
    if (a !== b) parent.set(a, b);
  }
  const groups = new Map<number, AgreementHead[]>();
  for (const head of heads) {
    const key = root(head.id);
    const group = groups.get(key);
    if (group) group.push(head);
    else groups.set(key, [head]);
  }
  return [...groups.values()].map((members) => {
    members.sort((a, b) => a.start.date.getTime() - b.start.date.getTime() || a.id - b.id);
    const first = members[0] as AgreementHead;
    const last = members[members.length - 1] as AgreementHead;
    const ended = members.every((member) => member.end !== null);
    const end = ended
      ? (members.map((member) => member.end as TimelinePoint).sort((a, b) => b.date.getTime() - a.date.getTime())[0] ??
        null)
      : null;
    return {
      key: first.id,
      agreementIds: members.map((member) => member.id),
      continent: first.continent,
      status: last.status,
      start: first.start,
      end,
    };
  });
}

/** The window a zoom shows; "all" reaches from the decade of the earliest start to the end of this year. */
export function windowOf(zoom: Zoom, earliest: Date | null, today: Date): TimelineWindow {
  if (zoom.kind === "decade") return { zoom, from: utc(zoom.decade), to: utc(zoom.decade + 10) };
  if (zoom.kind === "year") return { zoom, from: utc(zoom.year), to: utc(zoom.year + 1) };
  const firstYear = (earliest ?? today).getUTCFullYear();
  return { zoom, from: utc(firstYear - (firstYear % 10)), to: utc(today.getUTCFullYear() + 1) };
}

/** Whether a line (or bar) from `start` to `end` (null: today) shows in the window. */
export function overlaps(start: TimelinePoint, end: TimelinePoint | null, window: TimelineWindow): boolean {
  return (
    periodStart(start.date, start.precision) < window.to &&
    (end === null || periodEnd(end.date, end.precision) >= window.from)
  );
}

const CONTINENT_ORDER = ["EUROPE", "AFRICA", "ASIA", "NORTH_AMERICA", "SOUTH_AMERICA", "OCEANIA"] as const;
const STATUS_ORDER = ["ACTIVE", "SIGNED", "DORMANT", "SUSPENDED", "IN_NEGOTIATION", "PROPOSED", "ENDED"] as const;

/** Lines ordered by start, or by continent (Europe first) or status (in force first), each then by start. */
export function orderLines(lines: LineHead[], order: TimelineOrder): LineHead[] {
  const byStart = (a: LineHead, b: LineHead) => a.start.date.getTime() - b.start.date.getTime() || a.key - b.key;
  const rank = (values: readonly string[], value: string | null) => {
    const index = value === null ? -1 : values.indexOf(value);
    return index === -1 ? values.length : index;
  };
  const first =
    order === "continent"
      ? (a: LineHead, b: LineHead) => rank(CONTINENT_ORDER, a.continent) - rank(CONTINENT_ORDER, b.continent)
      : order === "status"
        ? (a: LineHead, b: LineHead) => rank(STATUS_ORDER, a.status) - rank(STATUS_ORDER, b.status)
        : () => 0;
  return [...lines].sort((a, b) => first(a, b) || byStart(a, b));
}

/** A status change as read for the bar. */
export interface StatusRow {
  toStatus: AgreementStatus;
  scope: string | null;
  effectiveOn: Date;
  effectiveOnPrecision: DatePrecision;
}

/**
 * An agreement's bar from its status history (in the order it was recorded, which is the order of the dates: a
 * change may not be dated before the current status): a segment per status until ENDED, which ends the bar.
 */
export function barOf(
  agreement: {
    id: number;
    title: string;
    type: AgreementType;
    status: AgreementStatus;
    predecessorId: number | null;
  },
  changes: readonly StatusRow[],
  fallbackStart: TimelinePoint,
): TimelineBar {
  const point = (row: StatusRow): TimelinePoint => ({ date: row.effectiveOn, precision: row.effectiveOnPrecision });
  const segments: TimelineSegment[] = [];
  let end: TimelinePoint | null = null;
  for (const [index, row] of changes.entries()) {
    if (row.toStatus === "ENDED") {
      end = point(row);
      break;
    }
    const next = changes[index + 1];
    segments.push({ status: row.toStatus, scope: row.scope, from: point(row), to: next ? point(next) : null });
  }
  const first = changes[0];
  return {
    agreementId: agreement.id,
    title: agreement.title,
    type: agreement.type,
    status: agreement.status,
    predecessorId: agreement.predecessorId,
    start: first ? point(first) : fallbackStart,
    end,
    segments,
  };
}
