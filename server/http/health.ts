// Liveness and readiness as answers to a request: what the Next.js routes under app/api/health (used by `next dev`)
// and the production server (server/http/beside-next.ts, before Next.js) both answer.
import { db } from "../db/client";
import { databaseReadiness } from "../db/readiness";
import { isStopping } from "../observability/lifecycle";

const NO_STORE = { "Cache-Control": "no-store" };

/** GET /api/health: the database answers a query (for the start script's callers and the tests). */
export async function health(): Promise<Response> {
  try {
    await db().$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "unavailable", reason: "database not reachable" }, { status: 503 });
  }
}

/** GET /api/health/live: the process answers. No database: an outage must not make an orchestrator restart it. */
export function liveness(): Response {
  return Response.json({ status: "ok" }, { headers: NO_STORE });
}

/**
 * GET /api/health/ready: the database is reachable and has every migration this build ships, and the server is not
 * shutting down. 503 otherwise, naming why; a load balancer sends requests only to a ready server.
 */
export async function readiness(): Promise<Response> {
  if (isStopping()) return Response.json({ status: "stopping" }, { status: 503, headers: NO_STORE });
  let state: Awaited<ReturnType<typeof databaseReadiness>>;
  try {
    state = await databaseReadiness(db());
  } catch {
    state = { ready: false, reason: "database not reachable" };
  }
  if (state.ready) return Response.json({ status: "ready", ...state }, { headers: NO_STORE });
  return Response.json({ status: "unavailable", ...state }, { status: 503, headers: NO_STORE });
}
