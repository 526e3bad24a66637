// CSV as German Excel opens it: UTF-8 with BOM, ";" between fields, CRLF between records, ISO dates, and values
// that a spreadsheet would run as a formula (starting with = + - @, a tab or CR) prefixed with an apostrophe
// (csv-stringify's escape_formulas, which csvField reproduces). Streams a batch at a time, only as fast as the
// client reads.
import type { Options } from "csv-stringify/sync";
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

/** What makes csv-stringify quote a field (with CSV_OPTIONS): the delimiter, the quote, a CR or an LF. */
const NEEDS_QUOTES = /[";\r\n]/;

/**
 * One field exactly as csv-stringify writes it with CSV_OPTIONS (a test compares the two on random values): a text
 * that a spreadsheet would run as a formula gets an apostrophe in front (escape_formulas; a number's minus sign is
 * left alone), a text with ; " CR or LF is quoted (quotes doubled), the empty text stays empty. csv-stringify's
 * general machinery (a cast, an options object and a tuple per field) took a sixth of an export's CPU time.
 */
export function csvField(value: string | number): string {
  if (typeof value === "number") return String(value);
  if (value === "") return "";
  const quoted = NEEDS_QUOTES.test(value);
  let text = value;
  switch (value.charCodeAt(0)) {
    case 0x3d: // =
    case 0x2b: // +
    case 0x2d: // -
    case 0x40: // @
    case 0x09: // tab
    case 0x0d: // CR
    case 0xff1d: // fullwidth =
    case 0xff0b: // fullwidth +
    case 0xff0d: // fullwidth -
    case 0xff20: // fullwidth @
      text = `'${text}`;
  }
  return quoted ? `"${text.includes('"') ? text.replaceAll('"', '""') : text}"` : text;
}

/** One record (fields and the CRLF after them), as csv-stringify writes it with CSV_OPTIONS. */
export function csvRecord(fields: readonly (string | number)[]): string {
  let line = "";
  for (let index = 0; index < fields.length; index++) {
    if (index > 0) line += ";";
    line += csvField(fields[index] as string | number);
  }
  return `${line}\r\n`;
}

/** The CSV file of one sheet, produced batch by batch as the reader pulls. */
export function csvStream(table: Sheet, texts: ExportTexts, signal?: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const types = table.columns.map((column) => column.type);
  let batches: AsyncGenerator<RowBatch> | undefined;
  const cells: CellValue[] = [];
  const fields: string[] = [];
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
        // Each record is joined from its fields, and the batch from its records: appending field by field would
        // make a string object per field (a rope) that lives until the batch is encoded.
        const batch = next.value;
        const records: string[] = new Array(batch.length + 1);
        for (let index = 0; index < batch.length; index++) {
          const row = batch.cells(index, cells);
          fields.length = row.length;
          for (let column = 0; column < row.length; column++) {
            fields[column] = csvField(cell(types[column] ?? "text", row[column] as CellValue, texts));
          }
          records[index] = fields.join(";");
        }
        records[batch.length] = "";
        controller.enqueue(encoder.encode(records.join("\r\n")));
      },
      async cancel() {
        await batches?.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
