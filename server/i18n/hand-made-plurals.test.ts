// Plurals and numbers in the interface, the exports and the PDF reports come from the ICU catalogue, formatted in the
// reader's language: no "1 results", no "10000 Treffer", no German digits in an English report. This test reads the
// product code and fails on the patterns that hand-make them; `fmt` itself requires the language (a type error
// without it), so a message can no longer fall back to German number formatting silently.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const FOLDERS = ["app", "server/export", "server/services", "server/i18n", "server/lists", "server/schemas"];

function productFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

/** Patterns that hand-make a plural or a number in text shown to people. */
const PATTERNS: [string, RegExp][] = [
  // A count put straight before a word: `${count} Treffer`, `${items.length} results`.
  ["a count before a word in a template", /\$\{[^}]*\b(count|total|length|size|shown)\b[^}]*\}\s+\p{L}/u],
  // A choice between singular and plural by hand: `count === 1 ? "result" : "results"`.
  ["a singular chosen by hand", /\b(count|total|length|size)\s*[!=]==?\s*1\s*\?\s*(["'`]|\w+\.\w*One\b)/],
  // Numbers formatted outside the catalogue's formatter.
  ["toLocaleString instead of formatNumber", /\.toLocaleString\(/],
  // The same in JSX: {items.length} Treffer.
  ["a count before a word in markup", /\{[^{}]*\.(length|count|total)\}\s*\p{L}{2,}\b(?!\s*=)/u],
];

/** Messages that spell a plural by hand instead of {count, plural, …}. */
const HAND_MADE_MESSAGE = /\(e?n\)|\(s\)|\{count\}\s+\p{L}/u;

describe("hand-made plurals and numbers", () => {
  const files = FOLDERS.flatMap(productFiles);

  it("reads the product code", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it("finds none in the product code", () => {
    const found: string[] = [];
    for (const file of files) {
      const lines = readFileSync(path.join(ROOT, file), "utf8").split("\n");
      lines.forEach((line, index) => {
        // Comments, and texts for developers only (marked "i18n-exempt" with the reason), are not shown to people.
        if (line.trim().startsWith("//") || line.trim().startsWith("*") || line.includes("i18n-exempt")) return;
        for (const [what, pattern] of PATTERNS) {
          if (pattern.test(line)) found.push(`${file}:${index + 1}: ${what}: ${line.trim()}`);
        }
      });
    }
    expect(found).toEqual([]);
  });

  it("finds no message in the catalogue that spells a plural or a number by hand", () => {
    const found: string[] = [];
    for (const file of productFiles("server/i18n/messages")) {
      const lines = readFileSync(path.join(ROOT, file), "utf8").split("\n");
      lines.forEach((line, index) => {
        if (HAND_MADE_MESSAGE.test(line)) found.push(`${file}:${index + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });

  it("fails on the patterns it looks for, and not on code that only looks alike", () => {
    const samples = [
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a sample of source text, not a template.
      "const text = `${count} results`;",
      'const word = count === 1 ? "Treffer" : "Treffer";',
      "const count = data.total === 1 ? r.agreementCountOne : fmt(r.agreementCount, { count }, locale);",
      "n.toLocaleString()",
      "<span>{items.length} Treffer</span>",
    ];
    for (const sample of samples) expect(PATTERNS.some(([, pattern]) => pattern.test(sample))).toBe(true);
    const code = [
      "const after = branches.length === 1 ? (branches[0] as W) : x;",
      '<Bar name={m.common.count} cursor="pointer">',
    ];
    for (const sample of code) expect(PATTERNS.some(([, pattern]) => pattern.test(sample))).toBe(false);
    expect(HAND_MADE_MESSAGE.test('  results: "{count} Treffer",')).toBe(true);
    expect(HAND_MADE_MESSAGE.test('  results: "{count, plural, one {# Treffer} other {# Treffer}}",')).toBe(false);
  });
});
