// Whether the database answers, for proxy.ts: a page request while it is away gets 503 with a page saying so, as
// tRPC and the exports do, instead of a 500 from deep inside the page. Asked at most once a second per process
// (concurrent requests share the answer), over one connection of its own that gives up after two seconds.
import pg from "pg";
import { envValue } from "../env";

const PROBE_INTERVAL_MS = 1_000;
const PROBE_TIMEOUT_MS = 2_000;

interface Probe {
  url: string;
  at: number;
  reachable: Promise<boolean>;
  pool: pg.Pool;
}

const shared = globalThis as unknown as { databaseProbe?: Probe };

export function databaseReachable(): Promise<boolean> {
  const url = envValue("DATABASE_URL");
  if (!url) return Promise.resolve(true); // nothing to ask (tests of the proxy alone); the pages will say so
  const now = Date.now();
  const last = shared.databaseProbe;
  if (last && last.url === url && now - last.at < PROBE_INTERVAL_MS) return last.reachable;
  let pool = last?.url === url ? last.pool : undefined;
  if (!pool) {
    pool = new pg.Pool({
      connectionString: url,
      max: 1,
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
      query_timeout: PROBE_TIMEOUT_MS,
      idleTimeoutMillis: 30_000,
    });
    pool.on("error", () => {}); // a dropped idle connection: the next probe opens another
  }
  const reachable = pool.query("SELECT 1").then(
    () => true,
    () => false,
  );
  shared.databaseProbe = { url, at: now, reachable, pool };
  return reachable;
}
