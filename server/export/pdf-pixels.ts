// Looks at a PDF as a reader sees it, with poppler's tools (Debian package poppler-utils): a page rendered to
// pixels (pdftoppm), where each word is (pdftotext -bbox), which fonts it embeds (pdffonts). The tests use it to
// check that a chart's box holds drawn bars and that 重庆 is drawn with glyphs, not empty boxes. Node built-ins only,
// so Vitest and Playwright tests alike can import it. Coordinates are PDF points (1/72 inch) from the top left.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfWord extends Box {
  text: string;
}

export interface PdfPageWords {
  width: number;
  height: number;
  words: PdfWord[];
}

/** A page as RGB pixels. */
export interface Raster {
  width: number;
  height: number;
  dpi: number;
  rgb: Uint8Array;
}

function withFile<T>(bytes: Uint8Array, use: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), "pdf-pixels-"));
  try {
    const file = path.join(dir, "file.pdf");
    writeFileSync(file, bytes);
    return use(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): Buffer {
  try {
    return execFileSync(command, args, { maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") {
      throw new Error(`${command} is missing: install poppler-utils (apt-get install poppler-utils)`);
    }
    throw new Error(`${command} failed: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`);
  }
}

/** Page `page` (from 1) rendered at `dpi` (pdftoppm, no anti-aliasing of vectors, so fills keep their colour). */
export function renderPage(bytes: Uint8Array, page: number, dpi = 72): Raster {
  return withFile(bytes, (file, dir) => {
    const out = path.join(dir, "page");
    run("pdftoppm", ["-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", file, out]);
    const ppm = readFileSync(`${out}.ppm`);
    // Binary PPM: "P6", width, height, maxval (255), each after whitespace, then the pixels.
    const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString("latin1"));
    if (!header) throw new Error("pdftoppm wrote no binary PPM");
    const [whole, width, height] = header;
    return {
      width: Number(width),
      height: Number(height),
      dpi,
      rgb: new Uint8Array(ppm.subarray(whole.length)),
    };
  });
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Every word of every page with its box (pdftotext -bbox). */
export function pdfWords(bytes: Uint8Array): PdfPageWords[] {
  const html = withFile(bytes, (file) => run("pdftotext", ["-bbox", "-enc", "UTF-8", file, "-"]).toString("utf8"));
  const pages: PdfPageWords[] = [];
  for (const page of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words: PdfWord[] = [];
    for (const word of (page[3] ?? "").matchAll(
      /<word xMin="(-?[\d.]+)" yMin="(-?[\d.]+)" xMax="(-?[\d.]+)" yMax="(-?[\d.]+)">([^<]*)<\/word>/g,
    )) {
      words.push({
        x0: Number(word[1]),
        y0: Number(word[2]),
        x1: Number(word[3]),
        y1: Number(word[4]),
        text: decodeEntities(word[5] ?? ""),
      });
    }
    pages.push({ width: Number(page[1]), height: Number(page[2]), words });
  }
  return pages;
}

/**
 * Where `phrase` stands on the page (its first place below `below`, in points): its words in a row on one line;
 * their joint box (null if not there).
 */
export function findPhrase(page: PdfPageWords, phrase: string, below = Number.NEGATIVE_INFINITY): Box | null {
  const wanted = phrase.split(/\s+/).filter(Boolean);
  const { words } = page;
  for (let i = 0; i + wanted.length <= words.length; i++) {
    const run = words.slice(i, i + wanted.length);
    const first = run[0];
    if (!first) continue;
    if (first.y0 <= below) continue;
    const sameLine = run.every((word) => Math.abs(word.y0 - first.y0) < 2);
    if (sameLine && run.every((word, k) => word.text === wanted[k])) {
      return {
        x0: Math.min(...run.map((w) => w.x0)),
        y0: Math.min(...run.map((w) => w.y0)),
        x1: Math.max(...run.map((w) => w.x1)),
        y1: Math.max(...run.map((w) => w.y1)),
      };
    }
  }
  return null;
}

/** The fonts the PDF embeds, as pdffonts names them (subset prefix removed), e.g. "NotoSansSCThin-Regular". */
export function pdfFontNames(bytes: Uint8Array): string[] {
  const listing = withFile(bytes, (file) => run("pdffonts", [file]).toString("utf8"));
  return listing
    .split("\n")
    .slice(2)
    .map((line) => line.split(/\s+/)[0] ?? "")
    .filter(Boolean)
    .map((name) => name.replace(/^[A-Z]{6}\+/, ""));
}

function pixelBox(raster: Raster, box: Box) {
  const scale = raster.dpi / 72;
  return {
    x0: Math.max(0, Math.floor(box.x0 * scale)),
    y0: Math.max(0, Math.floor(box.y0 * scale)),
    x1: Math.min(raster.width, Math.ceil(box.x1 * scale)),
    y1: Math.min(raster.height, Math.ceil(box.y1 * scale)),
  };
}

const WHITE_ABOVE = 235;

/** Pixels in the box that are not white (any channel below 235). */
export function inkedPixels(raster: Raster, box: Box): number {
  const { x0, y0, x1, y1 } = pixelBox(raster, box);
  let inked = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * raster.width + x) * 3;
      if (Math.min(raster.rgb[i] ?? 255, raster.rgb[i + 1] ?? 255, raster.rgb[i + 2] ?? 255) < WHITE_ABOVE) inked++;
    }
  }
  return inked;
}

/**
 * Pixels in the box that lie in a solid area: the top-left pixel of a `size` × `size` square of one non-white colour.
 * Bars of a chart are solid areas; text, axis and grid lines at report sizes are not (they are thinner than `size`
 * pixels), so an empty chart box has none even with its axes.
 */
export function filledPixels(raster: Raster, box: Box, size = 4): number {
  const { x0, y0, x1, y1 } = pixelBox(raster, box);
  const at = (x: number, y: number) => (y * raster.width + x) * 3;
  let filled = 0;
  for (let y = y0; y + size <= y1; y++) {
    for (let x = x0; x + size <= x1; x++) {
      const i = at(x, y);
      const r = raster.rgb[i] ?? 255;
      const g = raster.rgb[i + 1] ?? 255;
      const b = raster.rgb[i + 2] ?? 255;
      if (Math.min(r, g, b) >= WHITE_ABOVE) continue;
      let solid = true;
      for (let dy = 0; dy < size && solid; dy++) {
        for (let dx = 0; dx < size; dx++) {
          const j = at(x + dx, y + dy);
          if (
            Math.abs((raster.rgb[j] ?? 255) - r) > 12 ||
            Math.abs((raster.rgb[j + 1] ?? 255) - g) > 12 ||
            Math.abs((raster.rgb[j + 2] ?? 255) - b) > 12
          ) {
            solid = false;
            break;
          }
        }
      }
      if (solid) filled++;
    }
  }
  return filled;
}

/** Pixels in the box within `tolerance` (per channel) of the colour `hex` (#rrggbb). */
export function pixelsOfColor(raster: Raster, box: Box, hex: string, tolerance = 24): number {
  const want = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  const { x0, y0, x1, y1 } = pixelBox(raster, box);
  let count = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * raster.width + x) * 3;
      if (want.every((value, channel) => Math.abs((raster.rgb[i + channel] ?? 255) - (value ?? 0)) <= tolerance)) {
        count++;
      }
    }
  }
  return count;
}

/**
 * What a map's box holds (the partner map, app/_components/map): its land's pixels (the land's grey fill) and each
 * marker colour's. An empty box (or one with only a frame and the sea) has no land and no marker pixels.
 */
export function mapPixels(
  raster: Raster,
  box: Box,
  land: string,
  markers: readonly string[],
): { land: number; markers: Record<string, number> } {
  return {
    land: pixelsOfColor(raster, box, land, 6),
    markers: Object.fromEntries(markers.map((color) => [color, pixelsOfColor(raster, box, color, 16)])),
  };
}
