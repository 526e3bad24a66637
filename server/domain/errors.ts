// Errors a service throws when a request cannot be carried out. They know nothing of tRPC or HTTP;
// server/trpc/errors.ts maps them to tRPC codes in one place.
import { type KeyedMessage, type MessageParams, type ValidationKey, validationMessage } from "../i18n/validation";

export type DomainErrorCode = "NOT_FOUND" | "CONFLICT" | "BAD_REQUEST" | "FORBIDDEN";

export interface DomainErrorDetails {
  /** Field name → messages, for errors a form shows next to its inputs. */
  fieldErrors?: Record<string, string[]>;
  /** The same field errors as keyed messages, so that the browser can show them in the user's language. */
  fieldErrorKeys?: Record<string, KeyedMessage[]>;
  /** For a refused status change: the statuses that are allowed from the current one. */
  allowedTransitions?: readonly string[];
  /** For CONFLICT: who changed the record and when, so the form can say so. */
  conflict?: { by: string | null; at: string | null; currentVersion: number };
  /** For an import file refused as a whole: the catalogue's key (m.dataImport.fileErrors) and its parameters. */
  importFile?: { key: string; params: Record<string, string | number> };
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

/** A field's value breaks a rule; the message is one of the keyed validation messages. */
export function invalidField(field: string, key: ValidationKey, params?: MessageParams): DomainError {
  const keyed: KeyedMessage = params ? { key, params } : { key };
  const message = validationMessage(keyed, "en");
  return new DomainError("BAD_REQUEST", `${field}: ${message}`, {
    fieldErrors: { [field]: [message] },
    fieldErrorKeys: { [field]: [keyed] },
  });
}
