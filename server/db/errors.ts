// What a database error means for a request, in one place for every entry point (tRPC, the export route, the
// session check): the database is away (answered 503 at once), or Prisma refused a request for a known reason.

export interface PrismaKnownError {
  code: string;
  meta?: Record<string, unknown>;
}

export function isPrismaKnownError(error: unknown): error is PrismaKnownError {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: string }).name === "PrismaClientKnownRequestError" &&
    typeof (error as { code?: unknown }).code === "string"
  );
}

/** Prisma's codes for "the database cannot be reached / did not answer in time / closed the connection". */
const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** The driver adapter's kinds of the same (e.g. a raw query's P2010 wraps one of these). */
const UNAVAILABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "DatabaseDoesNotExist",
]);

/**
 * pg's own messages for a connection lost or never made, which carry no code: the server went away during a query,
 * the pool's connect timeout, the pool's query timeout (server/db/prisma.ts).
 */
const PG_UNAVAILABLE_MESSAGES = [
  "Connection terminated unexpectedly",
  "Connection terminated due to connection timeout",
  "timeout exceeded when trying to connect",
  "Query read timeout",
];

/** True if `error` says the database is not there (down, restarting, unreachable), not that a request was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!isPrismaKnownError(error)) {
    const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
    // pg's own errors (better-auth's session lookup and the prepared statements of server/db/prepared.ts go through
    // the same pool): refused, reset, timed out, the server shutting down (57P01..57P03), the connection lost.
    if (typeof message === "string" && code === undefined && PG_UNAVAILABLE_MESSAGES.includes(message)) return true;
    return (
      typeof code === "string" && ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "57P01", "57P02", "57P03"].includes(code)
    );
  }
  if (UNAVAILABLE_CODES.has(error.code)) return true;
  const kind = (error.meta?.driverAdapterError as { cause?: { kind?: string } } | undefined)?.cause?.kind;
  return kind !== undefined && UNAVAILABLE_KINDS.has(kind);
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  "The database is not reachable at the moment. Nothing was changed; please try again in a minute.";
