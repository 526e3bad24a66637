// Exports: GET /api/export/<kind>?format=csv|xlsx|pdf&lang=de|en&<the list's filters>. The session decides who may
// export what; see server/export/handler.ts and registry.ts.
import { actorFromHeaders } from "@/server/auth/instance";
import { db } from "@/server/db/client";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/server/db/errors";
import { handleExport } from "@/server/export/handler";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ kind: string }> }) {
  const { kind } = await context.params;
  try {
    return await handleExport(request, kind, await actorFromHeaders(request.headers), db());
  } catch (error) {
    // The session is looked up in the database: while it is away, 503 saying so (not a bare 500 with no body).
    // handleExport answers its own failures; only the session lookup's reach this.
    if (!isDatabaseUnavailable(error)) throw error;
    return Response.json(
      { error: DATABASE_UNAVAILABLE_MESSAGE },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "30" } },
    );
  }
}
