// The headless Chromium that prints the PDF reports: one per server process, launched on first use and launched
// again if it goes away (crash, killed). Each PDF gets its own browser context (cookies, cache), closed after it.
// Playwright never downloads a browser here: it drives Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH).
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { envValue } from "../env";
import { PdfUnavailableError } from "./pdf-errors";

export const DEFAULT_CHROMIUM_PATH = "/usr/bin/chromium";

/** Quiet, sandbox-free (the server's user is no desktop user), no background traffic of its own. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** CHROMIUM_PATH, else Debian's. `source`: another environment than this process's (tests). */
export function chromiumPath(source?: NodeJS.ProcessEnv): string {
  return envValue("CHROMIUM_PATH", source) ?? DEFAULT_CHROMIUM_PATH;
}

/** What a user and an administrator are told when there is no Chromium: the start's log, the PDF's 503. */
export function chromiumMissingMessage(path: string): string {
  return (
    `PDF export is not available: no Chromium at ${path}. Install it (Debian, as root: apt-get install -y chromium) ` +
    "or set CHROMIUM_PATH to a Chromium or Chrome executable, and restart."
  );
}

/** The message above if this process cannot print PDFs for want of a Chromium; null if one is there. */
export function pdfExportUnavailable(source?: NodeJS.ProcessEnv): string | null {
  const path = chromiumPath(source);
  // A path from the environment: nothing for the build's file tracing to follow.
  return existsSync(/*turbopackIgnore: true*/ path) ? null : chromiumMissingMessage(path);
}

// On globalThis, so that `next dev` reloading this module does not start a second browser.
const state = globalThis as unknown as { pdfBrowser?: Promise<Browser> };

async function launch(path: string): Promise<Browser> {
  if (!existsSync(path)) throw new PdfUnavailableError(chromiumMissingMessage(path));
  try {
    // Loaded on first use: playwright-core adds ~60 MB to a process, which every other export (and the rest of
    // the server) would carry without ever printing a PDF.
    const { chromium } = await import("playwright-core");
    return await chromium.launch({
      executablePath: path,
      args: CHROMIUM_ARGS,
      headless: true,
      timeout: 30_000,
      // The server handles its signals itself (Playwright's SIGINT handler would exit the process); Playwright's
      // exit handler still kills Chromium when the server process ends.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new PdfUnavailableError(`PDF export is not available: Chromium (${path}) did not start: ${reason}`);
  }
}

/** The process's browser, launched if there is none (or the last one disconnected). */
export async function pdfBrowser(): Promise<Browser> {
  const pending = state.pdfBrowser;
  if (pending) {
    const browser = await pending.catch(() => null);
    if (browser?.isConnected()) return browser;
    if (state.pdfBrowser !== pending && state.pdfBrowser) return pdfBrowser(); // relaunched meanwhile
    if (state.pdfBrowser === pending) state.pdfBrowser = undefined;
  }
  // No await between the check above and this assignment: concurrent first calls share one launch.
  const launching = launch(chromiumPath()).then((browser) => {
    browser.on("disconnected", () => {
      if (state.pdfBrowser === launching) state.pdfBrowser = undefined;
    });
    return browser;
  });
  state.pdfBrowser = launching;
  // A failed launch is not kept: the next PDF tries again (e.g. once Chromium is installed).
  launching.catch(() => {
    if (state.pdfBrowser === launching) state.pdfBrowser = undefined;
  });
  return launching;
}

/** Closes the process's browser, if one runs (tests; a server's browser ends with its process). */
export async function closePdfBrowser(): Promise<void> {
  const launching = state.pdfBrowser;
  state.pdfBrowser = undefined;
  const browser = launching && (await launching.catch(() => null));
  await browser?.close().catch(() => {});
}
