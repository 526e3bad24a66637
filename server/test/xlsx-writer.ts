// Test-only: a minimal XLSX writer written by hand (fflate for the zip, the XML as text), independent of the app's
// exceljs writer, so an import test edits a file with a different program than the one that exported it.
import { strToU8, zipSync } from "fflate";

/** A cell: text (an inline string), a number, a day (a date cell: serial with a date format) or a formula. */
export type WriterCell = string | number | boolean | null | { day: Date } | { formula: string; result?: number };

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[char] as string);
}

function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Excel's serial number of a UTC day. */
export function daySerial(day: Date): number {
  return day.getTime() / 86_400_000 + 25569;
}

function cellXml(cell: WriterCell, ref: string): string {
  if (cell === null || cell === "") return "";
  if (typeof cell === "string")
    return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
  if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === "boolean") return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  if ("day" in cell) return `<c r="${ref}" s="1"><v>${daySerial(cell.day)}</v></c>`;
  return `<c r="${ref}"><f>${escapeXml(cell.formula)}</f>${cell.result === undefined ? "" : `<v>${cell.result}</v>`}</c>`;
}

/** The sheet's XML, a row at a time (large sheets are joined once). */
export function sheetXml(rows: readonly (readonly WriterCell[])[]): string {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  rows.forEach((row, r) => {
    parts.push(`<row r="${r + 1}">${row.map((cell, c) => cellXml(cell, `${columnName(c)}${r + 1}`)).join("")}</row>`);
  });
  parts.push("</sheetData></worksheet>");
  return parts.join("");
}

/** A workbook of one sheet whose XML is given (for sheets too large to build as rows). */
export function xlsxOfSheetXml(sheet: string | Uint8Array): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    "xl/workbook.xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Tabelle1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    // Style 1: the built-in day format 14 (a date cell).
    "xl/styles.xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
    ),
    "xl/worksheets/sheet1.xml": typeof sheet === "string" ? strToU8(sheet) : sheet,
  };
  return zipSync(files, { level: 6 });
}

/** A workbook of one sheet with these rows (the first is the header). */
export function writeXlsx(rows: readonly (readonly WriterCell[])[]): Uint8Array {
  return xlsxOfSheetXml(sheetXml(rows));
}

/** CSV written by hand (not csv-stringify): fields quoted when needed, lines ending in CRLF. */
export function writeCsv(rows: readonly (readonly string[])[], delimiter: ";" | ","): string {
  const quote = (value: string) =>
    value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  return `${rows.map((row) => row.map(quote).join(delimiter)).join("\r\n")}\r\n`;
}

/** Text as Windows-1252 bytes (as German Excel saves CSV), for the characters this test uses. */
export function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { "€": 0x80, "„": 0x84, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97 };
  return Uint8Array.from(
    [...text].map((char) => {
      const code = char.codePointAt(0) as number;
      if (special[char] !== undefined) return special[char] as number;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      throw new Error(`not in Windows-1252: ${char}`);
    }),
  );
}
