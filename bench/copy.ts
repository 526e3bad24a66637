// COPY … FROM STDIN through node-postgres with pg-copy-streams: the rows are written in COPY's text format, in
// chunks, with back-pressure from the socket.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ClientBase } from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** A value as COPY's text format writes it; null is \N. Dates are written as they come (YYYY-MM-DD strings). */
export type CopyValue = string | number | boolean | null;

const CHUNK_BYTES = 1 << 18;
const NEEDS_ESCAPE = /[\\\n\r\t]/;

/** One field in COPY's text format. */
export function copyField(value: CopyValue): string {
  if (value === null) return "\\N";
  if (typeof value === "string") {
    return NEEDS_ESCAPE.test(value)
      ? value.replace(/[\\\n\r\t]/g, (c) => (c === "\\" ? "\\\\" : c === "\n" ? "\\n" : c === "\r" ? "\\r" : "\\t"))
      : value;
  }
  if (typeof value === "boolean") return value ? "t" : "f";
  if (!Number.isFinite(value)) throw new Error(`COPY: not a finite number: ${value}`);
  return String(value);
}

/** The rows in COPY's text format, in chunks of about CHUNK_BYTES (one string per chunk, never all at once). */
function* chunks(rows: Iterable<readonly CopyValue[]>): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  for (const row of rows) {
    let line = "";
    for (let i = 0; i < row.length; i++) line += (i === 0 ? "" : "\t") + copyField(row[i] ?? null);
    parts.push(line);
    size += line.length + 1;
    if (size >= CHUNK_BYTES) {
      yield `${parts.join("\n")}\n`;
      parts = [];
      size = 0;
    }
  }
  if (parts.length) yield `${parts.join("\n")}\n`;
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Streams `rows` into `table` with COPY; resolves with the number of rows the server copied. */
export async function copyRows(
  client: ClientBase,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<number> {
  const sql = `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")}) FROM STDIN`;
  const copy = client.query(copyFrom(sql));
  // pipeline waits for the socket (back-pressure) and ends the COPY, or aborts it on an error.
  await pipeline(Readable.from(chunks(rows)), copy);
  return copy.rowCount;
}
