// Print page of the partnership report (PDF kind "partnership-report"): a title page with the selection in words,
// the dashboard (its key figures and charts, each chart with its data table), and the agreements of the selection.
// The selection is the agreements list's URL filter (?status=…&type=…&area=…&from=…&to=…&q=…&sort=…&dir=…).
import type { Metadata } from "next";
import { Dashboard } from "@/app/_components/dashboard/dashboard";
import { DrawAllCharts } from "@/app/_components/dashboard/lazy-charts";
import { UnplacedPartners } from "@/app/_components/map/map-table";
import { PartnerMapFigure } from "@/app/_components/map/partner-map";
import { getMessages } from "@/app/_i18n/server";
import { HydrateClient, prefetch, serverCaller, trpc } from "@/app/_lib/trpc/server";
import { loadPartnershipReport } from "@/server/export/report-data";
import { agreementFilterInWords } from "@/server/export/report-filter";
import { fmt } from "@/server/i18n/format";
import { reportMessagesFor } from "@/server/i18n/messages";
import { agreementList } from "@/server/lists/agreements";
import { type PageSearchParams, toUrlSearchParams } from "@/server/lists/define";
import type { TWorkingGroupListInput } from "@/server/lists/working-groups";
import { AgreementTable } from "../_components/agreement-table";
import { ReportReady } from "../_components/report-ready";
import { TitlePage } from "../_components/title-page";
import { reportContext } from "../_lib/report-context";

export const dynamic = "force-dynamic";

/** The dashboard's charts (ChartCards) and the map: the page is ready to print once at least these are drawn. */
const DASHBOARD_CHARTS = 5;
const CHARTS = DASHBOARD_CHARTS + 1;

// The input of the dashboard's working-group list, as dashboard.tsx asks for it. Its own WORKING_GROUPS_INPUT cannot
// be used here: exports of a "use client" module reach a server component as client references, not as the objects.
// Should they ever differ, the dashboard fetches its list itself, and ReportReady waits for that.
const WORKING_GROUPS_INPUT: TWorkingGroupListInput = { sort: "updatedAt", dir: "desc", pageSize: 5 };

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getMessages();
  return { title: reportMessagesFor(locale).partnershipReport };
}

export default async function PartnershipReportPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { locale, m, r, asOf, preparedFor } = await reportContext();
  const { page: _page, ...input } = agreementList.fromSearchParams(toUrlSearchParams(await searchParams));
  const caller = await serverCaller();
  const [data, map] = await Promise.all([
    loadPartnershipReport(caller, input),
    caller.partner.map(input),
    prefetch(trpc.statistics.dashboard.queryOptions()),
    prefetch(trpc.agreement.pinned.queryOptions()),
    prefetch(trpc.workingGroup.list.queryOptions(WORKING_GROUPS_INPUT)),
  ]);
  const filter = agreementFilterInWords(input, { locale, m, r, areas: data.areas });
  const count = fmt(r.agreementCount, { count: data.total }, locale);

  return (
    <article className="report">
      <TitlePage
        r={r}
        title={r.partnershipReport}
        subtitle={r.partnershipReportSubtitle}
        asOf={asOf}
        preparedFor={preparedFor}
      >
        <section className="report-title-page__selection" aria-labelledby="selection-title">
          <h2 id="selection-title">{r.selection}</h2>
          <ul>
            {filter.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="small">
            {count}, {filter.order}
          </p>
        </section>
      </TitlePage>

      <section className="report-chapter report-dashboard">
        {/* Before the dashboard, not after it: a note at the end was left alone on a page of its own. */}
        <p className="small muted report-note">{r.figuresNote}</p>
        <HydrateClient>
          <DrawAllCharts>
            <Dashboard />
          </DrawAllCharts>
        </HydrateClient>
      </section>

      <section className="report-chapter" aria-labelledby="map-report-title">
        <h1 id="map-report-title">{m.map.title}</h1>
        <p className="small">
          {m.map.intro} {map.filtered ? m.map.filteredHint : null}
        </p>
        {/* A chart box like the dashboard's: ReportReady waits for its drawn mark (the land and markers are in the
            server's HTML, so it is there at once), and the PDF tests look for the land's and markers' pixels in it. */}
        <div className="chart-box report-map" style={{ height: "auto" }} data-testid="report-map">
          <PartnerMapFigure data={map} m={m} locale={locale} interactive={false} />
        </div>
        <UnplacedPartners data={map} m={m} locale={locale} />
      </section>

      <section className="report-chapter" aria-labelledby="selected-title">
        <h1 id="selected-title">{r.selectedAgreements}</h1>
        <p>
          {count} · {filter.lines.join(" · ")}
        </p>
        {data.agreements.length < data.total ? (
          <p className="small">{fmt(r.truncated, { shown: data.agreements.length, total: data.total }, locale)}</p>
        ) : null}
        {data.agreements.length ? (
          <AgreementTable items={data.agreements} caption={r.selectedAgreements} locale={locale} m={m} r={r} />
        ) : (
          <p>{m.common.noEntries}</p>
        )}
      </section>

      <ReportReady charts={CHARTS} />
    </article>
  );
}
