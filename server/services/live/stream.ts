// One browser's live stream (issue 20): the change feed's events as Server-Sent Events, filtered by what the user
// may see. An event names the kind of record and its id, never names or field values; a viewer's stream leaves out
// the ids of people and accounts. A comment line every HEARTBEAT_MS keeps proxies from closing an idle stream, and
// the session is checked again every SESSION_CHECK_MS: a signed-out or deactivated user's stream ends. Both run on
// timers shared by all streams of the process.
import type { Actor } from "../../auth/actor";
import { hasRole } from "../../auth/roles";
import type { ChangeFeed, FeedEvent } from "../../db/change-feed";
import { PERSONAL_ENTITIES } from "../../domain/live";

export const HEARTBEAT_MS = 20_000;
export const SESSION_CHECK_MS = 60_000;

/**
 * One timer per period for all open streams of this process (not two per stream): a server holding a thousand
 * streams runs two intervals. A period's timer starts with its first callback and stops with its last.
 */
const periodic = new Map<number, { timer: NodeJS.Timeout; callbacks: Set<() => void> }>();

function every(periodMs: number, callback: () => void): () => void {
  let entry = periodic.get(periodMs);
  if (!entry) {
    const callbacks = new Set<() => void>();
    const timer = setInterval(() => {
      for (const each of callbacks) each();
    }, periodMs);
    timer.unref();
    entry = { timer, callbacks };
    periodic.set(periodMs, entry);
  }
  const { callbacks, timer } = entry;
  callbacks.add(callback);
  return () => {
    callbacks.delete(callback);
    if (callbacks.size === 0 && periodic.get(periodMs)?.timer === timer) {
      clearInterval(timer);
      periodic.delete(periodMs);
    }
  };
}

/** How many timers the open streams hold (for the test that there are not two per stream). */
export function liveTimerCount(): number {
  return periodic.size;
}

/**
 * Session checks of all streams, a few at a time: at the shared tick a thousand streams must not ask the database a
 * thousand questions at once.
 */
const SESSION_CHECKS_AT_ONCE = 8;
const pendingChecks: (() => Promise<void>)[] = [];
let runningChecks = 0;

function queueSessionCheck(check: () => Promise<void>): void {
  pendingChecks.push(check);
  while (runningChecks < SESSION_CHECKS_AT_ONCE && pendingChecks.length > 0) {
    const next = pendingChecks.shift() as () => Promise<void>;
    runningChecks++;
    void next().finally(() => {
      runningChecks--;
      const following = pendingChecks.shift();
      if (following) queueSessionCheck(following);
    });
  }
}

export interface LiveStreamOptions {
  actor: Actor;
  feed: ChangeFeed;
  signal: AbortSignal;
  stillSignedIn: () => Promise<boolean>;
  heartbeatMs?: number;
  sessionCheckMs?: number;
}

/** What the user is told of one feed event, as an SSE message; null when they are told nothing. */
export function sseMessage(event: FeedEvent, actor: Actor): string | null {
  if (event.kind === "resync") return "event: resync\ndata: {}\n\n";
  if (event.entity === "USER" && !hasRole(actor.role, "ADMIN")) return null;
  const hideId = PERSONAL_ENTITIES.has(event.entity) && !hasRole(actor.role, "EDITOR");
  const data = hideId ? { entity: event.entity } : { entity: event.entity, id: event.entityId };
  return `id: ${event.id}\nevent: change\ndata: ${JSON.stringify(data)}\n\n`;
}

export function liveStream(options: LiveStreamOptions): Response {
  const { actor, feed, signal } = options;
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const unsubscribe = feed.subscribe((event) => {
        const message = sseMessage(event, actor);
        if (message) send(message);
      });
      const stopHeartbeat = every(options.heartbeatMs ?? HEARTBEAT_MS, () => send(": ping\n\n"));
      const stopSessionCheck = every(options.sessionCheckMs ?? SESSION_CHECK_MS, () =>
        queueSessionCheck(async () => {
          if (!open) return;
          const yes = await options.stillSignedIn().catch(() => true);
          if (!yes) close();
        }),
      );
      function close() {
        if (!open) return;
        open = false;
        unsubscribe();
        stopHeartbeat();
        stopSessionCheck();
        signal.removeEventListener("abort", close);
        try {
          controller.close();
        } catch {}
      }
      cleanup = close;
      signal.addEventListener("abort", close);
      // The browser reconnects 1 s after a drop; "connected" tells it whether the feed is up now.
      send(`retry: 1000\nevent: hello\ndata: ${JSON.stringify({ feed: feed.connected })}\n\n`);
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
