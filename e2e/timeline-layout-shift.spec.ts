// The pages do not move when the web font swaps in (issue 21: the timeline's Lighthouse score on a phone). At 412 px,
// Lighthouse's phone, the site title wrapped onto two lines in the fallback font (DejaVu Sans here) and onto one once
// Noto Sans had loaded, moving the whole page up by 12 px (a layout shift of 0.35 on the timeline). Now Noto Sans's
// Latin files are preloaded and, until they are there, the text is drawn in the metric-matched "Noto Sans Fallback"
// (app/globals.css). Here the font files are held back: the page laid out without them takes the same room as with
// them, and the layout shift while they arrive late stays under 0.05.
import { expect, type Page, test } from "@playwright/test";

test.use({ viewport: { width: 412, height: 823 } });

const PAGES = ["/timeline", "/", "/map"];

/** Where the page's parts stand: the header's and the title's height, the first heading's top. */
function layoutOf(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
    return {
      header: Math.round(box(".site-header")?.height ?? -1),
      title: Math.round(box(".site-title")?.height ?? -1),
      heading: Math.round(box("h1")?.top ?? -1),
    };
  });
}

/** The Latin faces of Noto Sans that have loaded (next/font names the family; its files are the preloaded ones). */
function loadedLatinFaces(page: Page) {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter(
      (face) => face.status === "loaded" && !face.family.includes("SC") && face.unicodeRange.startsWith("U+0-FF"),
    ).length;
  });
}

for (const path of PAGES) {
  test(`${path} takes the same room in the fallback font as in Noto Sans, at 412 px`, async ({ page }) => {
    // Without the font files: the fallback face draws the page.
    await page.route(/\.woff2(\?|$)/, (route) => route.abort());
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await loadedLatinFaces(page)).toBe(0);
    const fallback = await layoutOf(page);
    // Drawn in the fallback face (Liberation Sans scaled here), not in the system's DejaVu Sans.
    const fallbackFaces = await page.evaluate(
      () =>
        [...document.fonts].filter((face) => face.family.includes("Noto Sans Fallback") && face.status === "loaded")
          .length,
    );
    expect(fallbackFaces).toBeGreaterThan(0);

    await page.unroute(/\.woff2(\?|$)/);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await loadedLatinFaces(page)).toBeGreaterThan(0);
    const noto = await layoutOf(page);
    // The title on one line either way (its height is its line), and nothing below it moved.
    expect(fallback.title).toBe(noto.title);
    expect(fallback.header).toBe(noto.header);
    expect(Math.abs(fallback.heading - noto.heading)).toBeLessThanOrEqual(1);
  });

  test(`${path} does not shift when the font arrives late, at 412 px`, async ({ page }) => {
    await page.addInitScript(() => {
      const state = window as unknown as { layoutShift: number };
      state.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) state.layoutShift += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    // The font files 1.5 s late: the page is drawn in the fallback first, then the font swaps in.
    await page.route(/\.woff2(\?|$)/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await loadedLatinFaces(page)).toBeGreaterThan(0);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    const shift = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
    expect(shift).toBeLessThan(0.05);
  });
}
