"use client";
// Live updates (issue 20): listens to /api/live and, for each committed change, drops exactly the cached answers
// that can show it (server/domain/live.ts), so the dashboard, lists and pages refetch them, and re-renders the
// page's server parts. A dropped stream reconnects by itself (EventSource) and then refetches everything, which
// catches up with whatever changed meanwhile. Nobody editing a form is overwritten: forms keep what was typed, and
// a page being edited is not rendered again.
import { useQueryClient } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { routersAffectedBy, SERVER_RENDERED_PAGES } from "@/server/domain/live";
import { fmt } from "@/server/i18n/format";
import { useI18n } from "../_i18n/client";
import styles from "./live-updates.module.css";

// Changes committed together (a save writes one event per record) are applied together.
const REFRESH_DELAY_MS = 30;
const ANNOUNCE_EVERY_MS = 10_000;

/**
 * Whether the page's server-rendered parts must be rendered again: a record's own page loads the record on the
 * server (app/_lib/records.ts), a page with LiveServerRendered draws records on the server (the map); the dashboard
 * and the lists read everything else through the queries dropped above.
 * Never while someone edits: a new/edit page, or a form that has the focus. Pages drawn on the server from a router's
 * answer (SERVER_RENDERED_PAGES: the timeline) are rendered again when the change affects that router.
 */
function needsServerRender(pathname: string, routers: ReadonlySet<string>): boolean {
  const drawnOnServer = SERVER_RENDERED_PAGES.some(
    (page) => page.path.test(pathname) && (routers.has("*") || routers.has(page.router)),
  );
  // Its filter form keeps what was typed through a refresh (client state): no edit to protect.
  if (drawnOnServer) return true;
  const recordPage = /^\/[a-z-]+\/\d+/.test(pathname) && !/\/(new|edit)(\/|$)/.test(pathname);
  if (!recordPage && serverRenderedParts === 0) return false;
  return !document.activeElement?.closest("form");
}

/** How many parts drawn on the server from the data (the partner map) the page shows now. */
let serverRenderedParts = 0;

/**
 * Marks the page as showing a part drawn on the server from the records (the map on /map and on the dashboard, which
 * reads no query the browser could drop): while it is mounted, a change renders the page's server parts again.
 */
export function LiveServerRendered() {
  useEffect(() => {
    serverRenderedParts += 1;
    return () => {
      serverRenderedParts -= 1;
    };
  }, []);
  return null;
}

export function LiveUpdates() {
  const { locale, m } = useI18n();
  const queryClient = useQueryClient();
  const router = useRouter();
  const pathname = usePathname();
  const pathRef = useRef(pathname);
  pathRef.current = pathname;
  const [updatedAt, setUpdatedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    let refreshTimer: ReturnType<typeof setTimeout> | null = null;
    let lastAnnounced = 0;
    let interrupted = false;
    const pending = new Set<string>();

    const apply = () => {
      refreshTimer = null;
      const routers = new Set(pending);
      const everything = routers.has("*");
      pending.clear();
      void queryClient.invalidateQueries({
        predicate: (query) => {
          const path = query.queryKey[0];
          return everything || (Array.isArray(path) && routers.has(String(path[0])));
        },
      });
      if (needsServerRender(pathRef.current, routers)) router.refresh();
      const at = Date.now();
      setUpdatedAt(at);
      setNow(at);
      if (at - lastAnnounced >= ANNOUNCE_EVERY_MS) {
        lastAnnounced = at;
        setAnnouncement(m.live.announce);
      }
    };
    const schedule = (routers: readonly string[]) => {
      for (const name of routers) pending.add(name);
      refreshTimer ??= setTimeout(apply, REFRESH_DELAY_MS);
    };

    const source = new EventSource("/api/live");
    source.addEventListener("change", (event) => {
      try {
        const change = JSON.parse((event as MessageEvent<string>).data) as { entity: string };
        // When the last change arrived (browser tests measure the way from commit to screen with it).
        document.body.dataset.liveChangeAt = String(Date.now());
        schedule(routersAffectedBy(change.entity));
      } catch {}
    });
    // The server's feed was interrupted, or this stream was: anything may have changed.
    source.addEventListener("resync", () => schedule(["*"]));
    // <body data-live="on|off">: whether this page hears changes now (tests wait for it).
    source.addEventListener("hello", () => {
      if (interrupted) schedule(["*"]);
      interrupted = false;
      document.body.dataset.live = "on";
    });
    source.addEventListener("error", () => {
      interrupted = true;
      document.body.dataset.live = "off";
    });
    return () => {
      source.close();
      if (refreshTimer) clearTimeout(refreshTimer);
    };
  }, [queryClient, router, m.live.announce]);

  useEffect(() => {
    if (updatedAt === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [updatedAt]);

  const seconds = updatedAt === null ? 0 : Math.max(0, Math.floor((now - updatedAt) / 1000));
  return (
    <>
      {updatedAt === null ? null : (
        <p className={styles.hint} data-testid="live-updated">
          {seconds >= 60 ? m.live.updatedLong : fmt(m.live.updatedAgo, { seconds }, locale)}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
