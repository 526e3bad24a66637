// Liveness: the process answers. No database: a database outage must not make an orchestrator restart the app.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
