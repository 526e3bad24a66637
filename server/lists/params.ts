// What a list's URL parameters need without zod (the browser imports it: list-controls.tsx, list-columns.tsx):
// the URL reader's shape, the columns parameter's name and the error naming a parameter that is not valid.

/** The URL parameter naming a table's shown columns (server/lists/columns.ts). */
export const COLUMNS_PARAM = "cols";

/** Anything with URLSearchParams' get and getAll (also Next's ReadonlyURLSearchParams). */
export interface SearchParamsLike {
  get(name: string): string | null;
  getAll(name: string): string[];
}

/** A query parameter that is not valid: the export answers 400 with { error, parameter }. */
export class ParameterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
    this.name = "ExportParameterError";
  }
}

export function parameterError(parameter: string, message: string): ParameterError {
  return new ParameterError(parameter, `${parameter}: ${message}`);
}
