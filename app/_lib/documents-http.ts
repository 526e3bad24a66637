// The HTTP side of the documents' route handlers (app/api/documents): the actor with the client's address, the
// reader's language, and a refusal as JSON in that language. The rules are the service's
// (server/services/document/documents.ts).
import "server-only";
import type { Actor } from "@/server/auth/actor";
import { clientAddress } from "@/server/auth/client-address";
import { cookieValue } from "@/server/auth/cookies";
import { actorFromHeaders } from "@/server/auth/instance";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/server/db/errors";
import { DomainError } from "@/server/domain/errors";
import { envValue } from "@/server/env";
import { fmt } from "@/server/i18n/format";
import { LOCALE_COOKIE, type Locale, toLocale } from "@/server/i18n/locales";
import { messagesFor } from "@/server/i18n/messages";
import { logger } from "@/server/observability/logger";
import { DocumentRefused } from "@/server/services/document/documents";

export const NO_STORE = { "Cache-Control": "no-store" };

export function requestLocale(request: Request): Locale {
  return toLocale(cookieValue(request.headers.get("cookie"), LOCALE_COOKIE));
}

/** The signed-in actor with the client's address (for the audit trail), or null. */
export async function documentActor(request: Request): Promise<Actor | null> {
  const actor = await actorFromHeaders(request.headers);
  return actor ? { ...actor, ip: clientAddress(request.headers, envValue("TRUSTED_PROXIES")) } : null;
}

export function problem(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...extra }, { status, headers: NO_STORE });
}

const STATUS = { NOT_FOUND: 404, FORBIDDEN: 403, CONFLICT: 409, BAD_REQUEST: 400 } as const;

/** A refusal in the reader's language (413 for too large), a domain error with its status, 503 without database. */
export function documentProblem(error: unknown, locale: Locale): Response {
  if (error instanceof DocumentRefused) {
    const text = fmt(messagesFor(locale).documents.errors[error.problem], error.params, locale);
    return problem(error.problem === "tooLarge" ? 413 : 400, text, { problem: error.problem });
  }
  if (error instanceof DomainError) return problem(STATUS[error.code], error.message);
  if (isDatabaseUnavailable(error)) return problem(503, DATABASE_UNAVAILABLE_MESSAGE);
  logger().error({ err: error }, "document request failed");
  return problem(500, "The document request failed; see the server log.");
}
