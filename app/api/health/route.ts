// Liveness and database readiness, for the start script's callers, load balancers and the e2e tests.
import { db } from "@/server/db/client";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "unavailable", reason: "database not reachable" }, { status: 503 });
  }
}
