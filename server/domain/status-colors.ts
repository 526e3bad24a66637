// Colours of the statuses that have no lifecycle table of their own; one place for charts and legends.
// Agreement status colours live beside the transition table (agreement-status.ts).
import type { AreaLinkStatus, MilestoneStatus } from "./enums";

export const AREA_LINK_STATUS_COLORS: Readonly<Record<AreaLinkStatus, string>> = {
  PLANNED: "#7d8a99",
  ACTIVE: "#1f6f3a",
  DORMANT: "#b3861b",
  ENDED: "#343a40",
};

export const MILESTONE_STATUS_COLORS: Readonly<Record<MilestoneStatus, string>> = {
  OPEN: "#7d8a99",
  IN_PROGRESS: "#1c5fa8",
  DONE: "#1f6f3a",
  CANCELLED: "#343a40",
};

/** Charts with a single series (decades, continents). */
export const SERIES_COLOR = "#b3001b";
