// CSV as German Excel opens it: UTF-8 with BOM, ";" between fields, CRLF between records, ISO dates, and values
// that a spreadsheet would run as a formula (starting with = + - @, a tab or CR) prefixed with an apostrophe
// (csv-stringify's escape_formulas). Streams a batch at a time, only as fast as the client reads.
import { type Options, stringify } from "csv-stringify/sync";
import { formatPartialDate } from "../../schemas/common";
import { isoCityTime, isoDay } from "./format";
import type { ExportTexts } from "./labels";
import type { CellValue, ColumnInfo, Sheet } from "./table";

export const CSV_OPTIONS = {
  delimiter: ";",
  record_delimiter: "windows",
  escape_formulas: true,
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

/** The CSV file of one sheet, produced batch by batch as the reader pulls. */
export function csvStream(table: Sheet, texts: ExportTexts, signal?: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const types = table.columns.map((column) => column.type);
  let batches: AsyncGenerator<CellValue[][]> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const header = stringify([table.columns.map((column) => column.header)], { ...CSV_OPTIONS, bom: true });
        controller.enqueue(encoder.encode(header));
        batches = table.batches(signal);
      },
      async pull(controller) {
        let next: IteratorResult<CellValue[][]>;
        try {
          next = await (batches as AsyncGenerator<CellValue[][]>).next();
        } catch (error) {
          if (!signal?.aborted) console.error("CSV export failed:", error);
          throw error; // the download fails rather than ending as if complete
        }
        if (next.done) {
          controller.close();
          return;
        }
        // Formatted in place: the batch's rows are not used after this.
        const records = next.value as (CellValue | string | number)[][];
        for (const row of records) {
          for (let index = 0; index < row.length; index++) {
            row[index] = cell(types[index] ?? "text", row[index] as CellValue, texts);
          }
        }
        controller.enqueue(encoder.encode(stringify(records, CSV_OPTIONS)));
      },
      async cancel() {
        await batches?.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
