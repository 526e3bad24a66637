// Hyphenation of the PDF reports. Chromium hyphenates (`hyphens: auto`) only with hyphenation dictionaries, which it
// gets from its component updater; Debian's chromium package ships none (checked: no hyph-*.hyb anywhere), so in
// the printer `hyphens: auto` does nothing and a word too long for its table column was broken anywhere
// (`overflow-wrap: anywhere`), e.g. "Partnerschaftsverei|nbarung". The printer therefore finds the words the page
// broke across lines and gives them soft hyphens at the syllables TeX's patterns allow (npm `hyphen`: de-1996 for
// German, en-gb for English), so they break as "Partner‐|schaftsvereinbarung". Only those words: a soft hyphen
// stays in the PDF's text even where the word is not broken, and would get in the way of searching and copying.
import type { Page } from "playwright-core";
import type { Locale } from "../i18n/locales";

const SOFT_HYPHEN = "\u00ad";

type Hyphenate = (text: string, options: { hyphenChar: string; minWordLength: number }) => string;
const hyphenators: Partial<Record<Locale, Hyphenate>> = {};

async function hyphenatorFor(locale: Locale): Promise<Hyphenate> {
  const loaded = hyphenators[locale];
  if (loaded) return loaded;
  // Loaded on first use: the patterns are ~750 KB of JavaScript each.
  const patterns = locale === "de" ? await import("hyphen/de") : await import("hyphen/en-gb");
  const hyphenate = (patterns.default ?? patterns).hyphenateSync as Hyphenate;
  hyphenators[locale] = hyphenate;
  return hyphenate;
}

/** The word with soft hyphens where the language's patterns allow a break (none in words under 5 letters). */
export async function hyphenateWord(word: string, locale: Locale): Promise<string> {
  return (await hyphenatorFor(locale))(word, { hyphenChar: SOFT_HYPHEN, minWordLength: 5 });
}

/** A word of the report that the browser broke across lines: its text node (by index) and where it is in it. */
export interface BrokenWord {
  node: number;
  start: number;
  word: string;
}

/**
 * In the page: the words of at least 5 letters inside `.report` that the layout split across lines, not counting
 * chart drawings (SVG) and addresses (a word touching "/", ".", "@", ":" or a digit is part of a URL or an e-mail
 * address, which must not get hyphens). Keeps the text nodes on `window` for applyHyphens.
 */
function findBrokenWords(): BrokenWord[] {
  const report = document.querySelector(".report");
  const nodes: Text[] = [];
  (window as unknown as { reportTextNodes?: Text[] }).reportTextNodes = nodes;
  if (!report) return [];
  // No named inner functions: Playwright sends this function's source to the page, without the helpers a
  // compiler may add for them.
  const walker = document.createTreeWalker(report, NodeFilter.SHOW_TEXT);
  const broken: BrokenWord[] = [];
  const range = document.createRange();
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.closest("svg, style, script")) continue;
    const text = node.data;
    for (const match of text.matchAll(/\p{L}{5,}/gu)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (/[/.@:\d]/.test(text.charAt(start - 1)) || /[/.@:\d]/.test(text.charAt(end))) continue;
      if (!/^\p{Script=Latin}+$/u.test(match[0])) continue;
      range.setStart(node, start);
      // With a hyphen after it ("Wirtschaftsförderungs-GmbH"), a break before that hyphen counts as broken too.
      range.setEnd(node, text.charAt(end) === "-" ? end + 1 : end);
      const lines = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
      if (lines.size > 1) {
        if (nodes.at(-1) !== node) nodes.push(node);
        broken.push({ node: nodes.length - 1, start, word: match[0] });
      }
    }
  }
  return broken;
}

/** In the page: puts the hyphenated words in place of the broken ones (last first, so the offsets hold). */
function applyHyphens(changes: { node: number; start: number; word: string; hyphenated: string }[]) {
  const nodes = (window as unknown as { reportTextNodes?: Text[] }).reportTextNodes ?? [];
  for (const change of [...changes].sort((a, b) => a.node - b.node || b.start - a.start)) {
    const node = nodes[change.node];
    if (node?.data.substr(change.start, change.word.length) === change.word) {
      node.replaceData(change.start, change.word.length, change.hyphenated);
    }
  }
  delete (window as unknown as { reportTextNodes?: Text[] }).reportTextNodes;
}

/** Hyphenates the words the report page broke across lines; returns how many it hyphenated. */
export async function hyphenateBrokenWords(page: Page, locale: Locale): Promise<number> {
  const broken = await page.evaluate(findBrokenWords);
  if (broken.length === 0) return 0;
  const changes = await Promise.all(
    broken.map(async (entry) => ({ ...entry, hyphenated: await hyphenateWord(entry.word, locale) })),
  );
  const useful = changes.filter((change) => change.hyphenated !== change.word);
  await page.evaluate(applyHyphens, useful);
  return useful.length;
}
