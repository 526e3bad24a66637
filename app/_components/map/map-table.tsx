// The map's data as a table and the partners the map cannot place (issue 21): the same partners, for screen readers,
// keyboard users and reading exact values. Server-rendered with the map. Links without prefetch: each visible one
// would make Next.js render its dynamic page in advance (as on the dashboard, docs/PERFORMANCE.md).
import Link from "next/link";
import { countryName, fmt, formatNumber, partnerName } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import type { Messages } from "@/server/i18n/messages";
import type { MapPartner, PartnerMap } from "@/server/services/partner/map";
import { AgreementStatusBadge } from "../badges";
import { TableHead } from "../table-head";
import { inEurope } from "./geometry";

/**
 * At country scale (5,000 partners) the page lists at most this many partners in its table and this many without
 * coordinates beside the map, and says how many more there are: the partner list (paginated) has them all. A table of
 * 5,000 rows made the page 6.7 MB of HTML.
 */
export const MAP_TABLE_LIMIT = 500;
export const UNPLACED_LIMIT = 50;

function NameCell({ partner, locale }: { partner: MapPartner; locale: Locale }) {
  const name = partnerName(partner, locale);
  return (
    <td className="list-table__name">
      <Link prefetch={false} href={`/partners/${partner.id}`}>
        {name}
      </Link>
    </td>
  );
}

/** The partners without coordinates, listed beside the map. */
export function UnplacedPartners({ data, m, locale }: { data: PartnerMap; m: Messages; locale: Locale }) {
  return (
    <section className="card" aria-labelledby="map-unplaced-title" data-testid="map-unplaced">
      <h2 id="map-unplaced-title">{m.map.unplacedTitle}</h2>
      {data.unplaced.length ? (
        <>
          <p className="small">{m.map.unplacedIntro}</p>
          <ul>
            {data.unplaced.slice(0, UNPLACED_LIMIT).map((partner) => (
              <li key={partner.id}>
                <Link prefetch={false} href={`/partners/${partner.id}`}>
                  {partnerName(partner, locale)}
                </Link>{" "}
                <span className="small muted">({countryName(partner.countryCode, locale)})</span>
              </li>
            ))}
          </ul>
          {data.unplaced.length > UNPLACED_LIMIT ? (
            <p className="small">
              {fmt(m.map.unplacedMore, { count: data.unplaced.length - UNPLACED_LIMIT }, locale)}{" "}
              <Link prefetch={false} href="/partners">
                {m.map.partnerList}
              </Link>
            </p>
          ) : null}
        </>
      ) : (
        <p className="small">{m.map.unplacedNone}</p>
      )}
    </section>
  );
}

export function MapTable({ data, m, locale }: { data: PartnerMap; m: Messages; locale: Locale }) {
  const all = [...data.placed, ...data.unplaced];
  const rows = all.slice(0, MAP_TABLE_LIMIT);
  return (
    <section className="card" aria-labelledby="map-table-title">
      <h2 id="map-table-title">{m.map.tableTitle}</h2>
      <div className="table-wrap">
        <table className="list-table" aria-labelledby="map-table-title" data-testid="map-table">
          <TableHead
            heads={[
              m.common.partner,
              m.map.localName,
              m.common.country,
              m.common.status,
              m.map.agreements,
              m.map.coordinates,
              m.map.panel,
            ]}
          />
          <tbody>
            {rows.map((partner) => {
              const placed = "latitude" in partner ? (partner as (typeof data.placed)[number]) : null;
              return (
                <tr key={partner.id} data-partner-id={partner.id}>
                  <NameCell partner={partner} locale={locale} />
                  <td data-label={m.map.localName}>
                    {partner.nameLocal ? <span className="local-name">{partner.nameLocal}</span> : m.common.none}
                  </td>
                  <td data-label={m.common.country}>{countryName(partner.countryCode, locale)}</td>
                  <td data-label={m.common.status}>
                    {partner.status ? <AgreementStatusBadge status={partner.status} /> : m.map.noAgreement}
                  </td>
                  <td data-label={m.map.agreements}>{formatNumber(partner.agreements, locale)}</td>
                  <td data-label={m.map.coordinates}>
                    {placed
                      ? fmt(m.map.coordinateValue, { latitude: placed.latitude, longitude: placed.longitude }, locale)
                      : m.map.unplacedTitle}
                  </td>
                  <td data-label={m.map.panel}>
                    {placed ? (inEurope(placed) ? m.map.europeHeading : m.map.worldHeading) : m.common.none}
                  </td>
                </tr>
              );
            })}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={7}>{m.map.empty}</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <p className="small muted">
        {fmt(m.map.counts, { placed: data.placed.length, unplaced: data.unplaced.length }, locale)}
      </p>
      {all.length > rows.length ? (
        <p className="small" data-testid="map-table-limited">
          {fmt(m.map.tableLimited, { shown: rows.length, total: all.length }, locale)}{" "}
          <Link prefetch={false} href="/partners">
            {m.map.partnerList}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
