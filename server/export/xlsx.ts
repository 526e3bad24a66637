// XLSX with exceljs' streaming writer: one sheet per kind of record (bold, coloured, frozen header row with an
// autofilter over all rows, column widths, date cells with an ISO format), then a sheet that says what was exported,
// with which filter, by whom and when. Rows are written and flushed a batch at a time; when the client reads slower
// than the database delivers, the writer waits (the output's backpressure), so memory stays flat.
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { Actor } from "../auth/actor";
import { fmt } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import { cityWallClock } from "./format";
import type { ExportTexts } from "./labels";
import type { CellValue, ColumnInfo, TableExport } from "./table";

/** Excel's limit for the text of one cell. */
const MAX_CELL_TEXT = 32_767;
export const DATE_FORMAT = "yyyy-mm-dd";
export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

/** Sheet XML (uncompressed) that may wait for the zip before the writer waits too. */
const MAX_PENDING_XML = 2 * 1024 * 1024;

/** What xlsxStream reads of exceljs' internal sheet stream (a StreamBuf piped into the zip's deflate stream). */
interface SheetStream {
  pipes?: QueuedStream[];
  buffers?: { length?: number }[];
}

/** archiver wraps the StreamBuf in a PassThrough of readable-stream, which may lack writableLength/readableLength. */
interface QueuedStream {
  writableLength?: number;
  readableLength?: number;
  _writableState?: { length?: number };
  _readableState?: { length?: number };
}

function queued(stream: QueuedStream): number {
  return (
    (stream.writableLength ?? stream._writableState?.length ?? 0) +
    (stream.readableLength ?? stream._readableState?.length ?? 0)
  );
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: "FFFFFFFF" } };

function text(value: string): string {
  return value.length > MAX_CELL_TEXT ? `${value.slice(0, MAX_CELL_TEXT - 1)}…` : value;
}

function cell(type: ColumnInfo["type"], value: CellValue, texts: ExportTexts): ExcelJS.CellValue | undefined {
  // undefined leaves the cell out (a null would write an empty styled cell).
  if (value === null || value === undefined) return undefined;
  switch (type) {
    case "int":
      return value as number;
    case "bool":
      return value ? texts.x.yes : texts.x.no;
    case "date":
      return value as Date;
    case "partialDate": {
      // A date cell only where the day is known; "1952" or "1988-06" stay text (no invented 1 January).
      const { date, precision } = value as { date: Date; precision: "DAY" | "MONTH" | "YEAR" };
      const iso = date.toISOString();
      return precision === "DAY" ? date : precision === "MONTH" ? iso.slice(0, 7) : iso.slice(0, 4);
    }
    case "dateTime":
      return cityWallClock(value as Date);
    default:
      // A string is always a string cell (never a formula), whatever it starts with.
      return text(String(value));
  }
}

function numFmt(type: ColumnInfo["type"]): string | undefined {
  return type === "date" || type === "partialDate" ? DATE_FORMAT : type === "dateTime" ? DATE_TIME_FORMAT : undefined;
}

export interface AboutInfo {
  actor: Actor;
  locale: Locale;
  now: Date;
  appName: string;
}

/** The XLSX file of a table export, produced while the reader reads it. */
export function xlsxStream(
  table: TableExport,
  texts: ExportTexts,
  about: AboutInfo,
  signal?: AbortSignal,
): ReadableStream<Uint8Array> {
  const output = new PassThrough({ highWaterMark: 256 * 1024 });
  let closed = false;
  output.on("close", () => {
    closed = true;
  });
  /** The reader went away (the output closed): stop quietly. An aborted request makes the batches throw. */
  const stopped = () => closed;

  /**
   * Waits while the sheet's XML has not been compressed yet or the reader has not taken the compressed bytes (or
   * until the reader goes away). exceljs hands each sheet's XML on to the zip's deflate stream without waiting
   * (its StreamBuf ignores write()'s answer), so the output's backpressure alone would not stop it: the XML not yet
   * compressed is measured where it waits: in the StreamBuf, and in the PassThrough through which the zip reads it
   * (until the zip takes the sheet, and while the deflate stream is behind). exceljs 4.4 / archiver internals, read
   * defensively: if they change, only the output's backpressure remains.
   */
  const relieved = async (worksheet: unknown) => {
    for (;;) {
      if (stopped()) return;
      const buffer = (worksheet as { stream?: SheetStream }).stream;
      const pending =
        (buffer?.pipes ?? []).reduce((sum, pipe) => sum + queued(pipe), 0) +
        (buffer?.buffers ?? []).reduce((sum, chunk) => sum + (chunk.length ?? 0), 0);
      if (pending <= MAX_PENDING_XML && !output.writableNeedDrain) return;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          output.off("drain", done);
          output.off("close", done);
          resolve();
        };
        const timer = setTimeout(done, 10);
        output.on("drain", done);
        output.on("close", done);
      });
    }
  };

  const produce = async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: output,
      useStyles: true,
      // Inline strings: shared strings would keep every distinct text in memory until the end.
      useSharedStrings: false,
    });
    workbook.creator = about.appName;
    workbook.created = about.now;
    workbook.modified = about.now;
    const counts: [string, number][] = [];

    for (const sheet of table.sheets) {
      const worksheet = workbook.addWorksheet(sheet.name, {
        views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
      });
      worksheet.columns = sheet.columns.map((column, index) => {
        const format = numFmt(column.type);
        // exceljs leaves out a column of width 9 (its default) without a style; Excel's default is narrower.
        const width = column.width === 9 ? 9.5 : column.width;
        return { key: `c${index}`, width, ...(format ? { style: { numFmt: format } } : {}) };
      });
      const header = worksheet.addRow(sheet.columns.map((column) => column.header));
      header.eachCell((headerCell) => {
        headerCell.font = HEADER_FONT;
        headerCell.fill = HEADER_FILL;
        headerCell.alignment = { vertical: "middle", wrapText: true };
        headerCell.numFmt = "@";
      });
      header.commit();

      const types = sheet.columns.map((column) => column.type);
      // One style object per column, shared by its cells: exceljs then finds a cell's style id in a WeakMap
      // instead of rendering and comparing the style of every cell (which took half of its time).
      const styles = sheet.columns.map((column) => {
        const format = numFmt(column.type);
        return format ? { numFmt: format } : {};
      });
      let rows = 0;
      const values: CellValue[] = [];
      const cells: (ExcelJS.CellValue | undefined)[] = [];
      for await (const batch of sheet.rowBatches(signal)) {
        if (stopped()) return;
        for (let index = 0; index < batch.length; index++) {
          const row = batch.cells(index, values);
          cells.length = row.length;
          for (let column = 0; column < row.length; column++) {
            cells[column] = cell(types[column] ?? "text", row[column] as CellValue, texts);
          }
          const written = worksheet.addRow(cells);
          written.eachCell((each, column) => {
            each.style = styles[column - 1] as Partial<ExcelJS.Style>;
          });
          written.commit();
        }
        rows += batch.length;
        await relieved(worksheet);
      }
      worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows + 1, column: sheet.columns.length } };
      worksheet.commit();
      counts.push([sheet.name, rows]);
    }
    if (stopped()) return;
    writeAboutSheet(workbook, table, texts, about, counts);
    await workbook.commit();
  };

  produce().catch((error: unknown) => {
    if (!stopped() && !signal?.aborted) console.error("XLSX export failed:", error);
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  // Counted in bytes: Readable.toWeb's default strategy counts chunks against the byte high-water mark, and would
  // queue a quarter of a million chunks before it asks the writer to wait.
  return Readable.toWeb(output, {
    strategy: new ByteLengthQueuingStrategy({ highWaterMark: 256 * 1024 }),
  }) as ReadableStream<Uint8Array>;
}

function writeAboutSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  table: TableExport,
  texts: ExportTexts,
  about: AboutInfo,
  counts: [string, number][],
) {
  const { m, x } = texts;
  const sheet = workbook.addWorksheet(x.aboutSheet);
  sheet.columns = [
    { key: "label", width: 28 },
    { key: "value", width: 90 },
  ];
  const label = (row: ExcelJS.Row) => {
    row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = { vertical: "top" };
    row.getCell(2).alignment = { vertical: "top", wrapText: true };
  };
  const add = (name: string, value: ExcelJS.CellValue, format?: string) => {
    const row = sheet.addRow([name, value]);
    label(row);
    if (format) row.getCell(2).numFmt = format;
    row.commit();
  };

  const title = sheet.addRow([fmt(x.aboutTitle, { app: about.appName, what: table.title }, about.locale)]);
  title.getCell(1).font = { bold: true, size: 14 };
  title.commit();
  sheet.addRow([]).commit();

  counts.forEach(([name, count], index) => {
    add(index === 0 ? x.contents : "", fmt(x.rows, { count, sheet: name }, about.locale));
  });
  if (table.filter.length === 0) add(x.filter, x.noFilter);
  table.filter.forEach(([name, value], index) => {
    add(index === 0 ? x.filter : "", `${name}: ${value}`);
  });
  if (table.sort) add(x.sort, table.sort);
  add(
    x.exportedBy,
    fmt(x.exportedByValue, { name: about.actor.name, role: m.auth.roles[about.actor.role] }, about.locale),
  );
  add(x.exportedAt, cityWallClock(about.now), DATE_TIME_FORMAT);
  add(x.timeZone, x.timeZoneValue);
  if (table.listUrl) add(x.listUrl, table.listUrl);
  add(x.notes, x.dateNote);
  add("", x.csvNote);
  sheet.commit();
}
