// What a PDF looks like, checked by its pixels, on pages Chromium prints here (skipped where there is no Chromium):
// the pixel helpers themselves (a bar is a filled area, text and lines are not), the shipped font (重庆 drawn as
// glyphs, not as empty boxes, on a machine without a CJK font), and the printer's hyphenation (a word too long for
// its column breaks at a syllable with a hyphen, and only such words get soft hyphens), and the printer's wait for
// the page's own "drawn" signal.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, describe, expect, it } from "vitest";
import { PartnerMapFigure } from "@/app/_components/map/partner-map";
import { AGREEMENT_STATUS_COLORS } from "../domain/agreement-status";
import { MAP_COLORS } from "../domain/partner-map";
import { messagesFor } from "../i18n/messages";
import type { PlacedPartner } from "../services/partner/map";
import { fontStylesheet, printHtml } from "../test/print-html";
import { chromiumPath, closePdfBrowser, pdfBrowser } from "./pdf-browser";
import { PdfTimeoutError } from "./pdf-errors";
import { hyphenateBrokenWords, hyphenateWord } from "./pdf-hyphens";
import {
  type Box,
  filledPixels,
  findPhrase,
  inkedPixels,
  mapPixels,
  pdfFontNames,
  pdfWords,
  renderPage,
} from "./pdf-pixels";
import { waitUntilReady } from "./pdf-print";

const SOFT_HYPHEN = "\u00ad";
const HYPHEN = "\u2010";

describe("soft hyphens by the language's patterns", () => {
  it("hyphenates German and English words at their syllables, short words not at all", async () => {
    expect(await hyphenateWord("Partnerschaftsvereinbarung", "de")).toBe(
      ["Part", "ner", "schafts", "ver", "ein", "ba", "rung"].join(SOFT_HYPHEN),
    );
    expect(await hyphenateWord("Oberbürgermeisterin", "de")).toBe(
      ["Ober", "bür", "ger", "meis", "te", "rin"].join(SOFT_HYPHEN),
    );
    expect(await hyphenateWord("partnership", "en")).toBe(["part", "ner", "ship"].join(SOFT_HYPHEN));
    expect(await hyphenateWord("Köln", "de")).toBe("Köln");
  });
});

/** No CJK font installed (fontconfig knows none for Chinese): the fresh machine this must work on. */
const noCjkFont = (() => {
  try {
    return execFileSync("fc-list", [":lang=zh"], { encoding: "utf8" }).trim() === "";
  } catch {
    return false;
  }
})();

describe.skipIf(!existsSync(chromiumPath()))("on a PDF Chromium prints here", () => {
  afterAll(closePdfBrowser);

  it("finds filled areas (bars) and tells them from text and lines", async () => {
    const bytes = await printHtml(
      `<body style="margin: 0; font: 12px sans-serif">` +
        `<p>Vereinbarungen nach Status</p>` +
        `<div style="height: 30px; width: 300px; background: #1f6f3a"></div>` +
        `<p>Nur Text, eine Linie <span style="display: inline-block; width: 300px; border-top: 1px solid #999"></span></p>` +
        `<p>Daten als Tabelle</p></body>`,
      { headerFooter: false },
    );
    const [page] = pdfWords(bytes);
    if (!page) throw new Error("no page");
    const title = findPhrase(page, "Vereinbarungen nach Status");
    const text = findPhrase(page, "Nur Text, eine Linie");
    const table = findPhrase(page, "Daten als Tabelle");
    expect(title && text && table).toBeTruthy();
    if (!title || !text || !table) return;
    const raster = renderPage(bytes, 1, 72);
    const bar: Box = { x0: 0, y0: title.y1, x1: page.width, y1: text.y0 };
    const textLine: Box = { x0: 0, y0: text.y0, x1: page.width, y1: text.y1 + 2 };
    // The bar: 300 × 30 CSS px is 225 × 22.5 pt; at 72 dpi about (225 − 3) × (22 − 3) top-left corners of 4 × 4.
    expect(filledPixels(raster, bar)).toBeGreaterThan(3500);
    expect(inkedPixels(raster, textLine)).toBeGreaterThan(100);
    expect(filledPixels(raster, textLine)).toBe(0);
  });

  it("prints once the page says it is drawn, and fails naming what it still waits for", async () => {
    const browser = await pdfBrowser();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      // Drawn a moment after loading: waited for, whatever it takes.
      await page.setContent(
        `<script>setTimeout(() => { document.documentElement.dataset.reportReady = "ready"; }, 300);</script>`,
      );
      await waitUntilReady(page, 5000);
      // Never drawn: no PDF, a 504 that names the chart.
      await page.setContent(`<script>document.documentElement.dataset.reportPending = "by-status-title";</script>`);
      const error = await waitUntilReady(page, 1000).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PdfTimeoutError);
      expect((error as PdfTimeoutError).status).toBe(504);
      expect((error as Error).message).toContain("not ready: by-status-title");
    } finally {
      await context.close();
    }
  });

  const chongqing = (family: string, stylesheet = "") =>
    printHtml(
      `<html lang="zh">${stylesheet}<body style="font-family: ${family}; margin: 0">` +
        `<p style="font-size: 96px; margin: 0">重庆</p><p>Köln</p></body></html>`,
      { headerFooter: false },
    );

  /**
   * How much of the middle of each glyph in the first line is inked, glyph by glyph (a glyph: a run of columns with
   * ink, between blank columns). A missing glyph is drawn as an empty box (tofu, an outline) or not at all: its
   * middle third is blank. 重 and 庆 both have strokes through their middle.
   */
  function glyphMiddles(bytes: Uint8Array): number[] {
    const raster = renderPage(bytes, 1, 150);
    // The line of 重庆 (96 px type), above the line of "Köln".
    const band = { y0: 0, y1: Math.round((92 / 72) * 150) };
    const inked = (x: number, y: number) => {
      const i = (y * raster.width + x) * 3;
      return Math.min(raster.rgb[i] ?? 255, raster.rgb[i + 1] ?? 255, raster.rgb[i + 2] ?? 255) < 235;
    };
    const columnInked = (x: number) => {
      for (let y = band.y0; y < band.y1; y++) if (inked(x, y)) return true;
      return false;
    };
    const glyphs: { x0: number; x1: number }[] = [];
    for (let x = 0; x < raster.width; x++) {
      if (!columnInked(x)) continue;
      const last = glyphs.at(-1);
      if (last && last.x1 === x) last.x1 = x + 1;
      else glyphs.push({ x0: x, x1: x + 1 });
    }
    return glyphs
      .filter((glyph) => glyph.x1 - glyph.x0 > 20)
      .map((glyph) => {
        const rows = [];
        for (let y = band.y0; y < band.y1; y++) {
          for (let x = glyph.x0; x < glyph.x1; x++) {
            if (inked(x, y)) {
              rows.push(y);
              break;
            }
          }
        }
        const y0 = Math.min(...rows);
        const y1 = Math.max(...rows) + 1;
        const middle = {
          x0: glyph.x0 + Math.floor((glyph.x1 - glyph.x0) / 3),
          x1: glyph.x1 - Math.floor((glyph.x1 - glyph.x0) / 3),
          y0: y0 + Math.floor((y1 - y0) / 3),
          y1: y1 - Math.floor((y1 - y0) / 3),
        };
        let count = 0;
        for (let y = middle.y0; y < middle.y1; y++)
          for (let x = middle.x0; x < middle.x1; x++) if (inked(x, y)) count++;
        return count / ((middle.x1 - middle.x0) * (middle.y1 - middle.y0));
      });
  }

  it("draws 重庆 with the shipped Noto Sans SC: glyphs, embedded, as text", async () => {
    const bytes = await chongqing("'Noto Sans SC'", fontStylesheet("@fontsource/noto-sans-sc/400.css"));
    expect(pdfFontNames(bytes).some((name) => /^NotoSansSC/.test(name))).toBe(true);
    expect(pdfWords(bytes)[0]?.words.map((w) => w.text)).toContain("重庆");
    const middles = glyphMiddles(bytes);
    expect(middles).toHaveLength(2);
    for (const inked of middles) expect(inked).toBeGreaterThan(0.1);
  });

  it.skipIf(!noCjkFont)("draws 重庆 as empty boxes without it, on this machine with no CJK font", async () => {
    // What the reports looked like here before they shipped the font; shows the check above can fail.
    const bytes = await chongqing("sans-serif");
    expect(pdfFontNames(bytes).some((name) => /NotoSansSC|NotoSansCJK/.test(name))).toBe(false);
    const middles = glyphMiddles(bytes);
    expect(middles.length).toBeLessThanOrEqual(2);
    for (const inked of middles) expect(inked).toBeLessThan(0.02);
  });

  const column = (text: string) =>
    `<html lang="de">${fontStylesheet("@fontsource/noto-sans/400.css")}` +
    `<body style="font: 12px 'Noto Sans'"><div class="report">` +
    `<div style="width: 90px; overflow-wrap: anywhere">${text} ${URL}</div>` +
    `<p>Wirtschaftsförderung passt in eine Zeile.</p></div></body></html>`;
  const URL = "https://www.stadt-koeln.de/politikundverwaltung";
  const WORDS = "Partnerschaftsvereinbarung Oberbürgermeisterin KölnBusiness Wirtschaftsförderungs-GmbH";
  const linesOf = (bytes: Uint8Array) => (pdfWords(bytes)[0]?.words ?? []).map((w) => w.text);

  it("breaks a word too long for its column inside it without a hyphen, unless hyphenated", async () => {
    const plain = linesOf(await printHtml(column(WORDS), { headerFooter: false }));
    // overflow-wrap: anywhere cuts the words where the column ends: pieces that are no words.
    const pieces = plain.filter((piece) =>
      WORDS.split(" ").some((word) => piece.length >= 5 && piece !== word && word.startsWith(piece)),
    );
    expect(pieces.length).toBeGreaterThanOrEqual(2);
    expect(plain.join(" ")).not.toContain(SOFT_HYPHEN);

    let hyphenated = 0;
    const bytes = await printHtml(column(WORDS), {
      headerFooter: false,
      before: async (page) => {
        hyphenated = await hyphenateBrokenWords(page, "de");
      },
    });
    expect(hyphenated).toBeGreaterThanOrEqual(3);
    const words = linesOf(bytes);
    // Each line of a broken word ends with the soft hyphen it broke at, drawn as a hyphen (U+2010 or "-", as the font
    // has it); joined at them, the words are whole again.
    const breaks = new RegExp(`${SOFT_HYPHEN}[-${HYPHEN}] `, "g");
    const joined = words.join(" ").replace(breaks, "").replaceAll(SOFT_HYPHEN, "").split(" ");
    for (const word of WORDS.split(" ")) expect(joined).toContain(word);
    expect(words.join(" ").match(breaks)?.length).toBeGreaterThanOrEqual(3);
    // Words that fit, and addresses, get no soft hyphens (they would stay in the PDF's text and get in the way of
    // searching and copying); an address is broken where the column ends, without a hyphen that is no part of it.
    const fits = words.filter((word) => word.replaceAll(SOFT_HYPHEN, "") === "Wirtschaftsförderung");
    expect(fits).toEqual(["Wirtschaftsförderung"]);
    const address = words.slice(
      words.findIndex((word) => word.startsWith("https:")),
      words.findIndex((word) => word.endsWith("verwaltung")) + 1,
    );
    expect(address.length).toBeGreaterThan(1);
    expect(address.join("")).toBe(URL);
  });

  it("finds a partner map's land and marker colours in its box, and none in a blank map box", async () => {
    const partner = (id: number, nameDe: string, latitude: number, longitude: number, status: "ACTIVE" | "SUSPENDED") =>
      ({
        id,
        nameDe,
        nameEn: nameDe,
        nameLocal: null,
        countryCode: "FR",
        continent: "EUROPE",
        kind: "CITY",
        verified: true,
        status,
        statuses: { [status]: 1 },
        agreements: 1,
        latitude,
        longitude,
      }) satisfies PlacedPartner;
    const data = {
      placed: [
        partner(1, "Lille", 50.629, 3.057, "ACTIVE"),
        partner(2, "Turin", 45.07, 7.686, "ACTIVE"),
        partner(3, "Chongqing", 29.563, 106.552, "SUSPENDED"),
        partner(4, "Wolgograd", 48.708, 44.513, "SUSPENDED"),
      ],
      unplaced: [],
      filtered: false,
    };
    const figure = renderToStaticMarkup(
      createElement(PartnerMapFigure, { data, m: messagesFor("de"), locale: "de", interactive: false }),
    );
    // The same panels with nothing drawn in them (the legend kept): what a map that failed to draw would print.
    const blank = figure.replace(/<svg([^>]*data-map-panel[^>]*)>[\s\S]*?<\/svg>/g, "<svg$1></svg>");
    expect(blank).not.toBe(figure);
    const print = (html: string) =>
      printHtml(`<body style="margin: 0; width: 700px">${html}</body>`, { headerFooter: false });
    const colors = [AGREEMENT_STATUS_COLORS.ACTIVE, AGREEMENT_STATUS_COLORS.SUSPENDED];
    const page: Box = { x0: 0, y0: 0, x1: 1000, y1: 1000 };
    const drawn = mapPixels(renderPage(await print(figure), 1, 72), page, MAP_COLORS.land, colors);
    const empty = mapPixels(renderPage(await print(blank), 1, 72), page, MAP_COLORS.land, colors);
    expect(drawn.land).toBeGreaterThan(5000);
    // A blank box: a few pixels of that grey at most (the edges of its frame), nothing like land.
    expect(empty.land).toBeLessThan(200);
    // The legend's swatches are in both; the markers only where the map is drawn.
    for (const color of colors) {
      expect((drawn.markers[color] ?? 0) - (empty.markers[color] ?? 0), color).toBeGreaterThan(20);
    }
  });
});
