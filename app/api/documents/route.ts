// POST /api/documents?record=agreement|activity|workingGroup&id=<id>&name=<file name>[&restricted=1], the file's
// bytes as the body: attaches a document (editors and admins; from this app's own pages). The body is streamed to a
// temporary file, checked (size, type from the content, name) and stored; see server/services/document.
import { Readable } from "node:stream";
import { isTrustedOrigin } from "@/server/auth/config";
import { trustedOrigins } from "@/server/auth/instance";
import { db } from "@/server/db/client";
import { ZDocumentRecord } from "@/server/schemas/document";
import { uploadDocument } from "@/server/services/document/documents";
import { documentSettings } from "@/server/services/document/storage";
import { documentActor, documentProblem, problem, requestLocale } from "../../_lib/documents-http";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const locale = requestLocale(request);
  if (!isTrustedOrigin(request, trustedOrigins())) {
    return problem(403, "Refused: an upload must come from this app (Origin header missing or foreign).");
  }
  try {
    const actor = await documentActor(request);
    if (!actor) return problem(401, "Not signed in: sign in to upload.");
    const url = new URL(request.url);
    const record = ZDocumentRecord.safeParse({
      type: url.searchParams.get("record"),
      id: Number(url.searchParams.get("id")),
    });
    if (!record.success)
      return problem(400, "record, id: name the record (agreement, activity or workingGroup) and its id.");
    const declared = request.headers.get("content-length");
    const settings = documentSettings();
    const created = await uploadDocument(
      db(),
      actor,
      {
        record: record.data,
        fileName: url.searchParams.get("name") ?? "",
        restricted: url.searchParams.get("restricted") === "1",
        declaredSize: declared === null ? null : Number(declared),
        body: request.body
          ? Readable.fromWeb(request.body as import("node:stream/web").ReadableStream)
          : Readable.from([]),
      },
      { store: settings.store, tempDir: settings.temp, maxBytes: settings.maxBytes },
    );
    return Response.json(created, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return documentProblem(error, locale);
  }
}
