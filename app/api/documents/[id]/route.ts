// GET /api/documents/<id>: a document's file, always as a download (never shown in the browser's page: no HTML or
// SVG can run from here), for signed-in users; a restricted one for editors and admins only, audited.
import { Readable } from "node:stream";
import { db } from "@/server/db/client";
import { contentDisposition } from "@/server/export/format";
import { openDocument } from "@/server/services/document/documents";
import { documentSettings } from "@/server/services/document/storage";
import { documentActor, documentProblem, problem, requestLocale } from "../../../_lib/documents-http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const locale = requestLocale(request);
  try {
    const actor = await documentActor(request);
    if (!actor) return problem(401, "Not signed in: sign in to download.");
    const { id } = await context.params;
    if (!/^[1-9]\d{0,9}$/.test(id)) return problem(404, `Document ${id.slice(0, 20)} does not exist.`);
    const file = await openDocument(db(), actor, Number(id), documentSettings().store);
    return new Response(Readable.toWeb(file.body) as ReadableStream<Uint8Array>, {
      status: 200,
      headers: {
        "Content-Type": file.mediaType,
        "Content-Length": String(file.size),
        "Content-Disposition": contentDisposition(file.fileName),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return documentProblem(error, locale);
  }
}
