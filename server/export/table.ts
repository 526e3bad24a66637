// The model of a table export (CSV, XLSX): sheets of typed columns whose rows arrive in batches, read from the
// database with keyset pagination, so that no export ever holds more than one batch of records.
import { keysetAfter, type SortKey } from "../lists/keyset";
import type { PartialDate } from "../schemas/common";

/**
 * How a column's values are written. text/int: as they are; bool: Yes/No in the file's language; date: a calendar
 * day (XLSX date cell, CSV YYYY-MM-DD); partialDate: a date known to the day, month or year (XLSX: a date cell only
 * for DAY precision, else text "YYYY"/"YYYY-MM"; CSV: that text); dateTime: a moment in Cologne time.
 */
export type ColumnType = "text" | "int" | "bool" | "date" | "partialDate" | "dateTime";

interface ColumnValues {
  text: string | null | undefined;
  int: number | null | undefined;
  bool: boolean | null | undefined;
  date: Date | null | undefined;
  partialDate: PartialDate | null | undefined;
  dateTime: Date | null | undefined;
}

export type CellValue = ColumnValues[ColumnType];

export type Column<R> = {
  [T in ColumnType]: {
    type: T;
    header: string;
    /** Width in characters (XLSX). */
    width: number;
    get: (row: R) => ColumnValues[T];
  };
}[ColumnType];

export interface ColumnInfo {
  type: ColumnType;
  header: string;
  width: number;
}

/**
 * A batch of rows whose cells are made only when a writer asks for them, one row at a time: a row's values (and the
 * parsed record behind them) are then garbage before the next row, and die young. Cells made for a whole batch at
 * once outlived the young generation while the batch was written, were promoted, and piled up in the old one.
 */
export interface RowBatch {
  readonly length: number;
  /** The cells of row `index` in column order, written into `into` (reused from row to row) and returned. */
  cells(index: number, into: CellValue[]): CellValue[];
}

export interface Sheet {
  /** The XLSX sheet name (at most 31 characters). */
  name: string;
  columns: readonly ColumnInfo[];
  /** The rows, a batch at a time, each row's cells in column order. A fresh pass each call. */
  batches(signal?: AbortSignal): AsyncGenerator<CellValue[][]>;
  /** The same rows, a batch at a time, each row's cells made when asked for (what the writers use). */
  rowBatches(signal?: AbortSignal): AsyncGenerator<RowBatch>;
}

/**
 * The values of `source`, asking it for the next one as soon as one is handed on: the database reads the next
 * batch while the writer formats this one. At most one value waits.
 */
export async function* readAhead<T>(source: AsyncGenerator<T>): AsyncGenerator<T> {
  // A read that fails while nobody waits for it yet must not count as an unhandled rejection (which ends the
  // process); the failure still reaches the consumer when it asks for the value.
  const ahead = () => {
    const promise = source.next();
    promise.catch(() => undefined);
    return promise;
  };
  let next = ahead();
  try {
    for (;;) {
      const result = await next;
      if (result.done) return;
      next = ahead();
      yield result.value;
    }
  } finally {
    // The consumer stopped early (or the source failed): let the read under way finish, then close the source.
    await next.catch(() => undefined);
    await source.return(undefined);
  }
}

/**
 * A sheet of records R read in batches; each record gives one row. `prepare` turns what `records` yields into the
 * record the columns read (e.g. a row's text from the database into an object), when its row is written.
 */
export function sheet<R>(
  name: string,
  columns: readonly Column<R>[],
  records: (signal?: AbortSignal) => AsyncGenerator<R[]>,
): Sheet;
export function sheet<R, S>(
  name: string,
  columns: readonly Column<R>[],
  records: (signal?: AbortSignal) => AsyncGenerator<S[]>,
  prepare: (source: S) => R,
): Sheet;
export function sheet<R, S>(
  name: string,
  columns: readonly Column<R>[],
  records: (signal?: AbortSignal) => AsyncGenerator<S[]>,
  prepare?: (source: S) => R,
): Sheet {
  const getters = columns.map((column) => column.get as (row: R) => CellValue);
  const count = getters.length;
  const batch = (sources: S[]): RowBatch => ({
    length: sources.length,
    cells(index, into) {
      const source = sources[index] as S;
      const row = prepare ? prepare(source) : (source as unknown as R);
      for (let column = 0; column < count; column++) into[column] = (getters[column] as (row: R) => CellValue)(row);
      into.length = count;
      return into;
    },
  });
  return {
    name,
    columns: columns.map(({ type, header, width }) => ({ type, header, width })),
    async *batches(signal) {
      for await (const sources of readAhead(records(signal))) {
        const rows = batch(sources);
        yield Array.from({ length: rows.length }, (_, index) => rows.cells(index, []));
      }
    },
    async *rowBatches(signal) {
      for await (const sources of readAhead(records(signal))) yield batch(sources);
    },
  };
}

/** A table export as the writers take it. */
export interface TableExport {
  /** What was exported, in words, e.g. "Vereinbarungen". */
  title: string;
  /** The sheets of the XLSX file, in order (the about sheet follows them). */
  sheets: readonly Sheet[];
  /** The one table of the CSV file. */
  csv: Sheet;
  /** The filter in words, one criterion a line: [label, value]; empty: no filter. */
  filter: readonly (readonly [string, string])[];
  /** The sort order in words, or null. */
  sort: string | null;
  /** The list screen with the same filter, e.g. "/agreements?status=SUSPENDED". */
  listUrl: string | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Keyset pagination (the keys and conditions: server/lists/keyset.ts, shared with the list pages)
// ---------------------------------------------------------------------------------------------------------------

export { keysetAfter, keysetKeys, type SortKey } from "../lists/keyset";

/** Batch size of the exports' reads: large enough for few queries, small enough to keep memory flat. */
export const EXPORT_BATCH_SIZE = 1000;

/**
 * Reads every record in the order of `keys`, `batchSize` at a time: `fetch(after, take)` must apply the same
 * order and `after` (the keyset condition, undefined for the first batch) on top of the list's filter.
 */
export async function* keysetBatches<R, W>(options: {
  keys: readonly SortKey<R, W>[];
  fetch: (after: W | undefined, take: number) => Promise<R[]>;
  batchSize?: number;
  signal?: AbortSignal;
}): AsyncGenerator<R[]> {
  const take = options.batchSize ?? EXPORT_BATCH_SIZE;
  const first = options.keys[0];
  let after: W | undefined;
  /** The current condition leaves out the first key's nulls (NULLS LAST): read them when the rest is done. */
  let nullsPending = false;
  for (;;) {
    // An export whose client went away fails rather than ends: a file cut short must never look complete.
    options.signal?.throwIfAborted();
    const batch = await options.fetch(after, take);
    if (batch.length) yield batch;
    const last = batch.at(-1);
    if (batch.length < take || last === undefined) {
      if (!nullsPending || !first) return;
      nullsPending = false;
      after = first.where(null);
      continue;
    }
    after = keysetAfter(options.keys, last, 0, true);
    const value = first?.value(last);
    nullsPending = Boolean(first?.nullsLast) && value !== null && value !== undefined;
  }
}
