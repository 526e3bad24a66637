// Reading the timeline (issue 21): which agreements match the agreement list's filters (the list's own condition,
// agreementWhere), grouped into lines, ordered and paged, then the history and activities of the page's agreements
// only. Two reads whatever the scale: the first a narrow row per matching agreement (its first status date), the
// second the details of at most TIMELINE_PAGE_SIZE lines.
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import type { DatePrecision } from "../../domain/enums";
import {
  parseZoom,
  TIMELINE_PAGE_SIZE,
  type TimelineOrder,
  type TTimelineQuery,
  type Zoom,
} from "../../lists/timeline";
import { agreementWhere, searchPartnerIds } from "../agreement/list";
import { today as cityToday } from "../shared/dates";
import {
  type AgreementHead,
  barOf,
  groupLines,
  type LineHead,
  orderLines,
  overlaps,
  type TimelineBar,
  type TimelineLine,
  type TimelineMark,
  type TimelinePartner,
  type TimelineWindow,
  windowOf,
} from "./compute";

export interface Timeline {
  window: TimelineWindow;
  /** The calendar day the bars that have not ended run to. */
  today: Date;
  /** The first and last year any matching line covers (for the zoom's choices); null when nothing matches. */
  span: { firstYear: number; lastYear: number } | null;
  lines: TimelineLine[];
  /** Lines in the window, over all pages. */
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
}

const headSelect = {
  id: true,
  predecessorId: true,
  partnerId: true,
  partnerContinent: true,
  status: true,
  statusSince: true,
  statusSincePrecision: true,
} satisfies Prisma.AgreementSelect;

const detailSelect = {
  id: true,
  title: true,
  type: true,
  status: true,
  predecessorId: true,
  partner: {
    select: { id: true, nameDe: true, nameEn: true, nameLocal: true, countryCode: true, continent: true },
  },
  statusChanges: {
    select: { toStatus: true, scope: true, effectiveOn: true, effectiveOnPrecision: true },
    orderBy: [{ effectiveOn: "asc" }, { recordedAt: "asc" }, { id: "asc" }],
  },
  activities: {
    select: { activity: { select: { id: true, title: true, type: true, startOn: true } } },
  },
} satisfies Prisma.AgreementSelect;

/**
 * A narrow row per matching agreement and the date of its first status (the bar's start): the first of each
 * agreement's status changes, found by one statement over the (agreementId, …) index rather than a join per row
 * (Prisma's nested take: 1 cost 0.4 s for 10,000 agreements).
 */
async function readHeads(db: Db, where: Prisma.AgreementWhereInput, today: Date): Promise<AgreementHead[]> {
  const rows = await db.agreement.findMany({ where, select: headSelect, orderBy: { id: "asc" } });
  const firsts = rows.length
    ? await db.$queryRaw<{ agreementId: number; effectiveOn: Date; effectiveOnPrecision: DatePrecision }[]>`
        SELECT DISTINCT ON ("agreementId") "agreementId", "effectiveOn", "effectiveOnPrecision"
        FROM "StatusChange" WHERE "agreementId" = ANY(${rows.map((row) => row.id)}::int[])
        ORDER BY "agreementId", "effectiveOn", id`
    : [];
  const firstOf = new Map(firsts.map((first) => [first.agreementId, first]));
  return rows.map((row) => {
    const first = firstOf.get(row.id);
    return {
      id: row.id,
      predecessorId: row.predecessorId,
      partnerId: row.partnerId,
      continent: row.partnerContinent,
      status: row.status,
      // Every agreement is created with its first status change; today stands in for one that has none.
      start: first
        ? { date: first.effectiveOn, precision: first.effectiveOnPrecision }
        : { date: today, precision: "DAY" },
      end: row.status === "ENDED" ? { date: row.statusSince ?? today, precision: row.statusSincePrecision } : null,
    };
  });
}

async function readLines(db: Db, heads: readonly LineHead[], today: Date): Promise<TimelineLine[]> {
  const ids = heads.flatMap((line) => line.agreementIds);
  if (!ids.length) return [];
  const rows = await db.agreement.findMany({ where: { id: { in: ids } }, select: detailSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return heads.flatMap((head) => {
    const agreements = head.agreementIds.map((id) => byId.get(id)).filter((row) => row !== undefined);
    const first = agreements[0];
    if (!first) return [];
    const bars: TimelineBar[] = agreements.map((row) =>
      barOf(row, row.statusChanges, { date: today, precision: "DAY" }),
    );
    const marks = new Map<number, TimelineMark>();
    for (const row of agreements) {
      for (const { activity } of row.activities) {
        if (marks.has(activity.id)) continue;
        marks.set(activity.id, {
          activityId: activity.id,
          title: activity.title,
          type: activity.type,
          date: activity.startOn,
          agreementId: row.id,
        });
      }
    }
    const partner: TimelinePartner = first.partner;
    return [
      {
        key: head.key,
        partner,
        start: head.start,
        end: head.end,
        status: head.status,
        bars,
        marks: [...marks.values()].sort((a, b) => a.date.getTime() - b.date.getTime() || a.activityId - b.activityId),
      },
    ];
  });
}

/** The lines of the agreements `where` selects, in the zoom's window, ordered, a page of them. */
export async function readTimeline(
  db: Db,
  where: Prisma.AgreementWhereInput,
  options: { zoom: Zoom; sort: TimelineOrder; page: number; pageSize: number; today?: Date },
): Promise<Timeline> {
  const today = options.today ?? cityToday();
  const lines = groupLines(await readHeads(db, where, today));
  const earliest = lines.reduce<Date | null>(
    (min, line) => (min === null || line.start.date < min ? line.start.date : min),
    null,
  );
  const window = windowOf(options.zoom, earliest, today);
  const shown = orderLines(
    lines.filter((line) => overlaps(line.start, line.end, window)),
    options.sort,
  );
  const pageCount = Math.max(1, Math.ceil(shown.length / options.pageSize));
  const page = Math.min(options.page, pageCount);
  const pageLines = shown.slice((page - 1) * options.pageSize, page * options.pageSize);
  const lastYear = lines.reduce(
    (max, line) => Math.max(max, (line.end?.date ?? today).getUTCFullYear()),
    Number.NEGATIVE_INFINITY,
  );
  return {
    window,
    today,
    span: earliest ? { firstYear: earliest.getUTCFullYear(), lastYear } : null,
    lines: await readLines(db, pageLines, today),
    total: shown.length,
    page,
    pageCount,
    pageSize: options.pageSize,
  };
}

/** The timeline page: the agreement list's filters, the zoom, the order, a page of TIMELINE_PAGE_SIZE lines. */
export async function getTimeline(db: Db, query: TTimelineQuery): Promise<Timeline> {
  const { zoom, sort, page, ...filters } = query;
  const where = agreementWhere(filters, await searchPartnerIds(db, filters.q));
  return readTimeline(db, where, { zoom: parseZoom(zoom), sort, page, pageSize: TIMELINE_PAGE_SIZE });
}

/** A partner's page: all of its lines, from its first agreement to today. */
export function getPartnerTimeline(db: Db, partnerId: number): Promise<Timeline> {
  return readTimeline(db, { partnerId }, { zoom: { kind: "all" }, sort: "start", page: 1, pageSize: 1_000 });
}
