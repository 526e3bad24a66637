// The dashboard's figures, kept until a committed change makes them stale (../shared/until-change.ts). Computing them
// is one statement over counters the database keeps (./dashboard.ts: ~2 ms of database work at any scale); kept, an
// answer costs a memory lookup.
import { cachedUntilChange } from "../shared/until-change";
import { getDashboard } from "./dashboard";

export const cachedDashboard = cachedUntilChange("statistics", getDashboard);
