// Checks a PDF the way a reader would get it, with poppler's own tools (pdfinfo, pdftotext; Debian package
// poppler-utils): a valid PDF, tagged for accessibility, with a document outline and the expected number of pages;
// returns its text for the caller to look for titles and names. Used by the browser tests (e2e) on downloaded PDFs.
// Node built-ins only, so any test runner can import it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface PdfCheck {
  pages: number;
  /** The text, page by page (pages separated by form feeds), as pdftotext extracts it. */
  text: string;
  /** pdfinfo's Title (the print page's <title>). */
  title: string;
  tagged: boolean;
  /** A document outline (bookmarks) is present. */
  outline: boolean;
  /** pdfinfo's fields (Title, Creator, Producer, Pages, Tagged, Page size …). */
  info: Record<string, string>;
}

export interface PdfExpectations {
  /** At least this many pages (default 1; the partnership report has more than one). */
  minPages?: number;
  /** Must be tagged (default true). */
  tagged?: boolean;
  /** Must have an outline (default true). */
  outline?: boolean;
}

function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const detail = (error as { stderr?: string; message?: string }).stderr || (error as Error).message;
    const missing = (error as { code?: string }).code === "ENOENT";
    throw new Error(
      missing
        ? `${command} is missing: install poppler-utils (apt-get install poppler-utils)`
        : `${command} failed: ${String(detail).trim()}`,
    );
  }
}

/** Throws (naming what is wrong) unless `bytes` is a valid PDF that meets the expectations; returns what it holds. */
export function checkPdf(bytes: Uint8Array | ArrayBuffer, expect: PdfExpectations = {}): PdfCheck {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const head = Buffer.from(data.subarray(0, 5)).toString("latin1");
  if (head !== "%PDF-") throw new Error(`not a PDF: it starts with ${JSON.stringify(head)}`);
  const dir = mkdtempSync(path.join(tmpdir(), "pdf-check-"));
  try {
    const file = path.join(dir, "file.pdf");
    writeFileSync(file, data);
    const info: Record<string, string> = {};
    for (const line of run("pdfinfo", ["-enc", "UTF-8", file]).split("\n")) {
      const match = /^([^:]+):\s*(.*)$/.exec(line);
      if (match?.[1]) info[match[1].trim()] = (match[2] ?? "").trim();
    }
    const pages = Number(info.Pages);
    if (!Number.isInteger(pages) || pages < 1) throw new Error(`pdfinfo found no pages (Pages: ${info.Pages})`);
    const text = run("pdftotext", ["-enc", "UTF-8", file, "-"]);
    // The outline's root is the catalogue's /Outlines entry (Chromium writes it uncompressed).
    const outline = Buffer.from(data).toString("latin1").includes("/Outlines");
    const result: PdfCheck = { pages, text, title: info.Title ?? "", tagged: info.Tagged === "yes", outline, info };

    const minPages = expect.minPages ?? 1;
    if (pages < minPages) throw new Error(`expected at least ${minPages} pages, found ${pages}`);
    if ((expect.tagged ?? true) && !result.tagged) throw new Error(`not tagged (pdfinfo: Tagged: ${info.Tagged})`);
    if ((expect.outline ?? true) && !outline) throw new Error("no document outline (/Outlines)");
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
