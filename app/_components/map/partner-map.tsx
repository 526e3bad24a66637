// The partner map as drawn on the server (issue 21): the land and the markers are SVG in the page's HTML, so the map
// needs no JavaScript to show, print or be followed with the keyboard (every marker is a link: Tab reaches it, Enter
// opens the partner's page). MapInteraction (client) adds only the tooltip. Used by /map, the dashboard's card and
// the partnership report.
import { AGREEMENT_STATUS_COLORS } from "@/server/domain/agreement-status";
import { AGREEMENT_STATUSES, type AgreementStatus } from "@/server/domain/enums";
import { HOLLOW_STATUSES, MAP_COLORS, MARKER_SHAPES, NO_AGREEMENT_COLOR } from "@/server/domain/partner-map";
import { countryName, fmt, partnerName } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import type { Messages } from "@/server/i18n/messages";
import type { PartnerMap, PlacedPartner } from "@/server/services/partner/map";
import {
  type Bubble,
  MARKER_RADIUS,
  type Marker,
  mapLayout,
  type PanelLayout,
  panelBases,
  SPREAD_MAX,
} from "./geometry";
import styles from "./map.module.css";
import { MapInteraction } from "./map-interaction";
import { MarkerGlyph } from "./marker-shape";

type Key = AgreementStatus | "NONE";

function colorOf(key: Key): string {
  return key === "NONE" ? NO_AGREEMENT_COLOR : AGREEMENT_STATUS_COLORS[key];
}

function statusLabel(key: Key, m: Messages): string {
  return key === "NONE" ? m.map.noAgreement : m.enums.agreementStatus[key];
}

/** The local name where it differs from the name shown. */
function localName(partner: PlacedPartner, locale: Locale): string | null {
  return partner.nameLocal && partner.nameLocal !== partnerName(partner, locale) ? partner.nameLocal : null;
}

function MarkerLink({ marker, m, locale }: { marker: Marker; m: Messages; locale: Locale }) {
  const { partner } = marker;
  const key: Key = partner.status ?? "NONE";
  const name = partnerName(partner, locale);
  const local = localName(partner, locale);
  const country = countryName(partner.countryCode, locale);
  const status = statusLabel(key, m);
  const moved = marker.drawX !== marker.x || marker.drawY !== marker.y;
  return (
    <a
      href={`/partners/${partner.id}`}
      className={styles.marker}
      aria-label={fmt(m.map.marker, { name, local: local ?? "none", country, status }, locale)}
      data-partner-id={partner.id}
      data-status={key}
      data-tip-name={name}
      data-tip-local={local ?? undefined}
      data-tip-detail={`${country} · ${status}`}
    >
      {moved ? (
        <>
          <line className={styles.leader} x1={marker.x} y1={marker.y} x2={marker.drawX} y2={marker.drawY} />
          <circle className={styles.place} cx={marker.x} cy={marker.y} r={1.8} />
        </>
      ) : null}
      <g transform={`translate(${marker.drawX} ${marker.drawY})`}>
        <g className={styles.glyph}>
          <circle className={styles.focusRing} r={MARKER_RADIUS + 4.5} />
          <MarkerGlyph
            shape={MARKER_SHAPES[key]}
            r={MARKER_RADIUS}
            color={colorOf(key)}
            hollow={HOLLOW_STATUSES.has(key)}
          />
        </g>
      </g>
    </a>
  );
}

function BubbleLink({
  bubble,
  m,
  locale,
  query,
}: {
  bubble: Bubble;
  m: Messages;
  locale: Locale;
  query: URLSearchParams;
}) {
  const counts = new Map<Key, number>();
  for (const partner of bubble.partners) {
    const key: Key = partner.status ?? "NONE";
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // The bubble's colour and shape: its most frequent status.
  const [top] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ["NONE"];
  const countries = [...new Set(bubble.partners.map((partner) => partner.countryCode))];
  const places = countries.map((code) => countryName(code, locale)).join(", ");
  const statuses = [...counts]
    .map(([key, count]) => fmt(m.map.statusCount, { status: statusLabel(key, m), count }, locale))
    .join(", ");
  const href = new URLSearchParams(query);
  href.delete("country");
  for (const code of countries.slice(0, 50)) href.append("country", code);
  const label = fmt(m.map.bubble, { count: bubble.partners.length, places, statuses }, locale);
  return (
    <a
      href={`/agreements?${href}`}
      className={styles.marker}
      aria-label={label}
      data-bubble={bubble.partners.length}
      data-tip-name={fmt(m.map.bubbleTip, { count: bubble.partners.length }, locale)}
      data-tip-detail={`${places} · ${statuses}`}
    >
      <g transform={`translate(${bubble.x} ${bubble.y})`}>
        <circle className={styles.focusRing} r={bubble.radius + 4.5} />
        <circle r={bubble.radius} fill={colorOf(top)} stroke="#ffffff" strokeWidth={2} opacity={0.92} />
        <text className={styles.bubbleCount} textAnchor="middle" dominantBaseline="central">
          {bubble.partners.length}
        </text>
        {/* The most frequent status's shape as a badge, so the circle's colour is not its only sign of status. */}
        <g transform={`translate(${Math.round(bubble.radius * 0.75)} ${-Math.round(bubble.radius * 0.75)})`}>
          <MarkerGlyph
            shape={MARKER_SHAPES[top]}
            r={MARKER_RADIUS * 0.8}
            color={colorOf(top)}
            hollow={HOLLOW_STATUSES.has(top)}
          />
        </g>
      </g>
    </a>
  );
}

function Panel({
  layout,
  label,
  heading,
  m,
  locale,
  query,
}: {
  layout: PanelLayout;
  label: string;
  heading: string;
  m: Messages;
  locale: Locale;
  query: URLSearchParams;
}) {
  const base = panelBases()[layout.panel.id];
  const { width, height } = layout.panel;
  return (
    <div className={styles.panel} data-panel={layout.panel.id}>
      <p className={styles.panelHeading}>{heading}</p>
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG holding links is named as a group (no fieldset in SVG) */}
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className={styles.svg}
        role="group"
        aria-label={label}
        data-map-panel={layout.panel.id}
        data-markers={layout.markers.length}
        data-bubbles={layout.bubbles.length}
      >
        <g>
          {base.outline ? (
            <path className={styles.sea} fill={MAP_COLORS.sea} stroke={MAP_COLORS.seaStroke} d={base.outline} />
          ) : (
            <rect
              className={styles.sea}
              fill={MAP_COLORS.sea}
              stroke={MAP_COLORS.seaStroke}
              width={width}
              height={height}
            />
          )}
          <path
            className={styles.land}
            fill={MAP_COLORS.land}
            stroke={MAP_COLORS.landStroke}
            d={base.land}
            data-land="drawn"
          />
          {base.europeFrame ? <path className={styles.frame} d={base.europeFrame} /> : null}
          {base.frameLabel ? (
            <text
              className={styles.frameLabel}
              x={Math.round(base.frameLabel[0])}
              y={Math.round(base.frameLabel[1]) - 4}
            >
              {m.map.europeFrame}
            </text>
          ) : null}
        </g>
        {layout.bubbles.map((bubble) => (
          <BubbleLink key={`b${bubble.partners[0]?.id}`} bubble={bubble} m={m} locale={locale} query={query} />
        ))}
        {layout.markers.map((marker) => (
          <MarkerLink key={marker.partner.id} marker={marker} m={m} locale={locale} />
        ))}
      </svg>
    </div>
  );
}

/** The legend: every status's colour, shape and name. */
export function MapLegend({ m }: { m: Messages }) {
  const keys: Key[] = [...AGREEMENT_STATUSES, "NONE"];
  return (
    <div className={styles.legend}>
      <p className={styles.legendTitle}>{m.map.legend}</p>
      <ul>
        {keys.map((key) => (
          <li key={key}>
            <svg viewBox="-9 -9 18 18" width="18" height="18" aria-hidden="true">
              <MarkerGlyph shape={MARKER_SHAPES[key]} r={6} color={colorOf(key)} hollow={HOLLOW_STATUSES.has(key)} />
            </svg>
            {statusLabel(key, m)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Both panels, the legend and the note on crowded places. `query`: the agreement filters in force (a bubble opens
 * the agreement list with them and its countries). `interactive`: with the tooltip (not in the PDF).
 */
export function PartnerMapFigure({
  data,
  m,
  locale,
  query = new URLSearchParams(),
  interactive = true,
}: {
  data: PartnerMap;
  m: Messages;
  locale: Locale;
  query?: URLSearchParams;
  interactive?: boolean;
}) {
  const layout = mapLayout(data.placed);
  const panels = (
    <div className={styles.panels}>
      <Panel
        layout={layout.world}
        label={m.map.worldLabel}
        heading={m.map.worldHeading}
        m={m}
        locale={locale}
        query={query}
      />
      <Panel
        layout={layout.europe}
        label={m.map.europeLabel}
        heading={m.map.europeHeading}
        m={m}
        locale={locale}
        query={query}
      />
    </div>
  );
  const bases = panelBases();
  // Drawn (for the report's printer, app/reports/_components/report-ready.tsx) when both panels have their land.
  const drawn = bases.world.land.length > 0 && bases.europe.land.length > 0;
  return (
    <div
      className={styles.figure}
      data-partner-map=""
      data-placed={data.placed.length}
      data-chart-drawn={drawn ? "map" : undefined}
    >
      {interactive ? <MapInteraction>{panels}</MapInteraction> : panels}
      <MapLegend m={m} />
      <p className="small muted">{fmt(m.map.crowded, { max: SPREAD_MAX }, locale)}</p>
    </div>
  );
}
