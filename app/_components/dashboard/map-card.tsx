// The dashboard's map card (issue 21): every partner on the server-drawn map, without filters; the full page (/map)
// adds the filters, the table and the partners without coordinates (named here by their count, not dropped).
import Link from "next/link";
import { fmt } from "@/server/i18n/format";
import { getMessages } from "../../_i18n/server";
import { serverCaller } from "../../_lib/trpc/server";
import { LiveServerRendered } from "../live-updates";
import { PartnerMapFigure } from "../map/partner-map";

export async function DashboardMapCard() {
  const [{ m, locale }, caller] = await Promise.all([getMessages(), serverCaller()]);
  const data = await caller.partner.map({});
  return (
    <section className="card" aria-labelledby="map-card-title" style={{ marginBottom: "1rem" }} data-testid="map-card">
      <LiveServerRendered />
      <h2 id="map-card-title">{m.map.cardTitle}</h2>
      <PartnerMapFigure data={data} m={m} locale={locale} />
      <p>
        {fmt(m.map.counts, { placed: data.placed.length, unplaced: data.unplaced.length }, locale)}.{" "}
        <Link href="/map">{m.map.cardLink}</Link>
      </p>
    </section>
  );
}
