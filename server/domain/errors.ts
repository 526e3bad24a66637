// Errors a service throws when a request cannot be carried out. They know nothing of tRPC or HTTP;
// server/trpc/errors.ts maps them to tRPC codes in one place.

export type DomainErrorCode = "NOT_FOUND" | "CONFLICT" | "BAD_REQUEST" | "FORBIDDEN";

export interface DomainErrorDetails {
  /** Field name → messages, for errors a form shows next to its inputs. */
  fieldErrors?: Record<string, string[]>;
  /** For a refused status change: the statuses that are allowed from the current one. */
  allowedTransitions?: readonly string[];
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export function notFound(entity: string, id: number | string): DomainError {
  return new DomainError("NOT_FOUND", `${entity} ${id} does not exist.`);
}

export function invalidField(field: string, message: string): DomainError {
  return new DomainError("BAD_REQUEST", `${field}: ${message}`, { fieldErrors: { [field]: [message] } });
}
