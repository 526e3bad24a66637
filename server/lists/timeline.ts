// The timeline (/timeline, issue 21): the agreement list's filters with the same URL parameters (read and written by
// the agreement list's own reader and writer, so a link from the list means the same agreements here), and the
// timeline's own three: the zoom (?zoom=1980s a decade, ?zoom=2019 a year, none: everything), the order (?sort=start,
// continent or status) and the page of lines. Pure: the page, the client controls and the service import it.
import { z } from "zod";
import { ZPage, ZSearch } from "../schemas/common";
import { AGREEMENT_FILTERS, agreementList, type TAgreementListInput } from "./agreements";
import { filterFields, type SearchParamsLike } from "./define";

export const TIMELINE_ORDERS = ["start", "continent", "status"] as const;
export type TimelineOrder = (typeof TIMELINE_ORDERS)[number];

/** Lines (partnerships) drawn on one page of the timeline. */
export const TIMELINE_PAGE_SIZE = 25;

/** "1980s" (a decade) or "2019" (a year), years 1000 to 2199. */
export const ZTimelineZoom = z.string().regex(/^(1\d{2}0s|2[01]\d0s|1\d{3}|2[01]\d{2})$/);

export const ZTimelineInput = z.strictObject({
  ...filterFields(AGREEMENT_FILTERS),
  q: ZSearch,
  zoom: ZTimelineZoom.optional(),
  sort: z.enum(TIMELINE_ORDERS).default("start"),
  page: ZPage,
});
export type TTimelineInput = z.input<typeof ZTimelineInput>;
export type TTimelineQuery = z.output<typeof ZTimelineInput>;

/** The part of the input the agreement list's filters make up (what `agreementWhere` reads). */
export type TimelineFilters = Omit<TTimelineQuery, "zoom" | "sort" | "page">;

export type Zoom = { kind: "all" } | { kind: "decade"; decade: number } | { kind: "year"; year: number };

export function parseZoom(zoom: string | undefined): Zoom {
  if (!zoom || !ZTimelineZoom.safeParse(zoom).success) return { kind: "all" };
  return zoom.endsWith("s")
    ? { kind: "decade", decade: Number(zoom.slice(0, 4)) }
    : { kind: "year", year: Number(zoom) };
}

export function zoomParam(zoom: Zoom): string | undefined {
  if (zoom.kind === "decade") return `${zoom.decade}s`;
  if (zoom.kind === "year") return String(zoom.year);
  return undefined;
}

/** The timeline input a URL describes; values that are not valid are left out (as the list does). */
export function timelineInputFromSearchParams(params: SearchParamsLike): TTimelineInput {
  const { sort: _listSort, dir: _dir, page, ...filters } = agreementList.fromSearchParams(params);
  const zoom = params.get("zoom") ?? undefined;
  const sort = params.get("sort");
  return {
    ...filters,
    zoom: zoom && ZTimelineZoom.safeParse(zoom).success ? zoom : undefined,
    sort: (TIMELINE_ORDERS as readonly string[]).includes(sort ?? "") ? (sort as TimelineOrder) : undefined,
    page,
  };
}

/** The URL of the timeline showing `input` (the inverse of timelineInputFromSearchParams). */
export function timelineHref(input: TTimelineInput, path = "/timeline"): string {
  const { zoom, sort, page, ...filters } = input;
  const params = agreementList.toSearchParams(filters as Partial<TAgreementListInput>);
  if (zoom) params.set("zoom", zoom);
  if (sort && sort !== "start") params.set("sort", sort);
  if (page && page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
