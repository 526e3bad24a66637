// The metric-matched fallback of Noto Sans (app/globals.css, "Noto Sans Fallback"): its size-adjust and ascent,
// descent and line-gap overrides are what next/font's formula gives for the shipped font files, so a text drawn before
// Noto Sans has loaded takes the room it will take after (no layout shift when the font swaps in). Fails when the
// @fontsource package's files change and the CSS was not brought along.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
// The font reader next/font itself uses (compiled into next), and its formula.
const fontkit = require("next/dist/compiled/@next/font/dist/fontkit").default;
const openFont = (bytes: Buffer) => (fontkit.default ?? fontkit)(bytes);

/** next/font's letters for an average width (letter frequencies of running text, with spaces). */
const AVERAGE_OF = "aaabcdeeeefghiijklmnnoopqrrssttuvwxyz      ";
/**
 * The average widths of the fallback faces, in their units per em (2048): Arial regular as next/font has it, and Arial
 * Bold measured the same way on Liberation Sans Bold (the same advance widths as Arial Bold by design).
 */
const FALLBACK = { 400: 934.5116279069767, 700: 1011.046511627907 } as const;

function expected(weight: 400 | 700) {
  const file = path.resolve(`node_modules/@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff2`);
  const font = openFont(readFileSync(file));
  const widths: number[] = font
    .glyphsForString(AVERAGE_OF)
    .map((glyph: { advanceWidth: number }) => glyph.advanceWidth);
  const average = widths.reduce((sum, width) => sum + width, 0) / widths.length;
  const sizeAdjust = average / font.unitsPerEm / (FALLBACK[weight] / 2048);
  const percent = (value: number) => `${Math.abs(value * 100).toFixed(2)}%`;
  return {
    "size-adjust": percent(sizeAdjust),
    "ascent-override": percent(font.ascent / (font.unitsPerEm * sizeAdjust)),
    "descent-override": percent(font.descent / (font.unitsPerEm * sizeAdjust)),
    "line-gap-override": percent(font.lineGap / (font.unitsPerEm * sizeAdjust)),
  };
}

function declared(weight: 400 | 700): Record<string, string> {
  const css = readFileSync(path.resolve("app/globals.css"), "utf8");
  const face = [...css.matchAll(/@font-face\s*{([^}]*)}/g)]
    .map((match) => match[1] ?? "")
    .find((body) => body.includes('"Noto Sans Fallback"') && body.includes(`font-weight: ${weight};`));
  if (!face) throw new Error(`no "Noto Sans Fallback" face of weight ${weight} in app/globals.css`);
  return Object.fromEntries(
    [...face.matchAll(/([a-z-]+):\s*([^;]+);/g)].map((match) => [match[1] ?? "", (match[2] ?? "").trim()]),
  );
}

describe("the metric-matched fallback of Noto Sans", () => {
  for (const weight of [400, 700] as const) {
    it(`weight ${weight}: the overrides are those of the shipped font file`, () => {
      const face = declared(weight);
      const want = expected(weight);
      for (const [property, value] of Object.entries(want)) {
        expect(Number.parseFloat(face[property] ?? ""), property).toBe(Number.parseFloat(value));
        expect(face[property], property).toMatch(/%$/);
      }
      // Larger than Arial (Noto Sans is wider), and Liberation Sans named for Linux, where there is no Arial.
      expect(Number.parseFloat(want["size-adjust"])).toBeGreaterThan(100);
      expect(face.src).toContain('local("Liberation Sans');
    });
  }

  it("comes after Noto Sans and before the system fonts in the theme's typeface", () => {
    const css = readFileSync(path.resolve("app/globals.css"), "utf8");
    const stack = /--kern-typography-font-family-default:([^;]+);/.exec(css)?.[1]?.replace(/\s+/g, " ") ?? "";
    expect(stack.indexOf('"Noto Sans Fallback"')).toBeGreaterThan(stack.indexOf('"Noto Sans"'));
    expect(stack.indexOf('"Noto Sans Fallback"')).toBeLessThan(stack.indexOf("system-ui"));
  });
});
