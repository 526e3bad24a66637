// Keyset pagination over a list's order (server/lists: the same fields as the list service's orderBy): the
// condition for "the rows after this one", as a Prisma filter, with PostgreSQL's own order of nulls (NULLS LAST) and
// enums (their declared order). The exports read every row batch by batch with it (server/export/table.ts); the
// list pages seek from a known page boundary instead of skipping rows with OFFSET (server/services/shared/pages.ts).
import { nest, type OrderField } from "./define";

type Filter = Record<string, unknown> | string | null;

/**
 * One key of a list's sort order. The last key must be unique (the id). `where` wraps a filter on the key's field,
 * e.g. `(f) => ({ partner: { nameDe: f } })`; `enumValues` for enum fields (compared by their declared order, as
 * PostgreSQL sorts them); `nullsLast` for nullable fields sorted with NULLS LAST.
 */
export interface SortKey<R, W> {
  value: (row: R) => unknown;
  where: (filter: Filter) => W;
  dir: "asc" | "desc";
  nullsLast?: boolean;
  enumValues?: readonly string[];
}

/** A list's order (server/lists: the same fields as the list service's orderBy) as keyset keys over its records. */
export function keysetKeys<R, W>(fields: readonly OrderField[]): SortKey<R, W>[] {
  return fields.map((field) => ({
    dir: field.dir,
    nullsLast: field.nullsLast,
    enumValues: field.enumValues,
    value: (row: R) =>
      field.path.reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], row),
    where: (filter: Filter) => nest(field.path, filter) as W,
  }));
}

function strictlyAfter<R, W>(key: SortKey<R, W>, value: unknown): W | null {
  if (value === null || value === undefined) return null; // NULLS LAST: nothing comes after a null
  if (key.enumValues) {
    const index = key.enumValues.indexOf(String(value));
    const later = key.dir === "asc" ? key.enumValues.slice(index + 1) : key.enumValues.slice(0, Math.max(0, index));
    return later.length ? key.where({ in: later }) : null;
  }
  const beyond = key.where({ [key.dir === "asc" ? "gt" : "lt"]: value });
  return key.nullsLast ? ({ OR: [beyond, key.where(null)] } as W) : beyond;
}

/** The first key's values from `value` on, in its direction (its nulls excluded): lets an index find the start. */
function atOrBeyond<R, W>(key: SortKey<R, W>, value: unknown): W {
  if (key.enumValues) {
    const index = key.enumValues.indexOf(String(value));
    const from = key.dir === "asc" ? key.enumValues.slice(index) : key.enumValues.slice(0, index + 1);
    return key.where({ in: from });
  }
  return key.where({ [key.dir === "asc" ? "gte" : "lte"]: value });
}

/**
 * The rows that come after `row` in the order of `keys`: (k1 > v1) OR (k1 = v1 AND (k2 > v2 OR (…))). For the first
 * key, with `nullsSeparately`, a non-null value gives k1 ≥ v1 AND (…) without the nulls that follow the non-null
 * values (NULLS LAST): PostgreSQL then starts an index scan at v1 instead of filtering from the beginning each
 * batch; keysetBatches reads the nulls after the non-null values. Without it the nulls are part of the rows after.
 */
export function keysetAfter<R, W>(keys: readonly SortKey<R, W>[], row: R, from = 0, nullsSeparately = false): W {
  const key = keys[from];
  if (!key) throw new Error("keysetAfter: no sort keys");
  const value = key.value(row);
  const present = value !== null && value !== undefined;
  const branches: W[] = [];
  const beyond = strictlyAfter(key, value);
  if (beyond) {
    const withoutNulls = nullsSeparately && key.nullsLast && present;
    branches.push(withoutNulls ? (strictlyAfter({ ...key, nullsLast: false }, value) as W) : beyond);
  }
  if (from + 1 < keys.length) {
    const equal = key.where(present ? { equals: value } : null);
    branches.push({ AND: [equal, keysetAfter(keys, row, from + 1)] } as W);
  }
  if (branches.length === 0) return { AND: [key.where({ in: [] })] } as W; // nothing after the last row
  const after = branches.length === 1 ? (branches[0] as W) : ({ OR: branches } as W);
  if (from !== 0 || !present) return after;
  // The start for an index; the nulls that follow the values (NULLS LAST) stay in unless read separately.
  const start =
    key.nullsLast && !nullsSeparately
      ? ({ OR: [atOrBeyond(key, value), key.where(null)] } as W)
      : atOrBeyond(key, value);
  return { AND: [start, after] } as W;
}

type Shape = Record<string, unknown>;

function selectPath(select: Shape, [name, ...rest]: readonly string[]): void {
  if (name === undefined) return;
  if (rest.length === 0) {
    select[name] = true;
    return;
  }
  const relation = (select[name] as { select: Shape } | undefined) ?? { select: {} };
  select[name] = relation;
  selectPath(relation.select, rest);
}

function copyPath(into: Shape, from: Shape | null | undefined, [name, ...rest]: readonly string[]): void {
  if (name === undefined) return;
  if (rest.length === 0) {
    into[name] = from?.[name];
    return;
  }
  const inner = (into[name] as Shape | undefined) ?? {};
  into[name] = inner;
  copyPath(inner, from?.[name] as Shape | null | undefined, rest);
}

/**
 * The Prisma select of an order's fields (`{ title: true, partner: { select: { nameDe: true } } }`): what a row needs
 * for keysetAfter.
 */
export function keySelect(fields: readonly OrderField[]): Shape {
  const select: Shape = {};
  for (const field of fields) selectPath(select, field.path);
  return select;
}

/** Only the order's fields of `row`, in the shape keySelect reads (a page boundary kept without the whole row). */
export function keyOf<R>(fields: readonly OrderField[], row: R): R {
  const key: Shape = {};
  for (const field of fields) copyPath(key, row as Shape, field.path);
  return key as R;
}
