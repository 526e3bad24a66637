// The one place errors become tRPC errors: domain errors keep their code, Prisma's known request errors are
// translated, anything else is an internal error whose details never reach a client in production.
import { TRPCError } from "@trpc/server";
import { DomainError, type DomainErrorDetails } from "../domain/errors";

interface PrismaKnownError {
  code: string;
  meta?: Record<string, unknown>;
}

function isPrismaKnownError(error: unknown): error is PrismaKnownError {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: string }).name === "PrismaClientKnownRequestError" &&
    typeof (error as { code?: unknown }).code === "string"
  );
}

export class MappedError extends TRPCError {
  constructor(
    code: TRPCError["code"],
    message: string,
    readonly details: DomainErrorDetails,
    cause?: unknown,
  ) {
    super({ code, message, cause });
  }
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

/** True if `error` says the database is not there (down, restarting, unreachable), not that a request was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!isPrismaKnownError(error)) {
    const code = (error as { code?: unknown } | null)?.code;
    // pg's own errors (e.g. from better-auth's session lookup through the same pool): refused, reset, timed out,
    // the server shutting down (57P01..57P03).
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

/** Returns the tRPC error a thrown value should become, or null to leave it to tRPC. */
export function mapError(error: unknown): TRPCError | null {
  if (error instanceof DomainError) return new MappedError(error.code, error.message, error.details, error);
  if (isDatabaseUnavailable(error)) {
    return new MappedError("SERVICE_UNAVAILABLE", DATABASE_UNAVAILABLE_MESSAGE, {}, error);
  }
  if (isPrismaKnownError(error)) {
    switch (error.code) {
      case "P2025":
        return new MappedError("NOT_FOUND", "The record does not exist (any more).", {}, error);
      case "P2002":
        return new MappedError("CONFLICT", "A record with these values exists already.", {}, error);
      case "P2003":
        return new MappedError("BAD_REQUEST", "A referenced record does not exist.", {}, error);
      case "P2034":
        return new MappedError("CONFLICT", "The record was changed at the same time; please try again.", {}, error);
    }
  }
  return null;
}
