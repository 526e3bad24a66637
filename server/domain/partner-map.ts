// The partner map's rules that the page, the report and the tests share (issue 21): which of a partner's agreement
// statuses its marker shows, and the marker's shape per status, so that colour is never the only signal.
import type { AgreementStatus } from "./enums";

/**
 * A partner with several agreements is marked by the liveliest of them: one in force beats one being prepared, which
 * beats one that ended. (Dnipro's ended project partnership and its active partnership: active.)
 */
export const MAP_STATUS_PRECEDENCE: readonly AgreementStatus[] = [
  "ACTIVE",
  "SIGNED",
  "DORMANT",
  "SUSPENDED",
  "IN_NEGOTIATION",
  "PROPOSED",
  "ENDED",
];

/** The status a partner's marker shows: the first of MAP_STATUS_PRECEDENCE among its agreements, null for none. */
export function markerStatus(statuses: Iterable<AgreementStatus>): AgreementStatus | null {
  const held = new Set(statuses);
  return MAP_STATUS_PRECEDENCE.find((status) => held.has(status)) ?? null;
}

export type MarkerShape = "circle" | "square" | "diamond" | "triangleUp" | "triangleDown" | "cross" | "ring";

/** One shape per status (and "ring" for a partner without agreements): the legend, the map and the PDF use it. */
export const MARKER_SHAPES: Readonly<Record<AgreementStatus | "NONE", MarkerShape>> = {
  ACTIVE: "circle",
  SIGNED: "square",
  DORMANT: "triangleDown",
  SUSPENDED: "triangleUp",
  IN_NEGOTIATION: "diamond",
  PROPOSED: "diamond",
  ENDED: "cross",
  NONE: "ring",
};

/** Proposed agreements are drawn hollow (outline only), so they differ from those in negotiation by more than hue. */
export const HOLLOW_STATUSES: ReadonlySet<AgreementStatus | "NONE"> = new Set(["PROPOSED", "NONE"]);

/** The colour of a partner without agreements (the chart's grey for "none"). */
export const NO_AGREEMENT_COLOR = "#5c5f66";

/** The map's base colours (the PDF tests look for the land's pixels by this fill). */
export const MAP_COLORS = { land: "#d9dee4", landStroke: "#a9b3bd", sea: "#eef4fa", seaStroke: "#9fb3c8" } as const;
