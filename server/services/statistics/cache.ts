// The dashboard's figures, kept until a committed change makes them stale (issue 20). Computing them reads every
// agreement and the recent status changes and activities (tens of milliseconds of database work at country scale,
// ten times that at stress scale), while officials open the dashboard far more often than the data changes.
//
// - Every tRPC mutation of this process invalidates the cached figures once it has committed (server/trpc/init.ts),
//   so whoever changes something sees it on the dashboard at once.
// - Changes committed anywhere else (another app server on the same database, a CLI script) arrive through the change
//   feed (server/db/change-feed.ts) and invalidate them too, within the feed's delay (milliseconds).
// - While the feed is not connected nothing is cached for longer than STATISTICS_CACHE_SECONDS (default 10; 0
//   computes the figures on every request): without the feed a change elsewhere cannot be heard.
// - A new day recomputes them (quiet agreements and due milestones depend on the date).
// - Requests arriving while the figures are being computed share that computation.
import { changeFeedOf } from "../../db/change-feed";
import type { Db } from "../../db/prisma";
import { envValue } from "../../env";
import { today } from "../shared/dates";
import { type DashboardStatistics, getDashboard } from "./dashboard";

interface Entry {
  generation: number;
  day: number;
  at: number;
  figures: Promise<DashboardStatistics>;
}

/**
 * On globalThis, one per process: Next.js bundles this module into the API route and into each page on its own (each
 * copy with its own variables), and a change committed through /api/trpc must make every page's figures stale.
 * Entries are per database client (tests use several), so figures never travel between databases.
 */
const shared = globalThis as unknown as {
  statisticsCache?: { entries: WeakMap<Db, Entry>; generation: number; listening: WeakSet<Db> };
};
shared.statisticsCache ??= { entries: new WeakMap(), generation: 0, listening: new WeakSet() };
const state = shared.statisticsCache;
const entries = state.entries;

/**
 * Subscribes the cache to the database's change feed once: any committed change (or a gap in the feed) makes the
 * figures stale. Returns whether the feed is up, i.e. whether every change from now on will be heard.
 */
function listening(db: Db): boolean {
  const feed = changeFeedOf(db);
  if (!feed) return false;
  if (!state.listening.has(db)) {
    state.listening.add(db);
    feed.subscribe(() => {
      entries.delete(db);
    });
  }
  return feed.connected;
}

function cacheMilliseconds(): number {
  return envValue("STATISTICS_CACHE_SECONDS") * 1000;
}

/** Forget every cached figure: called after each committed change. */
export function invalidateStatistics(): void {
  state.generation++;
}

export function cachedDashboard(db: Db): Promise<DashboardStatistics> {
  const ttl = listening(db) ? Number.POSITIVE_INFINITY : cacheMilliseconds();
  if (ttl === 0) return getDashboard(db);
  const now = Date.now();
  const day = today().getTime();
  const cached = entries.get(db);
  if (cached && cached.generation === state.generation && cached.day === day && now - cached.at < ttl) {
    return cached.figures;
  }
  // The generation is taken before reading: a change committed while the figures are computed makes them stale at
  // once (its invalidation bumps the generation), so they are never kept past a change.
  // Likewise a change heard from the feed while they are computed deletes this entry, so the next request computes.
  const entry: Entry = { generation: state.generation, day, at: now, figures: getDashboard(db) };
  entries.set(db, entry);
  entry.figures.catch(() => {
    if (entries.get(db) === entry) entries.delete(db);
  });
  return entry.figures;
}
