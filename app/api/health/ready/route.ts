// Readiness: the database is reachable and has every migration this build ships, and the server is not shutting
// down. 503 otherwise, naming why; a load balancer sends requests only to a ready server.
import { db } from "@/server/db/client";
import { databaseReadiness } from "@/server/db/readiness";
import { isStopping } from "@/server/observability/lifecycle";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

export async function GET() {
  if (isStopping()) return Response.json({ status: "stopping" }, { status: 503, headers: NO_STORE });
  let readiness: Awaited<ReturnType<typeof databaseReadiness>>;
  try {
    readiness = await databaseReadiness(db());
  } catch {
    readiness = { ready: false, reason: "database not reachable" };
  }
  if (readiness.ready) return Response.json({ status: "ready", ...readiness }, { headers: NO_STORE });
  return Response.json({ status: "unavailable", ...readiness }, { status: 503, headers: NO_STORE });
}
