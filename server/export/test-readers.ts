// Test-only: reading the export files back with readers independent of the writers — csv-parse for CSV, and for
// XLSX the zip (fflate) and the sheet XML (fast-xml-parser) read by hand, with shared strings, inline strings,
// styles (number formats, bold headers), frozen panes, autofilters and column widths.
import { parse } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";

export function readCsv(bytes: Uint8Array): { bom: boolean; rows: string[][] } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const rows = parse(Buffer.from(bytes), { delimiter: ";", bom: true, record_delimiter: "\r\n" }) as string[][];
  return { bom, rows };
}

/** CSV rows as objects by header. */
export function csvRecords(rows: string[][]): Record<string, string>[] {
  const [header = [], ...body] = rows;
  return body.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ""])));
}

export interface XlsxCell {
  /** e.g. "B7" */
  ref: string;
  /** The cell's t attribute: "s" (shared string), "inlineStr", "str", "b", "e" or "n" (number, the default). */
  type: string;
  /** Text for strings, a number for numbers (dates are numbers: serial days since 1899-12-30). */
  value: string | number | boolean | null;
  /** The number format code of the cell's style, e.g. "yyyy-mm-dd" (built-in formats by their id, e.g. "14"). */
  numFmt: string | null;
  bold: boolean;
  filled: boolean;
  formula: string | null;
}

export interface XlsxSheet {
  name: string;
  /** The sheet's XML as stored. */
  xml: string;
  /** rows[r][c], 0-based; missing cells are undefined. */
  rows: (XlsxCell | undefined)[][];
  frozen: { state: string | null; ySplit: number; xSplit: number; topLeftCell: string | null } | null;
  autoFilter: string | null;
  columnWidths: number[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ["sheet", "Relationship", "si", "r", "row", "c", "xf", "numFmt", "col", "font"].includes(name),
});

type Node = Record<string, unknown>;
const asNode = (value: unknown): Node => (value && typeof value === "object" ? (value as Node) : {});
const asArray = (value: unknown): Node[] => (Array.isArray(value) ? value.map(asNode) : value ? [asNode(value)] : []);

/** The text of a <t> (plain or with attributes) or of rich-text runs <r><t>. */
function textOf(node: unknown): string {
  if (node === undefined || node === null) return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  const object = asNode(node);
  if ("#text" in object) return String(object["#text"]);
  if ("t" in object) return textOf(object.t);
  if ("r" in object)
    return asArray(object.r)
      .map((run) => textOf(run.t))
      .join("");
  return "";
}

/** "AB12" → { row: 11, column: 27 } (0-based). */
export function cellPosition(ref: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!match) throw new Error(`not a cell reference: ${ref}`);
  const letters = match[1] as string;
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** 1-based column number → letters (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A date cell's serial (days since 1899-12-30, fractions for the time) as the UTC Date of those wall-clock fields. */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86_400_000));
}

export function readXlsx(bytes: Uint8Array): { sheets: XlsxSheet[]; files: string[] } {
  const files = unzipSync(bytes);
  const text = (path: string) => {
    const file = files[path];
    if (!file) throw new Error(`missing ${path} in the XLSX file`);
    return strFromU8(file);
  };

  const shared = files["xl/sharedStrings.xml"]
    ? asArray(asNode(parser.parse(text("xl/sharedStrings.xml")).sst).si).map((si) => textOf(si))
    : [];

  const styles = asNode(parser.parse(text("xl/styles.xml")).styleSheet);
  const formats = new Map<string, string>(
    asArray(asNode(styles.numFmts).numFmt).map((f) => [String(f["@_numFmtId"]), String(f["@_formatCode"])]),
  );
  const fonts = asArray(asNode(styles.fonts).font).map((font) => "b" in font);
  const fills = asArray(asNode(styles.fills).fill);
  const xfs = asArray(asNode(styles.cellXfs).xf).map((xf) => {
    const id = String(xf["@_numFmtId"] ?? "0");
    const fill = fills[Number(xf["@_fillId"] ?? 0)];
    return {
      numFmt: id === "0" ? null : (formats.get(id) ?? id),
      bold: fonts[Number(xf["@_fontId"] ?? 0)] ?? false,
      filled: asNode(fill?.patternFill)["@_patternType"] === "solid",
    };
  });

  const rels = new Map(
    asArray(asNode(parser.parse(text("xl/_rels/workbook.xml.rels")).Relationships).Relationship).map((rel) => [
      String(rel["@_Id"]),
      String(rel["@_Target"]),
    ]),
  );
  const workbook = asNode(parser.parse(text("xl/workbook.xml")).workbook);
  const sheets = asArray(asNode(workbook.sheets).sheet).map((entry): XlsxSheet => {
    const target = rels.get(String(entry["@_r:id"])) ?? "";
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    const xml = text(path);
    const worksheet = asNode(parser.parse(xml).worksheet);
    const pane = asNode(asNode(asNode(worksheet.sheetViews).sheetView).pane);
    const rows: (XlsxCell | undefined)[][] = [];
    for (const row of asArray(asNode(worksheet.sheetData).row)) {
      for (const c of asArray(row.c)) {
        const ref = String(c["@_r"]);
        const { row: r, column } = cellPosition(ref);
        const type = String(c["@_t"] ?? "n");
        const raw = c.v === undefined ? null : textOf(c.v);
        const value =
          type === "s"
            ? (shared[Number(raw)] ?? null)
            : type === "inlineStr"
              ? textOf(c.is)
              : type === "str" || type === "e"
                ? raw
                : type === "b"
                  ? raw === "1"
                  : raw === null
                    ? null
                    : Number(raw);
        const style = xfs[Number(c["@_s"] ?? 0)];
        rows[r] ??= [];
        (rows[r] as (XlsxCell | undefined)[])[column] = {
          ref,
          type,
          value,
          numFmt: style?.numFmt ?? null,
          bold: style?.bold ?? false,
          filled: style?.filled ?? false,
          formula: c.f === undefined ? null : textOf(c.f),
        };
      }
    }
    for (let r = 0; r < rows.length; r++) rows[r] ??= [];
    return {
      name: String(entry["@_name"]),
      xml,
      rows,
      frozen:
        Object.keys(pane).length > 0
          ? {
              state: (pane["@_state"] as string | undefined) ?? null,
              ySplit: Number(pane["@_ySplit"] ?? 0),
              xSplit: Number(pane["@_xSplit"] ?? 0),
              topLeftCell: (pane["@_topLeftCell"] as string | undefined) ?? null,
            }
          : null,
      autoFilter: (asNode(worksheet.autoFilter)["@_ref"] as string | undefined) ?? null,
      columnWidths: asArray(asNode(worksheet.cols).col).flatMap((col) =>
        Array.from({ length: Number(col["@_max"]) - Number(col["@_min"]) + 1 }, () => Number(col["@_width"])),
      ),
    };
  });
  return { sheets, files: Object.keys(files) };
}

/** A sheet's rows as plain values (text, numbers, booleans; "" for a missing cell). */
export function sheetValues(sheet: XlsxSheet): (string | number | boolean)[][] {
  const width = Math.max(0, ...sheet.rows.map((row) => row.length));
  return sheet.rows.map((row) => Array.from({ length: width }, (_, index) => row[index]?.value ?? ""));
}
