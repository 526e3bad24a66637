// Reading an uploaded spreadsheet (XLSX or CSV) into a header and rows of cells, refusing what is not a spreadsheet
// or exceeds the limits before anything is looked at further. Nothing here touches the database.
import { parse as parseCsv } from "csv-parse/sync";
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

/** The parts of a workbook read whole (small ones); the sheet itself is read as a stream, a row at a time. */
const WORKBOOK_PARTS = new Set([
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/sharedStrings.xml",
]);

/**
 * Unpacks every part of the zip, counting the bytes that really come out (declared sizes may lie), and keeps the
 * workbook's small parts (workbook, its relations, styles, shared strings). The sheets are counted, not kept.
 */
function checkZip(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  return new Promise((resolve, reject) => {
    let total = 0;
    let failed = false;
    const kept = new Map<string, Uint8Array[]>();
    const names = new Set<string>();
    const unzip = new Unzip((file) => {
      names.add(file.name);
      const keep: Uint8Array[] | null = WORKBOOK_PARTS.has(file.name) ? [] : null;
      if (keep) kept.set(file.name, keep);
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
          return;
        }
        keep?.push(chunk);
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
    if (failed) return;
    const parts = new Map<string, Uint8Array>();
    for (const [name, chunks] of kept) parts.set(name, Buffer.concat(chunks));
    for (const name of names) if (!parts.has(name)) parts.set(name, EMPTY);
    resolve(parts);
  });
}

const EMPTY = new Uint8Array(0);
const utf8 = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : "");

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML text to characters: the five entities, numeric references, and OOXML's _xHHHH_ escapes. */
function xmlText(text: string): string {
  const plain = text.includes("&")
    ? text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, name: string) =>
        name.startsWith("#x")
          ? String.fromCodePoint(Number.parseInt(name.slice(2), 16))
          : name.startsWith("#")
            ? String.fromCodePoint(Number(name.slice(1)))
            : (ENTITIES[name] as string),
      )
    : text;
  return plain.includes("_x")
    ? plain.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : plain;
}

const ATTRIBUTES = new Map<string, RegExp>();

function attribute(attributes: string, name: string): string | undefined {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}="([^"]*)"`);
    ATTRIBUTES.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  return match ? match[1] : undefined;
}

/** The text of a string item (<si>, <is>): its <t> elements joined (rich text runs), phonetic runs left out. */
function itemText(xml: string): string {
  let text = "";
  const withoutPhonetic = xml.includes("<rPh") ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : xml;
  for (const match of withoutPhonetic.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) {
    text += xmlText(match[1] ?? "");
  }
  return text;
}

function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const match of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) strings.push(itemText(match[1] ?? ""));
  return strings;
}

/** Excel's built-in number formats that show dates (ids 14–22, 27–36, 45–47, 50–58). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** A format code shows a date when, outside quotes and brackets, it has a day, month or year part. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dmy]/i.test(bare) && !/^[#0.,\s%E+-]*$/.test(bare);
}

/** For each cell style (the s attribute), whether it shows a date. */
function dateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const match of xml.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    const id = attribute(match[1] ?? "", "numFmtId");
    const code = attribute(match[1] ?? "", "formatCode");
    if (id !== undefined && code !== undefined) custom.set(Number(id), xmlText(code));
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  const styles: boolean[] = [];
  for (const match of cellXfs.matchAll(/<xf\b([^>]*?)\/?>/g)) {
    const id = Number(attribute(match[1] ?? "", "numFmtId") ?? 0);
    const code = custom.get(id);
    styles.push(code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id));
  }
  return styles;
}

/** The first sheet's part name: the workbook's first <sheet>, through the workbook's relations. */
function firstSheetPart(parts: Map<string, Uint8Array>): string | null {
  const workbook = utf8(parts.get("xl/workbook.xml"));
  const sheet = /<sheet\b([^>]*)\/?>/.exec(workbook)?.[1];
  const relation = sheet === undefined ? undefined : /\br:id="([^"]*)"|\b[\w]+:id="([^"]*)"/.exec(sheet);
  const id = relation?.[1] ?? relation?.[2];
  const rels = utf8(parts.get("xl/_rels/workbook.xml.rels"));
  for (const match of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    if (attribute(match[1] ?? "", "Id") !== id) continue;
    const target = attribute(match[1] ?? "", "Target") ?? "";
    const name = target.startsWith("/") ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, "/");
    return parts.has(name) ? name : null;
  }
  return parts.has("xl/worksheets/sheet1.xml") ? "xl/worksheets/sheet1.xml" : null;
}

/** "AB12" → 28 (1-based), or null without a column. */
function columnOfRef(ref: string | undefined): number | null {
  if (!ref) return null;
  let column = 0;
  for (let index = 0; index < ref.length; index++) {
    const code = ref.charCodeAt(index);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column || null;
}

interface SheetContext {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

/** Excel's serial day number (1900 or 1904 system) as a Date at UTC. */
function serialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - (date1904 ? 24107 : 25569)) * 86_400_000));
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/** One <row>'s cells, by column. */
function rowCells(xml: string, line: number, context: SheetContext): Cell[] {
  const cells: Cell[] = [];
  let next = 1;
  for (const match of xml.matchAll(CELL)) {
    const attributes = match[1] ?? "";
    const inner = match[2] ?? "";
    const column = columnOfRef(attribute(attributes, "r")) ?? next;
    next = column + 1;
    if (column > IMPORT_LIMITS.columns) {
      throw new ImportFileError("tooManyColumns", { count: column, max: IMPORT_LIMITS.columns });
    }
    if (inner.includes("<f")) throw new ImportFileError("formula", { line, column: columnLetter(column) });
    const type = attribute(attributes, "t") ?? "n";
    const value = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
    let cell: Cell = null;
    if (type === "inlineStr") cell = itemText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? "");
    else if (value === undefined) cell = null;
    else if (type === "s") cell = context.strings[Number(value)] ?? null;
    else if (type === "str") cell = xmlText(value);
    else if (type === "b") cell = value === "1" || value === "true";
    else if (type === "e") cell = null;
    else if (type === "d") cell = new Date(value);
    else {
      const number = Number(value);
      const style = Number(attribute(attributes, "s") ?? 0);
      cell = Number.isNaN(number) ? null : context.dates[style] ? serialDate(number, context.date1904) : number;
    }
    if (typeof cell === "string") checkCell(cell, line, column);
    while (cells.length < column - 1) cells.push(null);
    cells[column - 1] = cell;
  }
  return cells;
}

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;

/**
 * Reads the first sheet as it is inflated, a chunk at a time: complete <row> elements are turned into cells at
 * once, so neither the sheet's XML nor a cell object per cell is ever held whole.
 */
function readSheetRows(
  bytes: Uint8Array,
  part: string,
  context: SheetContext,
  onRow: (cells: Cell[], line: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const decoder = new TextDecoder();
    let pending = "";
    let lastRow = 0;
    let done = false;
    const fail = (error: unknown) => {
      if (done) return;
      done = true;
      reject(error instanceof ImportFileError ? error : new ImportFileError("notASpreadsheet"));
    };
    const parse = (final: boolean) => {
      const end = final ? pending.length : pending.lastIndexOf("</row>") + 6;
      if (end < 6 && !final) return;
      const complete = pending.slice(0, end);
      pending = pending.slice(end);
      for (const match of complete.matchAll(ROW)) {
        const number = Number(attribute(match[1] ?? "", "r") ?? lastRow + 1);
        lastRow = number;
        onRow(match[2] ? rowCells(match[2], number, context) : [], number);
      }
    };
    const unzip = new Unzip((file) => {
      if (file.name !== part) return;
      file.ondata = (error, chunk, final) => {
        if (done) return;
        try {
          if (error) throw error;
          pending += decoder.decode(chunk, { stream: !final });
          parse(final);
          if (final) {
            done = true;
            resolve();
          }
        } catch (caught) {
          file.terminate();
          fail(caught);
        }
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    try {
      for (let offset = 0; offset < bytes.length && !done; offset += 64 * 1024) {
        const end = Math.min(bytes.length, offset + 64 * 1024);
        unzip.push(bytes.subarray(offset, end), end === bytes.length);
      }
    } catch (error) {
      fail(error);
      return;
    }
    if (!done) fail(new ImportFileError("notASpreadsheet"));
  });
}

async function readXlsx(bytes: Uint8Array): Promise<ImportTable> {
  const parts = await checkZip(bytes);
  if (!parts.has("xl/workbook.xml")) throw new ImportFileError("notASpreadsheet");
  const part = firstSheetPart(parts);
  if (!part) throw new ImportFileError("notASpreadsheet");
  const workbook = utf8(parts.get("xl/workbook.xml"));
  const context: SheetContext = {
    strings: sharedStrings(utf8(parts.get("xl/sharedStrings.xml"))),
    dates: dateStyles(utf8(parts.get("xl/styles.xml"))),
    date1904: /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook),
  };
  parts.clear();
  let headers: string[] | null = null;
  const rows: Cell[][] = [];
  const lines: number[] = [];
  // The first sheet holds the records (our exports put "Export", the about sheet, after it).
  await readSheetRows(bytes, part, context, (cells, line) => {
    if (cells.every((cell) => cell === null || cell === "")) return;
    if (headers === null) {
      headers = cells.map((cell) => (cell instanceof Date ? cell.toISOString() : String(cell ?? "")).trim());
      return;
    }
    if (rows.length >= IMPORT_LIMITS.rows) throw new ImportFileError("tooManyRows", { max: IMPORT_LIMITS.rows });
    rows.push(cells);
    lines.push(line);
  });
  if (headers === null) throw new ImportFileError("empty");
  return { format: "xlsx", encoding: null, delimiter: null, headers, rows, lines };
}
