// COPY … FROM STDIN through node-postgres without pg-copy-streams: a query object that node-postgres runs like any
// other (its documented "Submittable" extension point) and that answers the server's CopyInResponse by sending the
// rows as CopyData messages, with back-pressure from the socket. It relies on the same three Connection methods
// that pg-copy-streams uses (sendCopyFromChunk, endCopyFrom, sendCopyFail).
import type { ClientBase, Submittable } from "pg";

/** A value as COPY's text format writes it; null is \N. Dates are written as they come (YYYY-MM-DD strings). */
export type CopyValue = string | number | boolean | null;

interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: NodeJS.WritableStream & { writableNeedDrain?: boolean };
}

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

class CopyFromStdin implements Submittable {
  readonly done: Promise<number>;
  private resolve!: (rows: number) => void;
  private reject!: (error: Error) => void;
  private failed = false;
  private rowCount = 0;

  constructor(
    private readonly sql: string,
    private readonly rows: Iterable<readonly CopyValue[]>,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  submit(connection: unknown): void {
    (connection as CopyConnection).query(this.sql);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    this.pump(connection).catch((error: unknown) => {
      this.failed = true;
      connection.sendCopyFail(error instanceof Error ? error.message : String(error));
      this.reject(error instanceof Error ? error : new Error(String(error)));
    });
  }

  private async pump(connection: CopyConnection): Promise<void> {
    let parts: string[] = [];
    let size = 0;
    for (const row of this.rows) {
      if (this.failed) return;
      let line = "";
      for (let i = 0; i < row.length; i++) line += (i === 0 ? "" : "\t") + copyField(row[i] ?? null);
      parts.push(line);
      size += line.length + 1;
      if (size >= CHUNK_BYTES) {
        connection.sendCopyFromChunk(Buffer.from(`${parts.join("\n")}\n`, "utf8"));
        parts = [];
        size = 0;
        if (connection.stream.writableNeedDrain) {
          await new Promise<void>((resolve) => connection.stream.once("drain", () => resolve()));
        }
      }
    }
    if (this.failed) return;
    if (parts.length) connection.sendCopyFromChunk(Buffer.from(`${parts.join("\n")}\n`, "utf8"));
    connection.endCopyFrom();
  }

  handleCommandComplete(message: { text?: string }): void {
    const match = /^COPY (\d+)/.exec(message.text ?? "");
    this.rowCount = match ? Number(match[1]) : 0;
  }

  handleReadyForQuery(): void {
    if (!this.failed) this.resolve(this.rowCount);
  }

  handleError(error: Error): void {
    this.failed = true;
    this.reject(error);
  }

  // Messages a COPY FROM never gets; node-postgres calls them only for queries that return rows.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
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
  const copy = new CopyFromStdin(sql, rows);
  client.query(copy);
  return copy.done;
}
