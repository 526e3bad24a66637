// The dashboard's agenda figures (overdue, due within 30 days), kept until a committed change makes them stale, like
// the dashboard's statistics (../shared/until-change.ts): computing them reads every dated record (1–2 s at country
// scale).
import { cachedUntilChange } from "../shared/until-change";
import { getAgendaFigures } from "./agenda";

export const cachedAgendaFigures = cachedUntilChange("agenda-figures", getAgendaFigures);
