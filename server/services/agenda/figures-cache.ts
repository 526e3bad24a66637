// The dashboard's agenda figures, kept like the dashboard's statistics (../statistics/cache.ts): computing them reads
// every dated record (1–2 s at country scale), so they are computed at most every STATISTICS_CACHE_SECONDS, again on a
// new day, and at once after any change this process commits (the statistics cache's generation, bumped by every
// tRPC mutation, is read from the same globalThis object).
import type { Db } from "../../db/prisma";
import { envValue } from "../../env";
import { today } from "../shared/dates";
import { invalidateStatistics } from "../statistics/cache";
import { getAgendaFigures } from "./agenda";
import type { AgendaFigures } from "./compute";

interface Entry {
  generation: number;
  day: number;
  at: number;
  figures: Promise<AgendaFigures>;
}

const shared = globalThis as unknown as {
  agendaFiguresCache?: WeakMap<Db, Entry>;
  statisticsCache?: { generation: number };
};
shared.agendaFiguresCache ??= new WeakMap();
const entries = shared.agendaFiguresCache;
// Importing the statistics cache creates its shared state (with the generation) if nothing has yet.
void invalidateStatistics;

export function cachedAgendaFigures(db: Db): Promise<AgendaFigures> {
  const ttl = envValue("STATISTICS_CACHE_SECONDS") * 1000;
  if (ttl === 0) return getAgendaFigures(db);
  const generation = shared.statisticsCache?.generation ?? 0;
  const now = Date.now();
  const day = today().getTime();
  const cached = entries.get(db);
  if (cached && cached.generation === generation && cached.day === day && now - cached.at < ttl) return cached.figures;
  const entry: Entry = { generation, day, at: now, figures: getAgendaFigures(db) };
  entries.set(db, entry);
  entry.figures.catch(() => {
    if (entries.get(db) === entry) entries.delete(db);
  });
  return entry.figures;
}
