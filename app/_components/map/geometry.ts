// The partner map's drawing, computed on the server (issue 21): the land from Natural Earth (npm world-atlas, shipped
// with the app: no tiles, no web service), projected with d3-geo once per process and kept (it never changes), and
// the partners' markers laid out in two panels — the world, and Europe at a larger scale, where most partners are —
// with crowded places grouped: a few close markers are spread around their place (each still its own link, with a
// line to where it is); in a dense region the partners are counted in sized circles, one per grid cell. Pure but for
// the cached land.
import { type GeoPermissibleObjects, type GeoProjection, geoConicConformal, geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import land50 from "world-atlas/land-50m.json";
import land110 from "world-atlas/land-110m.json";
import type { PlacedPartner } from "@/server/services/partner/map";

export interface Panel {
  id: "world" | "europe";
  width: number;
  height: number;
}

export const WORLD: Panel = { id: "world", width: 800, height: 410 };
export const EUROPE: Panel = { id: "europe", width: 520, height: 440 };

/** Europe's panel: the partners within these longitudes and latitudes are drawn there, the rest on the world. */
export const EUROPE_BOUNDS = { west: -12, east: 46, south: 34, north: 64 } as const;

/** A marker's radius in the panel's units; the panels are scaled to the page, the markers with them. */
export const MARKER_RADIUS = 6;
/** Up to this many markers of a group are spread around its place; a crowd of more is counted in circles. */
export const SPREAD_MAX = 8;

function boundsOutline(): GeoJSON.Polygon {
  const { west, east, south, north } = EUROPE_BOUNDS;
  const ring: [number, number][] = [];
  for (let lon = west; lon <= east; lon += 2) ring.push([lon, south]);
  for (let lon = east; lon >= west; lon -= 2) ring.push([lon, north]);
  ring.push([west, south]);
  // Clockwise in d3's spherical sense (the small area inside), as d3-geo wants polygons.
  return { type: "Polygon", coordinates: [ring.reverse()] };
}

function projectionFor(panel: Panel): GeoProjection {
  if (panel.id === "world") {
    return geoNaturalEarth1().fitExtent(
      [
        [4, 4],
        [panel.width - 4, panel.height - 4],
      ],
      { type: "Sphere" },
    );
  }
  const { west, east, south, north } = EUROPE_BOUNDS;
  return geoConicConformal()
    .rotate([-(west + east) / 2, 0])
    .parallels([42, 60])
    .fitExtent(
      [
        [8, 8],
        [panel.width - 8, panel.height - 8],
      ],
      {
        type: "MultiPoint",
        coordinates: [
          [west, south],
          [east, south],
          [west, north],
          [east, north],
          [(west + east) / 2, north],
        ],
      },
    )
    .clipExtent([
      [0, 0],
      [panel.width, panel.height],
    ]);
}

const projections = { world: projectionFor(WORLD), europe: projectionFor(EUROPE) };

function landOf(topology: unknown): GeoPermissibleObjects {
  const topo = topology as unknown as Topology<{ land: GeometryCollection }>;
  return feature(topo, topo.objects.land);
}

export interface PanelBase {
  /** The land as one SVG path. */
  land: string;
  /** The sphere's outline (the world) or nothing. */
  outline: string | null;
  /** On the world: Europe's panel's frame, and where its label goes (above the frame's north-west corner). */
  europeFrame: string | null;
  frameLabel: [number, number] | null;
}

let baseCache: Record<Panel["id"], PanelBase> | null = null;

/** The land of both panels, projected once per process: 110m for the world, 50m for Europe's larger scale. */
export function panelBases(): Record<Panel["id"], PanelBase> {
  if (baseCache) return baseCache;
  const world = geoPath(projections.world).digits(0);
  const europe = geoPath(projections.europe).digits(0);
  baseCache = {
    world: {
      land: world(landOf(land110)) ?? "",
      outline: world({ type: "Sphere" }),
      europeFrame: world(boundsOutline()),
      frameLabel: projections.world([EUROPE_BOUNDS.west, EUROPE_BOUNDS.north]) ?? null,
    },
    europe: { land: europe(landOf(land50)) ?? "", outline: null, europeFrame: null, frameLabel: null },
  };
  return baseCache;
}

export function inEurope(partner: { latitude: number; longitude: number }): boolean {
  const { west, east, south, north } = EUROPE_BOUNDS;
  return (
    partner.longitude >= west && partner.longitude <= east && partner.latitude >= south && partner.latitude <= north
  );
}

/** A partner's marker: where it is, and where it is drawn (moved out of a crowd). */
export interface Marker {
  partner: PlacedPartner;
  /** The place itself. */
  x: number;
  y: number;
  /** Where the marker is drawn (the place, or spread around a crowded place). */
  drawX: number;
  drawY: number;
}

/** A place where many partners crowd: one circle with their count. */
export interface Bubble {
  partners: PlacedPartner[];
  x: number;
  y: number;
  radius: number;
}

export interface PanelLayout {
  panel: Panel;
  markers: Marker[];
  bubbles: Bubble[];
}

const round = (value: number) => Math.round(value * 10) / 10;

interface Point {
  partner: PlacedPartner;
  x: number;
  y: number;
}

interface Group {
  members: Point[];
  x: number;
  y: number;
}

/** The radius of the circle the members of a spread group are drawn on. */
function spreadRadius(n: number): number {
  return Math.max(2.2 * MARKER_RADIUS, (n * (2 * MARKER_RADIUS + 3)) / (2 * Math.PI));
}

function bubbleRadius(n: number): number {
  return Math.min(24, MARKER_RADIUS + 2 * Math.sqrt(n));
}

/** How far from its centre a group draws: one marker, a spread circle of markers, or a bubble. */
function extent(group: Group): number {
  const n = group.members.length;
  if (n === 1) return MARKER_RADIUS;
  return n > SPREAD_MAX ? bubbleRadius(n) : spreadRadius(n) + MARKER_RADIUS;
}

/** The largest extent (a spread group of SPREAD_MAX): groups further apart than twice this never touch. */
const MAX_EXTENT = Math.max(spreadRadius(SPREAD_MAX) + MARKER_RADIUS, bubbleRadius(Number.MAX_SAFE_INTEGER));

/** The side of the grid cells that gather a dense region's partners into one counted circle each. */
export const BUBBLE_CELL = 48;

/**
 * Merges groups that would draw over each other, until none do: two groups touch when their centres are closer than
 * their extents (plus a gap). A merge that would make a group of more than SPREAD_MAX is not made: both groups are
 * dense instead and leave the merging (their partners are counted in circles, gatherBubbles), so that a crowd never
 * chains a whole region into one group. Neighbours are found through a grid of cells two of the largest extents wide.
 */
function mergeCrowds(groups: Group[]): { spread: Group[]; dense: Point[] } {
  const cell = 2 * MAX_EXTENT + 3;
  let current = groups;
  const dense: Point[] = [];
  for (let round = 0; round < 50; round += 1) {
    const grid = new Map<string, number[]>();
    current.forEach((group, index) => {
      const key = `${Math.floor(group.x / cell)},${Math.floor(group.y / cell)}`;
      const list = grid.get(key);
      if (list) list.push(index);
      else grid.set(key, [index]);
    });
    const parent = current.map((_, index) => index);
    const size = current.map((group) => group.members.length);
    const crowded = current.map(() => false);
    const find = (i: number): number => {
      while (parent[i] !== i) {
        const up = parent[i] as number;
        parent[i] = parent[up] as number;
        i = up;
      }
      return i;
    };
    let changed = false;
    current.forEach((group, index) => {
      const cx = Math.floor(group.x / cell);
      const cy = Math.floor(group.y / cell);
      for (let dx = -1; dx <= 1; dx += 1) {
        for (let dy = -1; dy <= 1; dy += 1) {
          for (const other of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (other <= index) continue;
            const second = current[other] as Group;
            if (Math.hypot(group.x - second.x, group.y - second.y) >= extent(group) + extent(second) + 3) continue;
            const a = find(index);
            const b = find(other);
            if (a === b) continue;
            changed = true;
            if (crowded[a] || crowded[b] || (size[a] as number) + (size[b] as number) > SPREAD_MAX) {
              crowded[a] = true;
              crowded[b] = true;
            } else {
              parent[b] = a;
              size[a] = (size[a] as number) + (size[b] as number);
            }
          }
        }
      }
    });
    if (!changed) break;
    const joined = new Map<number, Point[]>();
    current.forEach((group, index) => {
      const root = find(index);
      if (crowded[root]) dense.push(...group.members);
      else joined.set(root, [...(joined.get(root) ?? []), ...group.members]);
    });
    current = [...joined.values()].map((members) => ({
      members,
      x: members.reduce((sum, m) => sum + m.x, 0) / members.length,
      y: members.reduce((sum, m) => sum + m.y, 0) / members.length,
    }));
  }
  return { spread: current, dense };
}

/**
 * The dense regions' partners, counted in circles: one per grid cell of BUBBLE_CELL, at its partners' mean place. A
 * group of markers that a circle would cover joins it.
 */
function gatherBubbles(dense: readonly Point[], spread: Group[]): { bubbles: Bubble[]; rest: Group[] } {
  const cells = new Map<string, Point[]>();
  for (const point of dense) {
    const key = `${Math.floor(point.x / BUBBLE_CELL)},${Math.floor(point.y / BUBBLE_CELL)}`;
    const list = cells.get(key);
    if (list) list.push(point);
    else cells.set(key, [point]);
  }
  const gathered = [...cells.values()].map((points) => ({
    points,
    x: points.reduce((sum, p) => sum + p.x, 0) / points.length,
    y: points.reduce((sum, p) => sum + p.y, 0) / points.length,
  }));
  const rest: Group[] = [];
  for (const group of spread) {
    const covering = gathered.find(
      (bubble) =>
        Math.hypot(bubble.x - group.x, bubble.y - group.y) < bubbleRadius(bubble.points.length) + extent(group),
    );
    if (covering) covering.points.push(...group.members);
    else rest.push(group);
  }
  const bubbles = gathered.map((bubble) => ({
    partners: bubble.points.map((point) => point.partner),
    x: round(bubble.x),
    y: round(bubble.y),
    radius: round(bubbleRadius(bubble.points.length)),
  }));
  return { bubbles, rest };
}

/**
 * Groups the partners of a panel where their markers would cover each other (mergeCrowds): a group of one stays
 * where it is, up to SPREAD_MAX are spread on a circle around their centre (each still its own marker, with a line
 * to its place), dense regions are counted in circles (gatherBubbles). Markers and bubbles come west to east (the
 * keyboard's order).
 */
export function layoutPanel(panel: Panel, partners: readonly PlacedPartner[]): PanelLayout {
  const projection = projections[panel.id];
  const points: Group[] = [];
  for (const partner of partners) {
    const point = projection([partner.longitude, partner.latitude]);
    if (!point) continue;
    const [x, y] = point;
    points.push({ x, y, members: [{ partner, x, y }] });
  }
  const merged = mergeCrowds(points);
  const { bubbles, rest } = gatherBubbles(merged.dense, merged.spread);
  const markers: Marker[] = [];
  for (const group of rest) {
    const n = group.members.length;
    if (n === 1) {
      const only = group.members[0] as Point;
      markers.push({
        partner: only.partner,
        x: round(only.x),
        y: round(only.y),
        drawX: round(only.x),
        drawY: round(only.y),
      });
      continue;
    }
    // Spread on a circle large enough that neighbours do not touch, starting at the top, in the order of direction.
    const spread = spreadRadius(n);
    const ordered = [...group.members].sort(
      (a, b) => Math.atan2(a.y - group.y, a.x - group.x) - Math.atan2(b.y - group.y, b.x - group.x),
    );
    ordered.forEach((member, index) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * index) / n;
      markers.push({
        partner: member.partner,
        x: round(member.x),
        y: round(member.y),
        drawX: round(group.x + spread * Math.cos(angle)),
        drawY: round(group.y + spread * Math.sin(angle)),
      });
    });
  }
  markers.sort((a, b) => a.drawX - b.drawX || a.drawY - b.drawY);
  bubbles.sort((a, b) => a.x - b.x || a.y - b.y);
  return { panel, markers, bubbles };
}

/** Both panels' layouts: Europe's partners in its panel, the others on the world. */
export function mapLayout(partners: readonly PlacedPartner[]): { world: PanelLayout; europe: PanelLayout } {
  return {
    world: layoutPanel(
      WORLD,
      partners.filter((partner) => !inEurope(partner)),
    ),
    europe: layoutPanel(EUROPE, partners.filter(inEurope)),
  };
}
