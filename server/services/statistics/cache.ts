// The dashboard's figures, kept until a committed change makes them stale (../shared/until-change.ts). Computing them
// reads every agreement and the recent status changes and activities (tens of milliseconds of database work at
// country scale, ten times that at stress scale).
import { cachedUntilChange } from "../shared/until-change";
import { getDashboard } from "./dashboard";

export const cachedDashboard = cachedUntilChange("statistics", getDashboard);
