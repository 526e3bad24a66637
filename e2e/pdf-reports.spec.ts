// The three PDF reports as a reader sees them, in German and English, looked at by their pixels: every chart's box
// holds drawn bars (not only its title), 重庆 is drawn with the shipped font (no CJK font is installed here), German
// words are broken only at their syllables, no page holds a lone line; and eight reports asked for at once all come.
import { type APIRequestContext, expect, test } from "@playwright/test";
import { AGREEMENT_STATUS_COLORS } from "../server/domain/agreement-status";
import { MAP_COLORS } from "../server/domain/partner-map";
import { checkPdf } from "../server/export/pdf-check";
import {
  type Box,
  filledPixels,
  findPhrase,
  inkedPixels,
  mapPixels,
  pdfFontNames,
  pdfWords,
  renderPage,
} from "../server/export/pdf-pixels";
import { PDF_TIMEOUT_MS } from "../server/export/pdf-print";
import { fmt } from "../server/i18n/format";
import type { Locale } from "../server/i18n/locales";
import { messagesFor, reportMessagesFor } from "../server/i18n/messages";
import { trpcMutation, trpcQuery } from "./api";

const LOCALES: readonly Locale[] = ["de", "en"];
const SOFT_HYPHEN = "\u00ad";
/** The year of the milestone this spec adds, so the annual report of that year has a working-group chart. */
const MILESTONE_YEAR = 2021;

async function download(request: APIRequestContext, query: string): Promise<Uint8Array> {
  const response = await request.get(`/api/export/${query}`);
  expect(response.status(), `${query}: ${response.status()} ${(await response.body()).subarray(0, 300)}`).toBe(200);
  const bytes = new Uint8Array(await response.body());
  checkPdf(bytes);
  return bytes;
}

/**
 * Each chart's box, found by its title and the data table's "Data as a table" line under it, holds bars: at least
 * `minFilled` pixels of solid area at 72 dpi (a chart not drawn leaves the box white; its axes and labels are
 * lines and text, and its legend's four swatches make about 160).
 */
function expectChartsDrawn(bytes: Uint8Array, titles: readonly string[], tableLabel: string, minFilled = 1500) {
  const pages = pdfWords(bytes);
  for (const title of titles) {
    const index = pages.findIndex((page) => findPhrase(page, title));
    const page = pages[index];
    const heading = page && findPhrase(page, title);
    expect(heading, `the chart "${title}" is in the PDF`).toBeTruthy();
    if (!page || !heading) continue;
    const table = findPhrase(page, tableLabel, heading.y1);
    const box: Box = { x0: 0, x1: page.width, y0: heading.y1, y1: table?.y0 ?? page.height - 55 };
    const filled = filledPixels(renderPage(bytes, index + 1, 72), box);
    expect(filled, `drawn bars under "${title}" on page ${index + 1}`).toBeGreaterThan(minFilled);
  }
}

/**
 * The partner map's chapter: between its heading and its legend the land is drawn (its grey fill, tens of thousands
 * of pixels at 150 dpi) and markers in the colours of the seed's statuses (active, suspended): a blank map box has
 * neither (server/export/pdf-pixels.test.ts shows the same count failing on one).
 */
function expectMapDrawn(bytes: Uint8Array, title: string, legend: string) {
  const pages = pdfWords(bytes);
  const index = pages.findIndex((page) => page.words.length && findPhrase(page, title));
  const page = pages[index];
  const heading = page && findPhrase(page, title);
  expect(heading, `the map "${title}" is in the PDF`).toBeTruthy();
  if (!page || !heading) return;
  const end = findPhrase(page, legend, heading.y1);
  const box: Box = { x0: 0, x1: page.width, y0: heading.y1, y1: end?.y0 ?? page.height - 55 };
  const colors = [AGREEMENT_STATUS_COLORS.ACTIVE, AGREEMENT_STATUS_COLORS.SUSPENDED];
  // At 150 dpi: printed, a marker is a few points wide (Volgograd's triangle about 5 × 4 pt).
  const found = mapPixels(renderPage(bytes, index + 1, 150), box, MAP_COLORS.land, colors);
  expect(found.land, `land under "${title}" on page ${index + 1}`).toBeGreaterThan(10_000);
  for (const color of colors) expect(found.markers[color], `markers of ${color}`).toBeGreaterThan(15);
}

/** 重庆 is in the text and drawn: the middle of each of its two glyphs is inked (an empty box's middle is blank). */
function expectChongqingDrawn(bytes: Uint8Array) {
  expect(pdfFontNames(bytes).some((name) => name.startsWith("NotoSansSC"))).toBe(true);
  const pages = pdfWords(bytes);
  const index = pages.findIndex((page) => page.words.some((word) => word.text === "重庆"));
  const word = pages[index]?.words.find((candidate) => candidate.text === "重庆");
  expect(word, "重庆 as a word of the text").toBeTruthy();
  if (!word) return;
  const raster = renderPage(bytes, index + 1, 300);
  const half = (word.x1 - word.x0) / 2;
  for (const x0 of [word.x0, word.x0 + half]) {
    const middle = {
      x0: x0 + half / 3,
      x1: x0 + (half * 2) / 3,
      y0: word.y0 + (word.y1 - word.y0) / 3,
      y1: word.y0 + ((word.y1 - word.y0) * 2) / 3,
    };
    const area = (middle.x1 - middle.x0) * (middle.y1 - middle.y0) * (300 / 72) ** 2;
    expect(inkedPixels(raster, middle) / area).toBeGreaterThan(0.1);
  }
}

/**
 * No page after the first holds only a remnant: fewer than three lines between its running header and footer, unless
 * it starts with a heading (a short section of its own). "… and 20 more" or a closing note alone is a remnant.
 */
function expectNoLonePages(bytes: Uint8Array) {
  for (const [index, page] of pdfWords(bytes).entries()) {
    if (index === 0) continue;
    const body = page.words.filter((word) => word.y0 > 50 && word.y1 < page.height - 45);
    const lines = [...new Set(body.map((word) => Math.round(word.y0)))].sort((a, b) => a - b);
    if (lines.length >= 3) continue;
    const height = (line: number | undefined) =>
      Math.max(...body.filter((word) => Math.round(word.y0) === line).map((word) => word.y1 - word.y0));
    const startsWithHeading = lines.length === 2 && height(lines[0]) > 1.3 * height(lines[1]);
    expect(startsWithHeading, `page ${index + 1} holds only: ${body.map((w) => w.text).join(" ")}`).toBe(true);
  }
}

let dossierId = 0;

test.beforeAll(async ({ request }) => {
  const { items } = await trpcQuery<{ items: { id: number }[] }>(request, "agreement.list", {
    q: "Chongqing",
    type: ["MEMORANDUM_OF_UNDERSTANDING"],
  });
  dossierId = items[0]?.id ?? 0;
  // A milestone done in MILESTONE_YEAR, so that year's annual report shows the working groups' progress as a chart.
  const { items: groups } = await trpcQuery<{ items: { id: number; name: string }[] }>(request, "workingGroup.list", {
    q: "Bahnverbindung",
  });
  const group = groups[0];
  if (!group) throw new Error("no rail-link working group in the seed");
  const detail = await trpcQuery<{ milestones: { title: string }[] }>(request, "workingGroup.byId", { id: group.id });
  if (!detail.milestones.some((milestone) => milestone.title.startsWith("E2E:"))) {
    await trpcMutation(request, "workingGroup.addMilestone", {
      workingGroupId: group.id,
      title: "E2E: Machbarkeitsstudie Güterverkehr vorgelegt",
      status: "DONE",
      dueOn: `${MILESTONE_YEAR}-06-30`,
      doneOn: `${MILESTONE_YEAR}-05-20`,
    });
  }
});

for (const locale of LOCALES) {
  test(`the partnership report (${locale}): every chart drawn, 重庆 in the shipped font, no lone page`, async ({
    request,
  }) => {
    const m = messagesFor(locale);
    const bytes = await download(request, `partnership-report?format=pdf&lang=${locale}`);
    expectChartsDrawn(
      bytes,
      [
        m.dashboard.byStatus,
        m.dashboard.areaByStatus,
        m.dashboard.perDecade,
        m.dashboard.byContinent,
        m.dashboard.milestoneProgress,
      ],
      m.common.chartTable,
    );
    expectMapDrawn(bytes, m.map.title, m.map.legend);
    expectChongqingDrawn(bytes);
    expect(pdfFontNames(bytes).some((name) => name.startsWith("NotoSans-"))).toBe(true);
    expectNoLonePages(bytes);
  });

  test(`the dossier (${locale}): its milestone chart drawn, outcomes, 重庆, no lone page`, async ({ request }) => {
    const m = messagesFor(locale);
    const r = reportMessagesFor(locale);
    const bytes = await download(request, `agreement-dossier?format=pdf&id=${dossierId}&lang=${locale}`);
    expectChartsDrawn(bytes, [r.progressChart], m.common.chartTable);
    expectChongqingDrawn(bytes);
    // The visit's outcome is in it (the activity's own text, from the seed).
    expect(checkPdf(bytes).text).toContain(r.outcome.replace(" {text}", ""));
    expectNoLonePages(bytes);
  });

  test(`the annual report (${locale}): activities with outcomes, the working groups' progress as a drawn chart`, async ({
    request,
  }) => {
    const m = messagesFor(locale);
    const r = reportMessagesFor(locale);
    const bytes = await download(request, `annual-report?format=pdf&year=${MILESTONE_YEAR}&lang=${locale}`);
    expectChartsDrawn(bytes, [r.progressChart], m.common.chartTable);
    const text = checkPdf(bytes).text.replaceAll(SOFT_HYPHEN, "");
    expect(text).toContain("E2E: Machbarkeitsstudie");
    expect(text).toContain(fmt(r.workingGroupsInYear, { year: MILESTONE_YEAR }, locale));
    expectNoLonePages(bytes);
    // 2019: the visit to Chongqing with its outcome; no milestones that year, said without a page of its own.
    const y2019 = await download(request, `annual-report?format=pdf&year=2019&lang=${locale}`);
    expect(checkPdf(y2019).text).toContain(r.outcome.replace(" {text}", ""));
    expect(checkPdf(y2019).text).toContain(r.noMilestonesInYear);
    expectNoLonePages(y2019);
  });
}

test("German words in the PDF are whole words of the report, or broken at a syllable with a hyphen", async ({
  page,
  request,
}) => {
  const bytes = await download(request, `agreement-dossier?format=pdf&id=${dossierId}&lang=de`);
  // The report's own words (every text node, also of the closed data tables) and those of the header and footer.
  await page.goto(`/reports/agreements/${dossierId}`);
  const source = await page.locator(".report").evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? "");
    return texts.join(" ");
  });
  // With compounds also without their hyphen: pdftotext joins a line ending in "-" to the next ("…förderungs-|GmbH").
  const known = [...`${source} Seite von Stadt Köln`.matchAll(/\p{L}+(?:-\p{L}+)*/gu)].flatMap(([word]) => [
    ...word.toLowerCase().split("-"),
    word.toLowerCase().replaceAll("-", ""),
  ]);
  const knownSet = new Set(known);
  // The PDF's words. One the printer hyphenated carries soft hyphens; where it broke, the line ends in a soft hyphen
  // and a hyphen ("Ober·bür·ger·meis·te·-"), and its rest starts the next line of its column ("rin").
  const text = checkPdf(bytes).text;
  const prefixes: string[] = [];
  const words: string[] = [];
  for (const match of text.matchAll(/[\p{L}\u00ad]+/gu)) {
    const word = match[0].replaceAll(SOFT_HYPHEN, "").toLowerCase();
    const broken =
      match[0].endsWith(SOFT_HYPHEN) && /[-\u2010]/.test(text.charAt((match.index ?? 0) + match[0].length));
    if (broken) prefixes.push(word);
    else words.push(word);
  }
  expect(prefixes.length, "the dossier's narrow columns break some words").toBeGreaterThan(0);
  for (const prefix of prefixes) {
    expect(
      known.some((word) => word.length > prefix.length && word.startsWith(prefix)),
      prefix,
    ).toBe(true);
  }
  const strangers = words.filter(
    (word) => word.length >= 5 && !knownSet.has(word) && !prefixes.some((prefix) => knownSet.has(prefix + word)),
  );
  // A word broken anywhere ("Oberbürgermeist|erin", overflow-wrap: anywhere) leaves pieces that are no words.
  expect(strangers).toEqual([]);
});

test("eight partnership reports asked for at once all arrive", async ({ request }) => {
  test.setTimeout(120_000);
  // The server answers each within its own limits (a turn, then the printing, PDF_TIMEOUT_MS each) or with 504; the
  // client waits that long, so only the server's answer decides (two print at a time: on a busy machine the eighth
  // comes after more than the browser tests' usual 15 s).
  const timeout = 2 * PDF_TIMEOUT_MS + 10_000;
  const responses = await Promise.all(
    Array.from({ length: 8 }, () => request.get("/api/export/partnership-report?format=pdf&lang=de", { timeout })),
  );
  expect(responses.map((response) => response.status())).toEqual(Array(8).fill(200));
  for (const response of responses) checkPdf(new Uint8Array(await response.body()), { minPages: 2 });
});
