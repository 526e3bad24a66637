// The change feed: every committed change, told by PostgreSQL to every app server on the database (issue 20).
//
// Each change writes its audit event in its own transaction, and a trigger on the audit trail sends NOTIFY
// "record_changes" (migration change_feed). PostgreSQL delivers a notification only when its transaction commits,
// so a rolled-back change tells nobody, and every listening connection, on this server or another, hears it.
// One listening connection per process and database; caches (server/services/shared/until-change.ts) and the
// browsers' streams (app/api/live) subscribe to it. While it is not connected, nobody may rely on it: `connected`
// is false and the caches fall back to computing; after a reconnect a "resync" tells subscribers that changes may
// have been missed.
import pg from "pg";
import type { Db } from "./prisma";

export const CHANGE_CHANNEL = "record_changes";
/**
 * A session was ended or changed, or an account changed (migration session_notify): the servers drop the sessions
 * they keep in memory (server/auth/session.ts). No payload: ending sessions is rare, checking one again is cheap.
 */
export const SESSION_CHANNEL = "session_changes";

/** A committed change as the audit trail recorded it: which record, what was done. Never names or field values. */
export interface RecordChange {
  kind: "change";
  /** The audit event's id: increasing, so a stream can say which change it delivered last. */
  id: number;
  entity: string;
  entityId: string;
  action: string;
}

/** The feed was interrupted (or just connected): anything may have changed meanwhile. */
export interface Resync {
  kind: "resync";
}

export type FeedEvent = RecordChange | Resync;
export type FeedListener = (event: FeedEvent) => void;

const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 5_000;
/**
 * A listening connection that dies silently (a firewall's or NAT's idle timeout, a failover) reports nothing: the
 * feed would think itself connected while hearing nothing, and kept sessions and answers would outlive changes made
 * on other servers. So it is asked every HEARTBEAT_MS and counted as lost when it does not answer within
 * HEARTBEAT_TIMEOUT_MS (TCP keepalive besides).
 */
const HEARTBEAT_MS = 10_000;
const HEARTBEAT_TIMEOUT_MS = 5_000;

export class ChangeFeed {
  #client: pg.Client | null = null;
  #listeners = new Set<FeedListener>();
  #sessionListeners = new Set<() => void>();
  #connected = false;
  #closed = false;
  #retryMs = RETRY_MIN_MS;
  #timer: NodeJS.Timeout | null = null;
  #heartbeat: NodeJS.Timeout | null = null;
  #ready: Promise<void>;
  #resolveReady!: () => void;

  readonly #heartbeatMs: number;

  constructor(
    private readonly connectionString: string,
    options: { heartbeatMs?: number } = {},
  ) {
    this.#heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
    this.#ready = new Promise((resolve) => {
      this.#resolveReady = resolve;
    });
    void this.#connect();
  }

  /** True while the listening connection is up: every change committed from now on will be heard. */
  get connected(): boolean {
    return this.#connected;
  }

  /** Resolves once the feed has connected for the first time (tests wait for it). */
  ready(): Promise<void> {
    return this.#ready;
  }

  subscribe(listener: FeedListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /**
   * `listener` is called when a session or an account changed (committed anywhere), and whenever the feed connects or
   * is lost: then something may have changed unheard.
   */
  subscribeSessions(listener: () => void): () => void {
    this.#sessionListeners.add(listener);
    return () => {
      this.#sessionListeners.delete(listener);
    };
  }

  get subscribers(): number {
    return this.#listeners.size;
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    if (this.#heartbeat) clearInterval(this.#heartbeat);
    this.#connected = false;
    const client = this.#client;
    this.#client = null;
    await client?.end().catch(() => {});
  }

  #emit(event: FeedEvent): void {
    if (event.kind === "resync") this.#sessionsChanged();
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error("[change-feed] a subscriber failed:", error);
      }
    }
  }

  #sessionsChanged(): void {
    for (const listener of this.#sessionListeners) {
      try {
        listener();
      } catch (error) {
        console.error("[change-feed] a session subscriber failed:", error);
      }
    }
  }

  async #connect(): Promise<void> {
    if (this.#closed) return;
    const client = new pg.Client({
      connectionString: this.connectionString,
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
      keepAliveInitialDelayMillis: this.#heartbeatMs,
    });
    // A connection that fails after it was up: from now on nothing is heard, so say so and connect again.
    const lost = () => {
      if (this.#client !== client) return;
      this.#client = null;
      this.#connected = false;
      if (this.#heartbeat) clearInterval(this.#heartbeat);
      this.#heartbeat = null;
      client.removeAllListeners("end");
      client.end().catch(() => {});
      this.#emit({ kind: "resync" });
      this.#retry();
    };
    client.on("error", lost);
    client.on("end", lost);
    client.on("notification", (message) => {
      if (message.channel === SESSION_CHANNEL) return this.#sessionsChanged();
      if (message.channel !== CHANGE_CHANNEL || !message.payload) return;
      const change = parseChange(message.payload);
      if (change) this.#emit(change);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${SESSION_CHANNEL}`);
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
      if (this.#closed) {
        await client.end().catch(() => {});
        return;
      }
      this.#client = client;
      this.#connected = true;
      this.#retryMs = RETRY_MIN_MS;
      this.#heartbeat = setInterval(() => void this.#beat(client, lost), this.#heartbeatMs);
      this.#heartbeat.unref();
      // Changes committed before LISTEN took effect were not heard: whoever cached something must drop it.
      this.#emit({ kind: "resync" });
      this.#resolveReady();
    } catch {
      client.removeAllListeners();
      await client.end().catch(() => {});
      this.#retry();
    }
  }

  /** Asks the listening connection for an answer; none within HEARTBEAT_TIMEOUT_MS counts as a lost connection. */
  async #beat(client: pg.Client, lost: () => void): Promise<void> {
    let timeout: NodeJS.Timeout | undefined;
    const answered = await Promise.race([
      client.query("SELECT 1").then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => {
        timeout = setTimeout(() => resolve(false), Math.min(HEARTBEAT_TIMEOUT_MS, this.#heartbeatMs));
      }),
    ]);
    clearTimeout(timeout);
    if (!answered) lost();
  }

  #retry(): void {
    if (this.#closed || this.#timer) return;
    const wait = this.#retryMs;
    this.#retryMs = Math.min(this.#retryMs * 2, RETRY_MAX_MS);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#connect();
    }, wait);
    this.#timer.unref();
  }
}

export function parseChange(payload: string): RecordChange | null {
  try {
    const value = JSON.parse(payload) as Partial<RecordChange>;
    if (typeof value.id !== "number" || typeof value.entity !== "string") return null;
    return {
      kind: "change",
      id: value.id,
      entity: value.entity,
      entityId: String(value.entityId ?? ""),
      action: String(value.action ?? ""),
    };
  } catch {
    return null;
  }
}

/** The feed that belongs to a database client, if one was attached (the app's client always has one). */
const shared = globalThis as unknown as { changeFeeds?: WeakMap<Db, ChangeFeed> };
shared.changeFeeds ??= new WeakMap();
const feeds = shared.changeFeeds;

export function attachChangeFeed(db: Db, connectionString: string): ChangeFeed {
  let feed = feeds.get(db);
  if (!feed) {
    feed = new ChangeFeed(connectionString);
    feeds.set(db, feed);
  }
  return feed;
}

export function changeFeedOf(db: Db): ChangeFeed | undefined {
  return feeds.get(db);
}

/**
 * Whether every change to `db` from now on will be heard: its feed is attached and connected. The first time a
 * cache asks for `db` (`subscribed` remembers it), `subscribe` attaches the cache's listener to the feed.
 */
export function heardFrom(db: Db, subscribed: WeakSet<Db>, subscribe: (feed: ChangeFeed) => void): boolean {
  const feed = feeds.get(db);
  if (!feed) return false;
  if (!subscribed.has(db)) {
    subscribed.add(db);
    subscribe(feed);
  }
  return feed.connected;
}
