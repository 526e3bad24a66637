// The contract of an export kind (GET /api/export/<kind>): what the route handler (./handler.ts) needs from each
// kind. Table kinds (CSV, XLSX) live in ./datasets/, PDF kinds in ./pdf-kinds.ts; ./registry.ts joins them.

import type { Actor } from "../auth/actor";
import type { Role } from "../auth/roles";
import type { Db } from "../db/prisma";
import type { Locale } from "../i18n/locales";

export const EXPORT_FORMATS = ["csv", "xlsx", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

/** What a kind's run() gets. The role, the kind and the format have been checked before. */
export interface ExportContext {
  db: Db;
  /** The signed-in user (at least the kind's minRole). */
  actor: Actor;
  /** The file's language: ?lang=de|en, else the `locale` cookie, else German. */
  locale: Locale;
  /** One of the kind's formats. */
  format: ExportFormat;
  /** The request's query parameters: the kind's own filters, plus format and lang (already read). */
  params: URLSearchParams;
  /** The moment of the export (for "exported at" and the date in the file name). */
  now: Date;
  /** Aborted when the client goes away; a long export should stop reading then. */
  signal: AbortSignal;
  /** The request itself (its headers: cookie, host), for a kind that must act as the user; absent in some tests. */
  request?: Request;
  /** Records per database read of a table export (tests, benchmark); default EXPORT_BATCH_SIZE. */
  batchSize?: number;
}

export interface ExportFile {
  /** The file's bytes, produced while the client reads them. */
  body: ReadableStream<Uint8Array>;
  /** With extension, e.g. "vereinbarungen-2026-11-24.xlsx" (see datedFileName in ./format.ts). */
  fileName: string;
  /** Defaults to the format's type (CONTENT_TYPES). */
  contentType?: string;
}

export interface ExportKind {
  /** The least role that may export it (VIEWER, EDITOR or ADMIN). */
  minRole: Role;
  formats: readonly ExportFormat[];
  /**
   * Validates the kind's own parameters (throw exportParameterError(name, message) → 400 naming it; a missing
   * record → notFound() from server/domain/errors.ts → 404), then returns the file. Errors thrown before it returns
   * become error responses; errors while the body streams end the download.
   */
  run(ctx: ExportContext): Promise<ExportFile>;
}

/** A query parameter that is not valid: answered 400 with { error, parameter } (the lists' strict reading throws it). */
export { ParameterError as ExportParameterError, parameterError as exportParameterError } from "../lists/define";
