import { fmt } from "@/server/i18n/format";
import { type PageSearchParams, toUrlSearchParams } from "@/server/lists/define";
import { timelineInputFromSearchParams } from "@/server/lists/timeline";
import { titledBy } from "../_components/form-page";
import { Pagination } from "../_components/pagination";
import { getMessages } from "../_i18n/server";
import { HydrateClient, prefetch, serverCaller, trpc } from "../_lib/trpc/server";
import { AgreementFilters } from "../agreements/_components/agreement-filters";
import { TimelineChart } from "./_components/timeline-chart";
import { TimelineControls } from "./_components/timeline-controls";
import { axisTicks, TimelineDefs, TimelineLegend } from "./_components/timeline-shapes";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.timeline.title);

/**
 * The timeline (issue 21): read on the server from timeline.list and drawn into the page's HTML; the chart is given
 * the page's lines once, as data (timeline-chart.tsx), and builds the table alternative from them when it is opened.
 * A change elsewhere renders it again (SERVER_RENDERED_PAGES).
 */
export default async function TimelinePage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const input = timelineInputFromSearchParams(toUrlSearchParams(await searchParams));
  const [{ m, locale }, api] = await Promise.all([getMessages(), serverCaller()]);
  const [timeline] = await Promise.all([
    api.timeline.list(input),
    prefetch(trpc.cooperationArea.list.queryOptions()),
    prefetch(trpc.partner.countries.queryOptions()),
  ]);

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{m.timeline.title}</h1>
          <p className="muted">{m.timeline.intro}</p>
        </div>
      </div>
      <HydrateClient>
        <AgreementFilters />
      </HydrateClient>
      <section className="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title">
          {timeline.window.zoom.kind === "year"
            ? fmt(m.timeline.chartLabelYear, { year: timeline.window.zoom.year }, locale)
            : fmt(
                m.timeline.chartLabel,
                { from: timeline.window.from.getUTCFullYear(), to: timeline.window.to.getUTCFullYear() - 1 },
                locale,
              )}
        </h2>
        <TimelineControls
          input={input}
          span={timeline.span}
          thisYear={timeline.today.getUTCFullYear()}
          m={m}
          locale={locale}
        />
        <TimelineDefs />
        <TimelineLegend m={m} />
        <p className="small" data-testid="timeline-count">
          {fmt(m.timeline.count, { count: timeline.total }, locale)}
        </p>
        {timeline.lines.length ? (
          <TimelineChart
            lines={timeline.lines}
            window={timeline.window}
            today={timeline.today}
            ticks={axisTicks(timeline.window, locale, m)}
            byContinent={input.sort === "continent"}
          >
            {timeline.pageCount > 1 ? (
              <Pagination page={timeline.page} pageCount={timeline.pageCount} total={timeline.total} />
            ) : null}
          </TimelineChart>
        ) : (
          <p>{m.timeline.empty}</p>
        )}
      </section>
    </>
  );
}
