// Inserting many rows in one statement: the rows travel as one JSON parameter and PostgreSQL spreads them out
// (jsonb_to_recordset). Prisma's createMany through the pg adapter took 3–8 s for 2,000 rows (bench/import.ts);
// this takes a fraction of a second. Table and column names come from the code, never from input.
import type { Tx } from "../../db/prisma";

export interface BulkColumn {
  name: string;
  /** The column's SQL type as jsonb_to_recordset should read it: text, int, boolean, date, jsonb, "AgreementStatus" … */
  type: string;
}

/**
 * INSERT INTO table (columns) SELECT … FROM jsonb_to_recordset($1), in the rows' order; RETURNING the named columns,
 * one result per row in the same order (checked by the caller where it matters).
 */
export async function bulkInsert<R = Record<string, unknown>>(
  tx: Tx,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly Record<string, unknown>[],
  returning: readonly string[] = [],
): Promise<R[]> {
  if (rows.length === 0) return [];
  const names = columns.map((column) => `"${column.name}"`).join(", ");
  const record = columns.map((column) => `"${column.name}" ${column.type}`).join(", ");
  const back = returning.length ? ` RETURNING ${returning.map((name) => `"${name}"`).join(", ")}` : "";
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${names} FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (${record})) WITH ORDINALITY AS r(${names}, ord) ORDER BY ord${back}`;
  return tx.$queryRawUnsafe<R[]>(sql, JSON.stringify(rows));
}

/** A calendar day as jsonb_to_recordset reads a date column: "YYYY-MM-DD" (null stays null). */
export function isoDay(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** The ids given more than once (a bulk change names each record once). */
export function duplicates(ids: readonly number[]): number[] {
  const seen = new Set<number>();
  return [...new Set(ids.filter((id) => seen.size === seen.add(id).size))];
}
