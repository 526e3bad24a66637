// The one place errors become tRPC errors: domain errors keep their code, Prisma's known request errors are
// translated, anything else is an internal error whose details never reach a client in production.
import { TRPCError } from "@trpc/server";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, isPrismaKnownError } from "../db/errors";
import { DomainError, type DomainErrorDetails } from "../domain/errors";

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
