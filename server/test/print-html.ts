// Prints a piece of HTML to PDF in the app's Chromium, with the fonts the app ships: the page is served from a
// made-up origin whose /fonts/<package>/… are the files of the npm packages (@fontsource/noto-sans-sc, …), CSS
// and woff2 exactly as the app's pages load them. For tests of what the PDF looks like without the running app.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Page } from "playwright-core";
import { pdfBrowser } from "../export/pdf-browser";
import { headerFooterTemplates } from "../export/pdf-print";

export const TEST_ORIGIN = "http://print.test";
const require = createRequire(import.meta.url);

/** A <link> to a stylesheet of a shipped font package, e.g. fontStylesheet("@fontsource/noto-sans-sc/400.css"). */
export function fontStylesheet(file: string): string {
  return `<link rel="stylesheet" href="${TEST_ORIGIN}/fonts/${file}">`;
}

export interface PrintOptions {
  /** Runs in the loaded page before printing (e.g. the printer's hyphenation). */
  before?: (page: Page) => Promise<unknown>;
  /** Chromium's running header and footer, as the reports have them (default true). */
  headerFooter?: boolean;
  tagged?: boolean;
}

export async function printHtml(html: string, options: PrintOptions = {}): Promise<Uint8Array> {
  const browser = await pdfBrowser();
  const context = await browser.newContext();
  try {
    await context.route(`${TEST_ORIGIN}/**`, (route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname === "/") return route.fulfill({ contentType: "text/html; charset=utf-8", body: html });
      const file = decodeURIComponent(pathname).replace(/^\/fonts\//, "");
      // Resolved like an import: only files of installed packages.
      const packageName = file.split("/").slice(0, 2).join("/");
      const root = path.dirname(require.resolve(`${packageName}/package.json`));
      const target = path.join(root, file.slice(packageName.length));
      if (!target.startsWith(root)) return route.abort();
      return route.fulfill({
        body: readFileSync(target),
        contentType: target.endsWith(".css") ? "text/css" : "font/woff2",
      });
    });
    const page = await context.newPage();
    await page.goto(`${TEST_ORIGIN}/`);
    // Two frames: the page is laid out, so the fonts its text needs are loading; then until they are loaded.
    await page.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await document.fonts.ready;
    });
    await options.before?.(page);
    const templates = headerFooterTemplates("Partnerschaftsbericht", "24. November 2026", "de");
    return new Uint8Array(
      await page.pdf({
        format: "A4",
        printBackground: true,
        tagged: options.tagged ?? true,
        outline: options.tagged ?? true,
        displayHeaderFooter: options.headerFooter ?? true,
        ...templates,
      }),
    );
  } finally {
    await context.close();
  }
}
