// What every list definition (server/lists/<aggregate>.ts) is made of: its URL parameters (read leniently by the
// screen, strictly by the export, written back for links) and its sort orders (the service's Prisma orderBy and the
// export's keyset reading come from the same table). Pure: the browser imports it too.
import { z } from "zod";
import { ZPage, ZPageSize, ZSearch, ZSortDirection } from "../schemas/common";
import type { ListColumns } from "./columns";
import { COLUMNS_PARAM, parameterError, type SearchParamsLike } from "./params";

export { COLUMNS_PARAM, ParameterError, parameterError, type SearchParamsLike } from "./params";

/** What Next hands a page as its `searchParams`. */
export type PageSearchParams = Record<string, string | string[] | undefined>;

export function toUrlSearchParams(record: PageSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  return params;
}

/**
 * A list's input schema: its own filters, then what every list has: a search (q), a sort key with its default, a
 * direction and a page.
 */
export function listInput<F extends z.ZodRawShape, S extends string>(
  filters: F,
  sortKeys: readonly [S, ...S[]],
  defaultSort: NoInfer<S>,
) {
  return z.strictObject({
    ...filters,
    q: ZSearch,
    sort: z.enum(sortKeys).default(defaultSort as never),
    dir: ZSortDirection,
    page: ZPage,
    pageSize: ZPageSize,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// URL parameters
// ---------------------------------------------------------------------------------------------------------------

type Kind = "one" | "many" | "int" | "flag";

/** One URL parameter of a list: its name in the URL, how it is read, and what a valid value looks like. */
export interface UrlParam<S extends z.ZodType = z.ZodType, K extends Kind = Kind> {
  /** The name in the URL, e.g. "from" for the input's yearFrom. */
  name: string;
  kind: K;
  /** A value's schema (of each value, for a repeated parameter). */
  schema: S;
  /** What a valid value looks like, for the export's 400 message. */
  expected: string;
  /** A repeated parameter's most values. */
  max?: number;
}

/** A parameter given once (?kind=CITY). */
export function one<S extends z.ZodType>(name: string, schema: S, expected: string): UrlParam<S, "one"> {
  return { name, kind: "one", schema, expected };
}
/** A repeated parameter (?status=A&status=B), at most `max` times. */
export function many<S extends z.ZodType>(name: string, schema: S, expected: string, max: number): UrlParam<S, "many"> {
  return { name, kind: "many", schema, expected, max };
}
/** A whole number written with digits only, so that "1e3", "0x10" or " 5" (which Number() accepts) are left out. */
export function int<S extends z.ZodType<number>>(name: string, schema: S, expected: string): UrlParam<S, "int"> {
  return { name, kind: "int", schema, expected };
}
/** A switch: ?quiet=1 is true, anything else not given. */
export function flag(name: string): UrlParam<z.ZodBoolean, "flag"> {
  return { name, kind: "flag", schema: z.boolean(), expected: "1" };
}

type FieldOf<P> =
  P extends UrlParam<infer S, infer K> ? (K extends "many" ? z.ZodOptional<z.ZodArray<S>> : z.ZodOptional<S>) : never;

/** The list input's fields of its URL filters: each filter is declared once, as its URL parameter. */
export function filterFields<P extends Record<string, UrlParam>>(params: P): { [K in keyof P]: FieldOf<P[K]> } {
  return Object.fromEntries(
    Object.entries(params).map(([field, param]) => [
      field,
      param.kind === "many"
        ? z
            .array(param.schema)
            .max(param.max ?? 50)
            .optional()
        : param.schema.optional(),
    ]),
  ) as never;
}

/** The enum's values as an "expected" text. */
export function oneOf(values: readonly string[]): string {
  return `one of ${values.join(", ")}`;
}

/** The list's filters by input field; q, sort, dir and page are every list's and come on top. */
export type UrlParams<I> = { [K in keyof I]?: UrlParam };

function valid(schema: z.ZodType, value: unknown): unknown {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The value of one parameter, or undefined if it is missing or not valid (invalid items of a repeated one dropped). */
function readParam(param: UrlParam, params: SearchParamsLike): unknown {
  switch (param.kind) {
    case "one":
      return valid(param.schema, params.get(param.name) ?? undefined);
    case "int": {
      const text = params.get(param.name);
      return text && /^\d{1,9}$/.test(text) ? valid(param.schema, Number(text)) : undefined;
    }
    case "flag":
      return params.get(param.name) === "1" ? true : undefined;
    case "many": {
      const values = params
        .getAll(param.name)
        .map((value) => valid(param.schema, value))
        .filter((value) => value !== undefined);
      return values.length ? values : undefined;
    }
  }
}

function writeParam(param: UrlParam, value: unknown, into: URLSearchParams) {
  if (value === undefined || value === null || value === "" || value === false) return;
  if (param.kind === "flag") into.append(param.name, "1");
  else if (param.kind === "many") for (const item of value as unknown[]) into.append(param.name, String(item));
  else into.append(param.name, value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
}

// ---------------------------------------------------------------------------------------------------------------
// Sort orders
// ---------------------------------------------------------------------------------------------------------------

type Direction = "asc" | "desc";

/** One field of an order: its path in the record (["partner", "nameDe"]) and how PostgreSQL sorts it. */
export interface SortField {
  path: readonly [string, ...string[]];
  /** Sorted with NULLS LAST (nullable columns). */
  nullsLast?: boolean;
  /** An enum, compared in its declared order (as PostgreSQL sorts enums). */
  enumValues?: readonly string[];
  /** A fixed direction (tie-breakers); else the list's `dir`. */
  dir?: Direction;
}

export interface SortTable<S extends string> {
  /** The first field of each sort key: the column of the key's own name unless it gives a `path`. */
  keys: Readonly<Record<S, Partial<SortField>>>;
  /**
   * Tie-breakers after it, in order (the last must be unique); one equal to the key itself is skipped. Without them:
   * the id, ascending.
   */
  tieBreakers?: readonly SortField[];
}

/** A field of an order with its direction decided. */
export interface OrderField extends SortField {
  dir: Direction;
}

/** The fields a list is ordered by: the sort key in `dir`, then the tie-breakers. */
export function orderFields<S extends string>(table: SortTable<S>, sort: S, dir: Direction): OrderField[] {
  const first: SortField = { path: [sort], ...table.keys[sort] };
  const same = (a: SortField, b: SortField) => a.path.join(".") === b.path.join(".");
  const tieBreakers = table.tieBreakers ?? [{ path: ["id"] }];
  return [
    { ...first, dir: first.dir ?? dir },
    ...tieBreakers.filter((field) => !same(field, first)).map((field) => ({ ...field, dir: field.dir ?? "asc" })),
  ];
}

/** { a: { b: leaf } } for the path ["a", "b"]. */
export function nest(path: readonly string[], leaf: unknown): Record<string, unknown> {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), leaf) as Record<string, unknown>;
}

/** The Prisma orderBy of an order (any model: the paths are the model's fields and relations). */
export function prismaOrderBy(fields: readonly OrderField[]): Record<string, unknown>[] {
  return fields.map((field) => nest(field.path, field.nullsLast ? { sort: field.dir, nulls: "last" } : field.dir));
}

// ---------------------------------------------------------------------------------------------------------------
// The definition
// ---------------------------------------------------------------------------------------------------------------

export interface ListDefinition<I extends object, Q, S extends string> {
  /** The list screen's path, e.g. "/agreements". */
  path: string;
  /** The procedure's input schema (the service gets its output). */
  schema: z.ZodType<Q, I>;
  params: UrlParams<I>;
  sorts: SortTable<S>;
  /** Values when the URL leaves them out (the partner list sorts by the name in the interface's language). */
  defaults?: (language: string | undefined) => Partial<I>;
  /** The order is fixed (the audit trail: newest first): no sort or dir in the URL or the input. */
  fixedOrder?: boolean;
  /** The table's columns the user may hide (?cols=…, server/lists/columns.ts); not part of the list's input. */
  columns?: ListColumns;
}

export interface ListInputBase<S extends string> {
  q?: string;
  sort?: S;
  dir?: Direction;
  page?: number;
}

export function defineList<I extends object & ListInputBase<S>, Q, S extends string>(
  definition: ListDefinition<I, Q, S>,
) {
  const sortKeys = Object.keys(definition.sorts.keys) as S[];
  const common = {
    q: { name: "q", kind: "one", schema: ZSearch, expected: "at most 200 characters" },
    sort: { name: "sort", kind: "one", schema: z.enum(sortKeys as [S, ...S[]]), expected: oneOf(sortKeys) },
    // Without their defaults: a URL without them leaves them to the server.
    dir: { name: "dir", kind: "one", schema: ZSortDirection.unwrap(), expected: "asc or desc" },
    page: { name: "page", kind: "int", schema: ZPage.unwrap(), expected: "a page number" },
  } as const satisfies Record<string, UrlParam>;
  const { sort: _sort, dir: _dir, ...unsorted } = common;
  const all = { ...definition.params, ...(definition.fixedOrder ? unsorted : common) } as Record<string, UrlParam>;
  /**
   * The names an export's URL may carry: the list's own, paging, the export's format and language, and the shown
   * columns (ignored: a file holds every column).
   */
  const known = new Set([
    ...Object.values(all).map((param) => param.name),
    "page",
    "pageSize",
    "format",
    "lang",
    ...(definition.columns ? [COLUMNS_PARAM] : []),
  ]);

  /** The list input a URL describes; values that are not valid are left out rather than failing the page. */
  function fromSearchParams(params: SearchParamsLike, language?: string): I {
    const input: Record<string, unknown> = { ...definition.defaults?.(language) };
    for (const [field, param] of Object.entries(all)) {
      const value = readParam(param, params);
      if (value !== undefined) input[field] = field === "q" ? value || undefined : value;
      else if (!(field in input)) input[field] = undefined;
    }
    return input as I;
  }

  /** The URL parameters of a list input (the inverse of fromSearchParams); page 1 and no search are left out. */
  function toSearchParams(input: Partial<I>): URLSearchParams {
    const params = new URLSearchParams();
    for (const [field, param] of Object.entries(all)) {
      const value = (input as Record<string, unknown>)[field];
      if (field === "page" && value === 1) continue;
      writeParam(param, value, params);
    }
    return params;
  }

  /**
   * The list query an export URL describes, strictly: where the screen leaves out a value it cannot read, an export
   * names it (ParameterError → 400). Every given parameter must be read; then the schema must accept the input.
   * Paging is ignored (an export holds every matching row). Unlike the screen, an export refuses a parameter it does
   * not know: a misspelt filter (`agreementId=3` for `agreement=3`) would otherwise hand on every row as if filtered.
   */
  function strictFromSearchParams(params: URLSearchParams, language?: string): Q {
    for (const [name] of params) {
      if (!known.has(name)) {
        throw parameterError(name, `not a parameter of this list (expected one of ${[...known].sort().join(", ")})`);
      }
    }
    const input = fromSearchParams(params, language) as Record<string, unknown>;
    for (const [field, param] of Object.entries(all)) {
      if (field === "page") continue;
      const given = params.getAll(param.name).filter((value) => value.trim() !== "");
      if (given.length === 0) continue;
      if (param.kind !== "many" && given.length > 1) throw parameterError(param.name, "given more than once");
      const read = input[field];
      const accepted = param.kind === "many" ? (Array.isArray(read) ? read.length : 0) : read === undefined ? 0 : 1;
      if (accepted < given.length) {
        const shown = given.map((value) => JSON.stringify(value.slice(0, 100))).join(", ");
        throw parameterError(param.name, `not a valid value: ${shown} (expected ${param.expected})`);
      }
    }
    const parsed = definition.schema.safeParse({ ...input, page: undefined, pageSize: undefined });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const key = String(issue?.path[0] ?? "");
      throw parameterError(all[key]?.name ?? (key || "query"), issue?.message ?? "not valid");
    }
    return parsed.data;
  }

  return {
    ...definition,
    strictFromSearchParams,
    sortKeys,
    /** Every URL parameter by input field (the list's own filters and q, sort, dir, page). */
    urlParams: all as Readonly<Record<string, UrlParam>>,
    fromSearchParams,
    toSearchParams,
    /** A link to the list screen showing `input`. */
    href(input: Partial<I> = {}): string {
      const query = toSearchParams(input).toString();
      return query ? `${definition.path}?${query}` : definition.path;
    },
    /** The fields the list is ordered by, for a query that has its sort and direction. */
    order(query: { sort: S; dir: Direction }): OrderField[] {
      return orderFields(definition.sorts, query.sort, query.dir);
    },
  };
}

export type List = ReturnType<typeof defineList<object & ListInputBase<string>, unknown, string>>;

/**
 * A list of records: its filters, declared once as URL parameters, and its sort keys make both its input schema
 * (`schema`: the filters, fields that are input only, and what every list has) and its definition.
 */
export function defineRecordList<
  P extends Record<string, UrlParam>,
  S extends string,
  E extends z.ZodRawShape = Record<never, never>,
>(spec: {
  path: string;
  filters: P;
  /** Input fields that are not URL parameters (the agreement list's exactTotal for reports). */
  inputOnly?: E;
  sorts: SortTable<S>;
  defaultSort: NoInfer<S>;
  /** The sort when the URL gives none, if it depends on the language (partners: by the name in that language). */
  defaultSortFor?: (language: string | undefined) => NoInfer<S>;
  /** The table's columns the user may hide (?cols=…). */
  columns?: ListColumns;
}) {
  const sortKeys = Object.keys(spec.sorts.keys) as [S, ...S[]];
  const schema = listInput({ ...filterFields(spec.filters), ...(spec.inputOnly as E) }, sortKeys, spec.defaultSort);
  const { defaultSortFor } = spec;
  type Input = z.input<typeof schema> & ListInputBase<S>;
  const list = defineList<Input, z.output<typeof schema>, S>({
    path: spec.path,
    ...(spec.columns ? { columns: spec.columns } : {}),
    schema: schema as z.ZodType<z.output<typeof schema>, Input>,
    params: spec.filters as UrlParams<Input>,
    sorts: spec.sorts,
    ...(defaultSortFor ? { defaults: (language) => ({ sort: defaultSortFor(language) }) as never } : {}),
  });
  return { ...list, schema };
}
