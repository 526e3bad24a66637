// The partner map (issue 21): drawn on the server from the agreement list's filters in the URL; the filter panel is
// the list's, and a change of filters renders the map again. Live updates re-render it (LiveServerRendered).

import { fmt } from "@/server/i18n/format";
import { agreementList } from "@/server/lists/agreements";
import { type PageSearchParams, toUrlSearchParams } from "@/server/lists/define";
import { titledBy } from "../_components/form-page";
import { LiveServerRendered } from "../_components/live-updates";
import styles from "../_components/map/map.module.css";
import { MapTable, UnplacedPartners } from "../_components/map/map-table";
import { PartnerMapFigure } from "../_components/map/partner-map";
import { getMessages } from "../_i18n/server";
import { HydrateClient, prefetch, serverCaller, trpc } from "../_lib/trpc/server";
import { AgreementFilters } from "../agreements/_components/agreement-filters";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.map.title);

/** The agreement filters the map applies, as URL parameters (a bubble opens the agreement list with them). */
const FILTER_NAMES = ["q", "status", "type", "area", "areaStatus", "country", "continent", "from", "to"];

export default async function MapPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const params = toUrlSearchParams(await searchParams);
  const input = agreementList.fromSearchParams(params);
  const [{ m, locale }, caller] = await Promise.all([getMessages(), serverCaller()]);
  const [data] = await Promise.all([
    caller.partner.map(input),
    prefetch(trpc.cooperationArea.list.queryOptions()),
    prefetch(trpc.partner.countries.queryOptions()),
  ]);
  const query = new URLSearchParams([...params].filter(([name]) => FILTER_NAMES.includes(name)));
  return (
    <>
      <LiveServerRendered />
      <div className="page-header">
        <div>
          <h1>{m.map.title}</h1>
          <p>{m.map.intro}</p>
        </div>
      </div>
      <HydrateClient>
        <AgreementFilters listOnly={false} />
      </HydrateClient>
      <p className="small" data-testid="map-counts">
        {fmt(m.map.counts, { placed: data.placed.length, unplaced: data.unplaced.length }, locale)}
        {data.filtered ? ` ${m.map.filteredHint}` : null}
      </p>
      <div className={styles.layout}>
        <section className="card" aria-labelledby="map-title">
          <h2 id="map-title" className="visually-hidden">
            {m.map.title}
          </h2>
          <PartnerMapFigure data={data} m={m} locale={locale} query={query} />
        </section>
        <UnplacedPartners data={data} m={m} locale={locale} />
      </div>
      <MapTable data={data} m={m} locale={locale} />
    </>
  );
}
