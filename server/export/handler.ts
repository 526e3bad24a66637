// GET /api/export/<kind>?format=…&lang=…&<the list's filters>: who may export what, which parameters are valid, and
// the file as a download. app/api/export/[kind]/route.ts only adds the session and the database.

import type { Actor } from "../auth/actor";
import { cookieValue } from "../auth/cookies";
import { hasRole } from "../auth/roles";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "../db/errors";
import type { Db } from "../db/prisma";
import { DomainError } from "../domain/errors";
import { LOCALE_COOKIE, LOCALES, type Locale, toLocale } from "../i18n/locales";
import { logger } from "../observability/logger";
import { exportTracker } from "../observability/metrics";
import { contentDisposition } from "./format";
import { PdfError } from "./pdf-errors";
import { EXPORT_KINDS, exportKind } from "./registry";
import { CONTENT_TYPES, type ExportFormat, ExportParameterError } from "./types";

const NO_STORE = { "Cache-Control": "no-store" };

function problem(status: number, error: string, parameter?: string): Response {
  return Response.json(parameter ? { error, parameter } : { error }, { status, headers: NO_STORE });
}

/**
 * The file's bytes as they are, counted in the metrics from the start to the end of the download: complete, aborted
 * (the client went away) or failed. Pulled one chunk at a time, so the writer's backpressure is unchanged.
 */
function trackedBody(
  body: ReadableStream<Uint8Array>,
  end: (outcome: "complete" | "aborted" | "failed") => void,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { done, value } = await reader.read();
          if (done) {
            end("complete");
            controller.close();
          } else {
            controller.enqueue(value);
          }
        } catch (error) {
          end("failed");
          controller.error(error);
        }
      },
      cancel(reason) {
        end("aborted");
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

export interface HandleExportOptions {
  /** The moment of the export (tests); default now. */
  now?: Date;
  /** Records per database read (tests, benchmark). */
  batchSize?: number;
}

/**
 * Answers an export request: 401 without a session, 400 for an unknown kind or format or an invalid parameter
 * (naming it), 403 when the role is below the kind's, 404 for a missing record; else 200 with the file streaming.
 */
export async function handleExport(
  request: Request,
  kind: string,
  actor: Actor | null,
  db: Db,
  options: HandleExportOptions = {},
): Promise<Response> {
  if (!actor) return problem(401, "Not signed in: sign in to export.");
  const entry = exportKind(kind);
  if (!entry) {
    return problem(400, `kind: unknown export "${kind}" (one of ${Object.keys(EXPORT_KINDS).join(", ")})`, "kind");
  }
  if (!hasRole(actor.role, entry.minRole)) return problem(403, "Your role may not export this.");

  const params = new URL(request.url).searchParams;
  const format = params.get("format") ?? "";
  if (!(entry.formats as readonly string[]).includes(format)) {
    return problem(400, `format: must be one of ${entry.formats.join(", ")}`, "format");
  }
  const lang = params.get("lang");
  if (lang !== null && !(LOCALES as readonly string[]).includes(lang)) {
    return problem(400, `lang: must be one of ${LOCALES.join(", ")}`, "lang");
  }
  const locale: Locale = lang ? (lang as Locale) : toLocale(cookieValue(request.headers.get("cookie"), LOCALE_COOKIE));

  try {
    const file = await entry.run({
      db,
      actor,
      locale,
      format: format as ExportFormat,
      params,
      now: options.now ?? new Date(),
      signal: request.signal,
      request,
      batchSize: options.batchSize,
    });
    return new Response(trackedBody(file.body, exportTracker(format)), {
      status: 200,
      headers: {
        "Content-Type": file.contentType ?? CONTENT_TYPES[format as ExportFormat],
        "Content-Disposition": contentDisposition(file.fileName),
        "X-Content-Type-Options": "nosniff",
        ...NO_STORE,
      },
    });
  } catch (error) {
    if (error instanceof ExportParameterError) return problem(400, error.message, error.parameter);
    // Printing a PDF: no Chromium (503), printing took too long (504), the print page refused (401/404).
    if (error instanceof PdfError) return problem(error.status, error.message);
    if (isDatabaseUnavailable(error)) return problem(503, DATABASE_UNAVAILABLE_MESSAGE);
    if (error instanceof DomainError) {
      const status = { NOT_FOUND: 404, BAD_REQUEST: 400, FORBIDDEN: 403, CONFLICT: 409 }[error.code];
      const field = Object.keys(error.details.fieldErrors ?? {})[0];
      return problem(status, error.message, field);
    }
    logger().error({ err: error, kind, format }, "export failed");
    return problem(500, "The export failed.");
  }
}
