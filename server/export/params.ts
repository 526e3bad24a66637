// A list's filters from an export URL, read by the same function as the list screen (so the export holds exactly
// what the screen lists), but strictly: the screen leaves out a value it cannot read, an export names it (400).
import type { z } from "zod";
import type { SearchParamsLike } from "../schemas/search-params";
import { exportParameterError } from "./types";

export interface ParamSpec<I> {
  /** The URL parameter, e.g. "from". */
  name: string;
  /** The list input's field it fills, e.g. "yearFrom". */
  key: keyof I & string;
  /** Repeated parameter (?status=A&status=B). */
  many?: boolean;
  /** What a valid value looks like, for the error message. */
  expected: string;
}

/** The enum's values as an "expected" text. */
export function oneOf(values: readonly string[]): string {
  return `one of ${values.join(", ")}`;
}

/**
 * The list query an export URL describes. Every parameter in `specs` that is given (and not empty) must be read by
 * `fromSearchParams`; then the list's schema must accept the whole input. Paging is ignored (an export holds every
 * matching row); parameters the list does not know are ignored, as on the screen.
 */
export function strictListQuery<I extends object, S extends z.ZodType>(
  params: URLSearchParams,
  fromSearchParams: (params: SearchParamsLike) => I,
  specs: readonly ParamSpec<I>[],
  schema: S,
): z.output<S> {
  const input = fromSearchParams(params) as Record<string, unknown>;
  for (const spec of specs) {
    const given = params.getAll(spec.name).filter((value) => value.trim() !== "");
    if (given.length === 0) continue;
    if (!spec.many && given.length > 1) throw exportParameterError(spec.name, "given more than once");
    const read = input[spec.key];
    const accepted = spec.many ? (Array.isArray(read) ? read.length : 0) : read === undefined ? 0 : 1;
    if (accepted < given.length) {
      const shown = given.map((value) => JSON.stringify(value.slice(0, 100))).join(", ");
      throw exportParameterError(spec.name, `not a valid value: ${shown} (expected ${spec.expected})`);
    }
  }
  const parsed = schema.safeParse({ ...input, page: undefined, pageSize: undefined });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? "");
    const name = specs.find((spec) => spec.key === key)?.name ?? key;
    throw exportParameterError(name || "query", issue?.message ?? "not valid");
  }
  return parsed.data;
}
