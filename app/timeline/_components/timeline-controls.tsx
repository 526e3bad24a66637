// The timeline's zoom (everything, a decade, a year) and order, as links that keep the filters: the URL holds both.
import Link from "next/link";
import { fmt } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import type { Messages } from "@/server/i18n/messages";
import {
  parseZoom,
  TIMELINE_ORDERS,
  type TTimelineInput,
  timelineHref,
  type Zoom,
  zoomParam,
} from "@/server/lists/timeline";
import styles from "./timeline.module.css";

/**
 * A choice of a fixed width, wider than its words in Noto Sans and in its fallback: the choices then wrap onto the same
 * rows before and after the web font has loaded (a choice 4 px wider in the fallback had pushed a decade onto a third
 * row at 412 px, moving the chart when the font swapped in).
 */
function Choice({
  href,
  current,
  width,
  children,
}: {
  href: string;
  current: boolean;
  width: "year" | "decade" | "wide";
  children: string;
}) {
  const widthClass = { year: styles.choiceYear, decade: styles.choiceDecade, wide: styles.choiceWide }[width];
  return (
    <li>
      <Link
        href={href}
        className={`${styles.choice} ${widthClass}`}
        aria-current={current ? "true" : undefined}
        scroll={false}
      >
        {children}
      </Link>
    </li>
  );
}

export function TimelineControls({
  input,
  span,
  thisYear,
  m,
  locale,
}: {
  input: TTimelineInput;
  /** The years the matching lines cover. */
  span: { firstYear: number; lastYear: number } | null;
  thisYear: number;
  m: Messages;
  locale: Locale;
}) {
  const zoom = parseZoom(input.zoom);
  const at = (next: Zoom) => timelineHref({ ...input, zoom: zoomParam(next), page: undefined });
  const firstDecade = Math.floor(Math.min(span?.firstYear ?? thisYear, thisYear) / 10) * 10;
  const lastDecade = Math.floor(Math.max(span?.lastYear ?? thisYear, thisYear) / 10) * 10;
  const decades: number[] = [];
  for (let decade = firstDecade; decade <= lastDecade; decade += 10) decades.push(decade);
  const openDecade = zoom.kind === "decade" ? zoom.decade : zoom.kind === "year" ? zoom.year - (zoom.year % 10) : null;
  const decadeLabel = (decade: number) => fmt(m.timeline.decade, { decade }, locale);
  const yearLabel = (year: number) => fmt(m.timeline.year, { year }, locale);
  const sort = input.sort ?? "start";

  return (
    <div className={styles.controls}>
      <nav className={styles.control} aria-label={m.timeline.zoom}>
        <span className={styles.controlLabel} aria-hidden="true">
          {m.timeline.zoom}
        </span>
        <ul className={styles.choices}>
          <Choice href={at({ kind: "all" })} current={zoom.kind === "all"} width="wide">
            {m.timeline.zoomAll}
          </Choice>
          {decades.map((decade) => (
            <Choice
              key={decade}
              href={at({ kind: "decade", decade })}
              current={zoom.kind === "decade" && zoom.decade === decade}
              width="decade"
            >
              {decadeLabel(decade)}
            </Choice>
          ))}
        </ul>
      </nav>
      {openDecade !== null ? (
        <nav className={styles.control} aria-label={fmt(m.timeline.yearsOf, { decade: openDecade }, locale)}>
          <span className={styles.controlLabel} aria-hidden="true">
            {fmt(m.timeline.yearsOf, { decade: openDecade }, locale)}
          </span>
          <ul className={styles.choices}>
            {Array.from({ length: 10 }, (_, index) => openDecade + index)
              .filter((year) => year <= Math.max(thisYear, span?.lastYear ?? thisYear))
              .map((year) => (
                <Choice
                  key={year}
                  href={at({ kind: "year", year })}
                  current={zoom.kind === "year" && zoom.year === year}
                  width="year"
                >
                  {yearLabel(year)}
                </Choice>
              ))}
          </ul>
        </nav>
      ) : null}
      <nav className={styles.control} aria-label={m.timeline.order}>
        <span className={styles.controlLabel} aria-hidden="true">
          {m.timeline.order}
        </span>
        <ul className={styles.choices}>
          {TIMELINE_ORDERS.map((order) => (
            <Choice
              key={order}
              href={timelineHref({ ...input, sort: order, page: undefined })}
              current={sort === order}
              width="wide"
            >
              {m.timeline.orders[order]}
            </Choice>
          ))}
        </ul>
      </nav>
    </div>
  );
}
