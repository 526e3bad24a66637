// CSV as German Excel opens it: UTF-8 with BOM, ";" between fields, CRLF between records, ISO dates, and values
// that a spreadsheet would run as a formula (starting with = + - @, a tab or CR) prefixed with an apostrophe
// (csv-stringify's escape_formulas). Streams a batch at a time, only as fast as the client reads.
import { type Options, stringify } from "csv-stringify/sync";
import { formatPartialDate } from "../schemas/common";
import { isoCityTime, isoDay } from "./format";
import type { ExportTexts } from "./labels";
import type { CellValue, ColumnInfo, RowBatch, Sheet } from "./table";

export const CSV_OPTIONS = {
  delimiter: ";",
  record_delimiter: "windows",
  escape_formulas: true,
  // A line break inside a text (a note of two lines) must be quoted too, a lone CR or LF as well as CRLF, or the
  // row breaks apart in Excel; csv-stringify quotes only the record delimiter itself unless told so.
  quoted_match: /[\r\n]/,
} as const satisfies Options;

function cell(type: ColumnInfo["type"], value: CellValue, texts: ExportTexts): string | number {
  if (value === null || value === undefined) return "";
  switch (type) {
    case "int":
      return value as number;
    case "bool":
      return value ? texts.x.yes : texts.x.no;
    case "date":
      return isoDay(value as Date);
    case "partialDate": {
      const partial = value as { date: Date; precision: "DAY" | "MONTH" | "YEAR" };
      return formatPartialDate(partial.date, partial.precision);
    }
    case "dateTime":
      return isoCityTime(value as Date);
    default:
      return String(value);
  }
}

/** One record (its fields and the CRLF after it). */
export function csvRecord(fields: readonly (string | number)[]): string {
  return stringify([fields], CSV_OPTIONS);
}

/** The CSV file of one sheet, produced batch by batch as the reader pulls. */
export function csvStream(table: Sheet, texts: ExportTexts, signal?: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const types = table.columns.map((column) => column.type);
  let batches: AsyncGenerator<RowBatch> | undefined;
  const cells: CellValue[] = [];
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(`\uFEFF${csvRecord(table.columns.map((column) => column.header))}`));
        batches = table.rowBatches(signal);
      },
      async pull(controller) {
        let next: IteratorResult<RowBatch>;
        try {
          next = await (batches as AsyncGenerator<RowBatch>).next();
        } catch (error) {
          if (!signal?.aborted) console.error("CSV export failed:", error);
          throw error; // the download fails rather than ending as if complete
        }
        if (next.done) {
          controller.close();
          return;
        }
        // csv-stringify writes a batch at a time (bench/copies.ts: ~1.5 µs a row more than the hand-written writer
        // this replaced, about 0.15 s of a 100,000-row export).
        const batch = next.value;
        const rows: (string | number)[][] = new Array(batch.length);
        for (let index = 0; index < batch.length; index++) {
          const row = batch.cells(index, cells);
          const fields: (string | number)[] = new Array(row.length);
          for (let column = 0; column < row.length; column++) {
            fields[column] = cell(types[column] ?? "text", row[column] as CellValue, texts);
          }
          rows[index] = fields;
        }
        controller.enqueue(encoder.encode(stringify(rows, CSV_OPTIONS)));
      },
      async cancel() {
        await batches?.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
