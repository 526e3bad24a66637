// Reading an uploaded spreadsheet (XLSX or CSV) into a header and rows of cells, refusing what is not a spreadsheet
// or exceeds the limits before anything is looked at further. Nothing here touches the database.
import { Readable } from "node:stream";
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { Unzip, UnzipInflate } from "fflate";
import { columnLetter } from "./values";

/** The limits of an import file; README.md ("Import") states them. */
export const IMPORT_LIMITS = {
  /** The uploaded file itself. */
  fileBytes: 20 * 1024 * 1024,
  /** An XLSX file's parts, unpacked, together (a zip bomb stops here). */
  unzippedBytes: 200 * 1024 * 1024,
  /** Data rows below the header. */
  rows: 50_000,
  columns: 100,
  /** Characters in one cell (Excel's own limit for a cell). */
  cellChars: 32_767,
} as const;

/** A cell as read: text, a number, a truth value or a day (an Excel date cell, at UTC midnight). */
export type Cell = string | number | boolean | Date | null;

export type FileEncoding = "utf-8" | "utf-8-bom" | "windows-1252";

export interface ImportTable {
  format: "csv" | "xlsx";
  /** CSV: the character encoding found (never guessed: UTF-8 is checked, Windows-1252 only when UTF-8 fails). */
  encoding: FileEncoding | null;
  delimiter: ";" | "," | null;
  headers: string[];
  rows: Cell[][];
  /** The line (CSV) or row number (XLSX) of each row, as a spreadsheet program shows it. */
  lines: number[];
}

export type FileErrorKey =
  | "empty"
  | "tooLarge"
  | "notASpreadsheet"
  | "zipBomb"
  | "unknownEncoding"
  | "formula"
  | "cellTooLong"
  | "tooManyRows"
  | "tooManyColumns"
  | "duplicateColumn"
  | "emptyHeader"
  | "brokenCsv";

/** A file refused as a whole: a key of the catalogue's dataImport.fileErrors, its parameters and the English text. */
export class ImportFileError extends Error {
  constructor(
    readonly key: FileErrorKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = "ImportFileError";
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** Reads an uploaded file; throws ImportFileError for anything it refuses. */
export async function readImportFile(bytes: Uint8Array): Promise<ImportTable> {
  if (bytes.length === 0) throw new ImportFileError("empty");
  if (bytes.length > IMPORT_LIMITS.fileBytes) {
    throw new ImportFileError("tooLarge", { max: IMPORT_LIMITS.fileBytes / 1024 / 1024 });
  }
  const table = startsWith(bytes, ZIP_MAGIC) ? await readXlsx(bytes) : readCsv(bytes);
  checkHeaders(table.headers);
  return table;
}

function checkHeaders(headers: string[]) {
  if (headers.length > IMPORT_LIMITS.columns) {
    throw new ImportFileError("tooManyColumns", { count: headers.length, max: IMPORT_LIMITS.columns });
  }
  const seen = new Map<string, number>();
  headers.forEach((header, index) => {
    const name = header.trim().toLowerCase();
    if (name === "") return;
    const first = seen.get(name);
    if (first !== undefined) {
      throw new ImportFileError("duplicateColumn", {
        name: header.trim(),
        first: columnLetter(first + 1),
        second: columnLetter(index + 1),
      });
    }
    seen.set(name, index);
  });
  if (seen.size === 0) throw new ImportFileError("emptyHeader");
}

function checkCell(text: string, line: number, column: number) {
  if (text.length > IMPORT_LIMITS.cellChars) {
    throw new ImportFileError("cellTooLong", {
      line,
      column: columnLetter(column),
      max: IMPORT_LIMITS.cellChars,
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------------------------

/** Bytes Windows-1252 leaves undefined: a file with them is neither UTF-8 nor Windows-1252. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function decodeText(bytes: Uint8Array): { text: string; encoding: FileEncoding } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: decodeUtf8(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

/** Windows-1252's characters for the bytes 0x80–0x9F (Node's decoder of that name gives ISO-8859-1's controls). */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    const chunk = bytes.subarray(offset, offset + 0x8000);
    const chars: string[] = new Array(chunk.length);
    for (let index = 0; index < chunk.length; index++) {
      const byte = chunk[index] as number;
      if (UNDEFINED_1252.has(byte)) throw new ImportFileError("unknownEncoding");
      chars[index] =
        byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] as string) : String.fromCharCode(byte);
    }
    text += chars.join("");
  }
  return text;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError("unknownEncoding");
  }
}

/** The delimiter of the header line: the more frequent of ';' and ',' outside quotes. */
function delimiterOf(text: string): ";" | "," {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ";") semicolons++;
    else if (!quoted && char === ",") commas++;
  }
  return semicolons >= commas && semicolons > 0 ? ";" : ",";
}

function readCsv(bytes: Uint8Array): ImportTable {
  // Binary content (a PDF, an image, a Word file) holds NUL or other control bytes no text file has.
  const sample = bytes.subarray(0, 64 * 1024);
  for (const byte of sample) {
    if (byte === 0 || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d)) {
      throw new ImportFileError("notASpreadsheet");
    }
  }
  const { text, encoding } = decodeText(bytes);
  const delimiter = delimiterOf(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // Stops long before 1,000,000 rows are held: the header and one row more than allowed.
      to: IMPORT_LIMITS.rows + 2,
      max_record_size: IMPORT_LIMITS.cellChars * IMPORT_LIMITS.columns,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if ((error as { code?: string }).code === "CSV_MAX_RECORD_SIZE") {
      throw new ImportFileError("cellTooLong", { line: lineOf(message), column: "?", max: IMPORT_LIMITS.cellChars });
    }
    throw new ImportFileError("brokenCsv", { line: lineOf(message) });
  }
  const [header, ...body] = records;
  if (!header) throw new ImportFileError("empty");
  if (body.length > IMPORT_LIMITS.rows) throw new ImportFileError("tooManyRows", { max: IMPORT_LIMITS.rows });
  const rows: Cell[][] = [];
  const lines: number[] = [];
  for (const { record, info } of body) {
    // The line the record starts on (info.lines is the line it ends on).
    const line = info.lines - countLineBreaks(record);
    for (const [index, value] of record.entries()) checkCell(value, line, index + 1);
    rows.push(record.map((value) => unescapeFormula(value)));
    lines.push(line);
  }
  for (const [index, value] of header.record.entries()) checkCell(value, 1, index + 1);
  return { format: "csv", encoding, delimiter, headers: header.record.map((h) => h.trim()), rows, lines };
}

function countLineBreaks(record: string[]): number {
  let count = 0;
  for (const value of record) for (const char of value) if (char === "\n") count++;
  return count;
}

function lineOf(message: string): number | string {
  const match = /line (\d+)/i.exec(message);
  return match ? Number(match[1]) : "?";
}

/**
 * Our own CSV export writes a value that begins with =, +, -, @, a tab or a carriage return with an apostrophe in
 * front (so a spreadsheet program does not run it as a formula): the import takes the apostrophe off again.
 */
function unescapeFormula(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

// ---------------------------------------------------------------------------------------------------------------
// XLSX
// ---------------------------------------------------------------------------------------------------------------

/** Unpacks every part of the zip, counting the bytes that really come out (declared sizes may lie). */
function checkZip(bytes: Uint8Array): Promise<Set<string>> {
  return new Promise((resolve, reject) => {
    let total = 0;
    let failed = false;
    const names = new Set<string>();
    const unzip = new Unzip((file) => {
      names.add(file.name);
      file.ondata = (error, chunk) => {
        if (failed) return;
        if (error) {
          failed = true;
          reject(new ImportFileError("notASpreadsheet"));
          return;
        }
        total += chunk.length;
        if (total > IMPORT_LIMITS.unzippedBytes) {
          failed = true;
          file.terminate();
          reject(new ImportFileError("zipBomb", { max: IMPORT_LIMITS.unzippedBytes / 1024 / 1024 }));
        }
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    try {
      // Fed in slices, so that a bomb is stopped after the limit, not after inflating all of it.
      for (let offset = 0; offset < bytes.length && !failed; offset += 64 * 1024) {
        const end = Math.min(bytes.length, offset + 64 * 1024);
        unzip.push(bytes.subarray(offset, end), end === bytes.length);
      }
    } catch {
      if (!failed) reject(new ImportFileError("notASpreadsheet"));
      return;
    }
    if (!failed) resolve(names);
  });
}

type ExcelValue = ExcelJS.CellValue;

function cellOf(value: ExcelValue, line: number, column: number): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === "string") {
    checkCell(value, line, column);
    return value;
  }
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) {
      throw new ImportFileError("formula", { line, column: columnLetter(column) });
    }
    if ("richText" in value) {
      const text = value.richText.map((run) => run.text).join("");
      checkCell(text, line, column);
      return text;
    }
    if ("text" in value && typeof value.text === "string") {
      checkCell(value.text, line, column);
      return value.text;
    }
    if ("error" in value) return null;
  }
  return null;
}

async function readXlsx(bytes: Uint8Array): Promise<ImportTable> {
  const names = await checkZip(bytes);
  if (!names.has("xl/workbook.xml")) throw new ImportFileError("notASpreadsheet");
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes)), {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  let headers: string[] | null = null;
  const rows: Cell[][] = [];
  const lines: number[] = [];
  try {
    for await (const worksheet of reader) {
      // The first sheet holds the records (our exports put "Export", the about sheet, after it).
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const values = (row.values as ExcelValue[]).slice(1);
        const cells = values.map((value, index) => cellOf(value, row.number, index + 1));
        if (cells.every((cell) => cell === null || cell === "")) continue;
        if (headers === null) {
          headers = cells.map((cell) => (cell instanceof Date ? cell.toISOString() : String(cell ?? "")).trim());
          continue;
        }
        if (rows.length >= IMPORT_LIMITS.rows) throw new ImportFileError("tooManyRows", { max: IMPORT_LIMITS.rows });
        rows.push(cells);
        lines.push(row.number);
      }
      break;
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError("notASpreadsheet");
  }
  if (headers === null) throw new ImportFileError("empty");
  return { format: "xlsx", encoding: null, delimiter: null, headers, rows, lines };
}
