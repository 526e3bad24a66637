// The columns a list's table shows, chosen by its user and kept in the URL (?cols=title&cols=type): the keys of the
// shown columns, in the list's order. Without the parameter every column shows. A required column (the record's
// name, which links to it) always shows, whatever the URL says. The screen reads the parameter leniently (unknown
// keys are dropped), a saved view strictly (server/lists/saved-views.ts). The export ignores it: a file holds every
// column of the list (docs/FEATURES.md, "Columns").
import { COLUMNS_PARAM, parameterError, type SearchParamsLike } from "./params";

export { COLUMNS_PARAM };

export interface ListColumns<K extends string = string> {
  /** Every column's key, in the table's order. */
  keys: readonly K[];
  /** The columns that cannot be hidden. */
  required: readonly K[];
}

export function listColumns<const K extends string>(
  keys: readonly [K, ...K[]],
  required: readonly K[],
): ListColumns<K> {
  return { keys, required };
}

const known = <K extends string>(columns: ListColumns<K>, key: string): key is K =>
  (columns.keys as readonly string[]).includes(key);

/** The columns the URL shows: its known keys and the required ones; every column when it names none it knows. */
export function shownColumns<K extends string>(columns: ListColumns<K>, params: SearchParamsLike): ReadonlySet<K> {
  const named = new Set(params.getAll(COLUMNS_PARAM).filter((key) => known(columns, key)));
  if (named.size === 0) return new Set(columns.keys);
  return new Set(columns.keys.filter((key) => named.has(key) || columns.required.includes(key)));
}

/** The parameter's values for these shown columns (in the list's order); none when every column shows. */
export function columnsValue<K extends string>(columns: ListColumns<K>, shown: ReadonlySet<string>): K[] {
  const keys = columns.keys.filter((key) => shown.has(key) || columns.required.includes(key));
  return keys.length === columns.keys.length ? [] : keys;
}

/**
 * The parameter read strictly, as a saved view stores it: a key the list does not have is a ParameterError naming
 * it; the values come back in the list's order (none: every column).
 */
export function strictColumnsValue<K extends string>(columns: ListColumns<K>, params: SearchParamsLike): K[] {
  const given = params.getAll(COLUMNS_PARAM);
  const unknown = given.filter((key) => !known(columns, key));
  if (unknown.length) {
    const named = unknown.map((key) => JSON.stringify(key.slice(0, 50))).join(", ");
    throw parameterError(
      COLUMNS_PARAM,
      `not a column of this list: ${named} (expected some of ${columns.keys.join(", ")})`,
    );
  }
  return given.length ? columnsValue(columns, new Set(given)) : [];
}
