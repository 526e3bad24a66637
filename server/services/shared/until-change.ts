// Answers kept until a committed change makes them stale (issue 20): the dashboard's statistics, the agenda's
// figures. Each is expensive to compute (it reads every agreement or every dated record) and asked for far more often
// than the data changes.
//
// - Every tRPC mutation of this process drops all of them once it has committed (server/trpc/init.ts), so whoever
//   changes something sees it at once.
// - Changes committed anywhere else (another app server on the same database, a CLI script) arrive through the change
//   feed (server/db/change-feed.ts) and drop them too, within the feed's delay (milliseconds). A gap in the feed (a
//   reconnect) drops them as well: changes in the gap were not heard.
// - While the feed is not connected nothing is kept for longer than STATISTICS_CACHE_SECONDS (default 10; 0 computes
//   on every request): without the feed a change elsewhere cannot be heard.
// - A new day computes them again (due dates and quiet agreements depend on the date).
// - Requests arriving while an answer is being computed share that computation.
import { changeFeedOf, heardFrom } from "../../db/change-feed";
import type { Db } from "../../db/prisma";
import { envValue } from "../../env";
import { today } from "./dates";

/** The day (today()'s time) of the current minute: the date in Cologne changes only at a full minute. */
let dayOf: { minute: number; day: number } | undefined;
function currentDay(): number {
  const minute = Math.floor(Date.now() / 60_000);
  if (dayOf?.minute !== minute) dayOf = { minute, day: today().getTime() };
  return dayOf.day;
}

interface Entry {
  generation: number;
  day: number;
  at: number;
  /** The answer's promise, or a read's notes (notesUntilChange). */
  value: unknown;
}

/**
 * On globalThis, one per process: Next.js bundles this module into the API route and into each page on its own (each
 * copy with its own variables), and a change committed through /api/trpc must make every page's copy stale.
 * Entries are per cache name and database client (tests use several), so answers never travel between databases.
 */
const shared = globalThis as unknown as {
  untilChangeCache?: { entries: Map<string, WeakMap<Db, Entry>>; generation: number; listening: WeakSet<Db> };
};
shared.untilChangeCache ??= { entries: new Map(), generation: 0, listening: new WeakSet() };
const state = shared.untilChangeCache;

function entriesOf(name: string): WeakMap<Db, Entry> {
  let entries = state.entries.get(name);
  if (!entries) {
    entries = new WeakMap();
    state.entries.set(name, entries);
  }
  return entries;
}

/**
 * Subscribes to the database's change feed once per database: any committed change (or a gap in the feed) drops every
 * cached answer for that database. Returns whether the feed is up, i.e. whether every change from now on is heard.
 */
function listening(db: Db): boolean {
  return heardFrom(db, state.listening, (feed) =>
    feed.subscribe(() => {
      for (const entries of state.entries.values()) entries.delete(db);
    }),
  );
}

/** Drops every cached answer: called after each change this process commits. */
export function invalidateCachedAnswers(): void {
  state.generation++;
}

/** `compute` wrapped so that its answer per database is kept until a change makes it stale (see above). */
export function cachedUntilChange<T>(name: string, compute: (db: Db) => Promise<T>): (db: Db) => Promise<T> {
  return (db) => {
    // 0 keeps nothing, feed or not (the benchmark's "computed every request" figure measures the computation).
    const seconds = envValue("STATISTICS_CACHE_SECONDS");
    const ttl = seconds === 0 ? 0 : listening(db) ? Number.POSITIVE_INFINITY : seconds * 1000;
    if (ttl === 0) return compute(db);
    const entries = entriesOf(name);
    const now = Date.now();
    const day = currentDay();
    const cached = entries.get(db);
    if (cached && cached.generation === state.generation && cached.day === day && now - cached.at < ttl) {
      return cached.value as Promise<T>;
    }
    // The generation is taken before reading: a change committed while the answer is computed makes it stale at once
    // (its invalidation bumps the generation), so it is never kept past a change. Likewise a change heard from the
    // feed meanwhile deletes this entry, so the next request computes again.
    const value = compute(db);
    const entry: Entry = { generation: state.generation, day, at: now, value };
    entries.set(db, entry);
    value.catch(() => {
      if (entries.get(db) === entry) entries.delete(db);
    });
    return value;
  };
}

/** How many read answers one database's cache keeps (the least recently used go first). */
const MAX_READS = 200;

const readShared = globalThis as unknown as { untilChangeReads?: WeakMap<Db, Map<string, Entry>> };
readShared.untilChangeReads ??= new WeakMap();
const reads = readShared.untilChangeReads;

function readsOf(db: Db): Map<string, Entry> {
  let entries = reads.get(db);
  if (!entries) {
    entries = new Map();
    reads.set(db, entries);
    // A change anywhere (or a gap in the feed) drops them all.
    changeFeedOf(db)?.subscribe(() => entries?.clear());
  }
  return entries;
}

/**
 * The value kept by `key` for this database if it is still fresh (no change since, the same day), else a new one
 * from `make`, kept from now on (the least recently used entry out beyond MAX_READS). `fresh` says which.
 */
function kept<T>(db: Db, key: string, make: () => T): { value: T; fresh: boolean; drop: () => void } {
  const entries = readsOf(db);
  const day = currentDay();
  const cached = entries.get(key);
  if (cached && cached.generation === state.generation && cached.day === day) {
    // Most recently used last: the first key is the one to drop.
    entries.delete(key);
    entries.set(key, cached);
    return { value: cached.value as T, fresh: true, drop: () => {} };
  }
  const entry: Entry = { generation: state.generation, day, at: Date.now(), value: make() };
  entries.set(key, entry);
  if (entries.size > MAX_READS) entries.delete(entries.keys().next().value as string);
  const drop = () => {
    if (entries.get(key) === entry) entries.delete(key);
  };
  return { value: entry.value as T, fresh: false, drop };
}

/**
 * A read's answer kept by `key` (the procedure and its input) until a committed change or the next day, like the
 * figures above, but only while the change feed is connected: without it a change made elsewhere cannot be heard,
 * so the read is made each time (never an answer older than a change). Only for reads whose answer depends on
 * nothing but audited records, the input and the day (every change to such a record writes an audit event, and
 * the feed tells of each).
 */
export function cachedRead<T>(db: Db, key: string, read: () => Promise<T>): Promise<T> {
  if (!listening(db)) return read();
  const { value, fresh, drop } = kept(db, key, read);
  if (!fresh) value.catch(drop);
  return value;
}

/**
 * What a read learned and later reads may use (a list's page boundaries: server/services/shared/seek-page.ts), kept
 * by `key` exactly as the answers above: dropped at any committed change, a gap in the feed or a new day; null while
 * the feed is not connected (then nothing may be relied on). A read that started before a change may still write
 * into the object it was given; that object is no longer handed out.
 */
export function notesUntilChange<T extends object>(db: Db, key: string, create: () => T): T | null {
  if (!listening(db)) return null;
  // Beside the answers, under keys no procedure has (a procedure's path holds no colon).
  return kept(db, `notes:${key}`, create).value;
}
