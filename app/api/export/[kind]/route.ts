// Exports: GET /api/export/<kind>?format=csv|xlsx|pdf&lang=de|en&<the list's filters>. The session decides who may
// export what; see server/export/handler.ts and registry.ts.
import { actorFromHeaders } from "@/server/auth/instance";
import { db } from "@/server/db/client";
import { handleExport } from "@/server/export/handler";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ kind: string }> }) {
  const { kind } = await context.params;
  return handleExport(request, kind, await actorFromHeaders(request.headers), db());
}
