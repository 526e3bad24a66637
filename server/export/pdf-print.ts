// Prints one of the app's report pages (app/reports/…) to PDF, as the user who asked for it.
//
// How the server prints as the user: the server talks to itself. It opens a fresh Chromium context, puts the
// request's cookies into it (among them better-auth's session cookie, `partnerschaften.session_token` or, under
// https, `__Secure-partnerschaften.session_token`) for the app's own loopback origin, http://127.0.0.1:PORT, and
// sets the `locale` cookie to the report's language. The print page then renders exactly as it would for that user
// in a browser: its server components load data through the tRPC caller built on that session, so a viewer's PDF
// holds only what a viewer may see. The context allows requests to that origin only, and is closed after the PDF.
import type { BrowserContext, Page } from "playwright-core";
import { cookiePairs } from "../auth/cookies";
import { envValue } from "../env";
import { fmt } from "../i18n/format";
import { LOCALE_COOKIE, type Locale } from "../i18n/locales";
import { reportMessagesFor } from "../i18n/messages";
import { watchPdfQueue } from "../observability/metrics";
import { pdfBrowser } from "./pdf-browser";
import { PdfRenderError, PdfTimeoutError } from "./pdf-errors";
import { hyphenateBrokenWords } from "./pdf-hyphens";

/** The printing stops (PdfTimeoutError: the request is answered 504) after this long. */
export const PDF_TIMEOUT_MS = 30_000;
/** PDFs printed at the same time by one server; further ones wait for a turn (within their timeout). */
export const PDF_CONCURRENCY = 2;

/** A4 with these margins; report.css's @page rule says the same for printing from a browser by hand. */
export const PDF_MARGIN = { top: "20mm", right: "15mm", bottom: "18mm", left: "15mm" } as const;
/** A4's width between the margins (210 − 2 × 15 mm) in CSS pixels: the page is laid out at the width it prints at. */
const CONTENT_WIDTH_PX = Math.floor(((210 - 30) / 25.4) * 96);

/**
 * The app's own address as seen from this process: loopback and PORT (as `npm start` passes it to Next.js). With
 * HOST set to one specific interface, that interface. `source`: another environment than this process's (tests).
 */
export function appOrigin(source?: NodeJS.ProcessEnv): string {
  const port = envValue("PORT", source);
  const host = envValue("HOST", source);
  const loopback = ["0.0.0.0", "::", "[::]", "localhost", "127.0.0.1"].includes(host);
  const name = loopback ? "127.0.0.1" : host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char,
  );
}

const TEMPLATE_STYLE =
  "font-family: 'DejaVu Sans', 'Noto Sans', 'Noto Sans CJK SC', sans-serif; font-size: 8pt; color: #4a5159; " +
  `width: 100%; margin: 0 ${PDF_MARGIN.left} 0 ${PDF_MARGIN.right};`;

/** Chromium's header and footer: city and report title, the date; "Seite X von Y" (Page X of Y). */
export function headerFooterTemplates(title: string, date: string, locale: Locale) {
  const r = reportMessagesFor(locale);
  const pageOf = escapeHtml(fmt(r.pageOf, { page: "\u0000", pages: "\u0001" }, locale))
    .replace("\u0000", '<span class="pageNumber"></span>')
    .replace("\u0001", '<span class="totalPages"></span>');
  return {
    headerTemplate:
      `<div style="${TEMPLATE_STYLE} display: flex; justify-content: space-between; gap: 4mm;">` +
      `<span style="overflow: hidden; white-space: nowrap; text-overflow: ellipsis;">${escapeHtml(`${r.city} · ${title}`)}</span>` +
      `<span style="white-space: nowrap;">${escapeHtml(date)}</span></div>`,
    footerTemplate: `<div style="${TEMPLATE_STYLE} text-align: center;">${pageOf}</div>`,
  };
}

export interface PrintJob {
  /** The print page with its query, e.g. "/reports/partnership?status=ACTIVE". */
  path: string;
  locale: Locale;
  /** The Cookie header of the request asking for the PDF: its cookies (the session) are forwarded. */
  cookieHeader: string | null;
  /** For the running header, e.g. "Partnerschaftsbericht". */
  title: string;
  /** For the running header, e.g. "24. November 2026". */
  date: string;
  /**
   * Where the links in the PDF should point (the app's public address); without it links are removed, as they
   * would point at the loopback address.
   */
  publicOrigin?: string | null;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** The app's address to print from (default: appOrigin()). */
  origin?: string;
}

let running = 0;
const waiting: (() => void)[] = [];
watchPdfQueue(() => ({ printing: running, waiting: waiting.length }));

async function turn(): Promise<() => void> {
  if (running >= PDF_CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  return () => {
    running -= 1;
    waiting.shift()?.();
  };
}

/** Prints the page; the PDF's bytes. */
export async function printReport(job: PrintJob): Promise<Uint8Array> {
  const timeoutMs = job.timeoutMs ?? PDF_TIMEOUT_MS;
  let context: BrowserContext | undefined;
  let stopped = false;
  // Closing the context ends whatever it is doing (loading, waiting, printing) at once.
  const stop = () => {
    stopped = true;
    void context?.close().catch(() => {});
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Rejects with PdfTimeoutError (and stops the printing) after the timeout, counted from now; one at a time. */
  const limit = () => {
    clearTimeout(timer);
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        stop();
        reject(new PdfTimeoutError(Math.round(timeoutMs / 1000)));
      }, timeoutMs);
    });
    expired.catch(() => {});
    return expired;
  };
  const aborted = new Promise<never>((_, reject) => {
    const onAbort = () => {
      stop();
      reject(new PdfRenderError(499, "The request was cancelled."));
    };
    if (job.signal?.aborted) onAbort();
    else job.signal?.addEventListener("abort", onAbort, { once: true });
  });
  aborted.catch(() => {});

  // Waiting for a turn and printing have a timeout each, so a queue of PDFs does not eat the printing's time.
  const ticket = turn();
  let release: (() => void) | undefined;
  try {
    release = await Promise.race([ticket, limit(), aborted]);
    const work = (async () => {
      const browser = await pdfBrowser();
      if (stopped) throw new Error("PDF printing was stopped");
      const own = await browser.newContext({
        viewport: { width: CONTENT_WIDTH_PX, height: 1100 },
        // Recharts then draws at once, without its grow-in animation (which the PDF would catch half-way).
        reducedMotion: "reduce",
        locale: job.locale === "de" ? "de-DE" : "en-GB",
        timezoneId: "Europe/Berlin",
        serviceWorkers: "block",
        acceptDownloads: false,
      });
      context = own;
      try {
        if (stopped) throw new Error("PDF printing was stopped");
        return await printIn(own, job, timeoutMs);
      } finally {
        await own.close().catch(() => {});
      }
    })();
    work.catch(() => {}); // when the timeout wins the race, the stopped work still fails later
    return await Promise.race([work, limit(), aborted]);
  } finally {
    clearTimeout(timer);
    // Given up while waiting for a turn: hand the turn on once it comes.
    if (release) release();
    else void ticket.then((late) => late());
  }
}

async function printIn(context: BrowserContext, job: PrintJob, timeoutMs: number): Promise<Uint8Array> {
  // Waiting for the page to be drawn ends a little before the printing's own timeout, to say what was missing.
  const readyBy = Date.now() + timeoutMs - 2000;
  const origin = job.origin ?? appOrigin();
  const url = new URL(job.path, origin);
  const cookies = cookiePairs(job.cookieHeader).filter((cookie) => cookie.name !== LOCALE_COOKIE);
  await context.addCookies(
    [...cookies, { name: LOCALE_COOKIE, value: job.locale }].map((cookie) => ({
      ...cookie,
      domain: url.hostname,
      path: "/",
      // A __Secure-/__Host- cookie (the session under https) must be Secure; Chromium sends those to loopback too.
      secure: cookie.name.startsWith("__Secure-") || cookie.name.startsWith("__Host-"),
      httpOnly: true,
      sameSite: "Lax" as const,
    })),
  );
  // Only the app itself; and no prefetching of the pages the report links to.
  await context.route("**/*", (route) => {
    const request = route.request();
    const target = new URL(request.url());
    if (target.protocol === "data:" || target.protocol === "blob:") return route.continue();
    if (target.origin !== url.origin || request.headers()["next-router-prefetch"])
      return route.abort("blockedbyclient");
    return route.continue();
  });
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  await page.emulateMedia({ media: "print" });
  const response = await page.goto(url.toString(), { waitUntil: "load" });
  const landed = new URL(page.url());
  if (landed.pathname !== url.pathname) {
    throw new PdfRenderError(
      landed.pathname === "/sign-in" ? 401 : 500,
      `The print page ${url.pathname} sent the printer to ${landed.pathname}: the session was not accepted.`,
    );
  }
  if (!response?.ok()) {
    const status = response?.status() ?? 500;
    throw new PdfRenderError(status === 404 ? 404 : 500, `The print page ${url.pathname} answered ${status}.`);
  }
  await waitUntilReady(page, Math.max(1000, readyBy - Date.now()));
  await hyphenateBrokenWords(page, job.locale);
  await pointLinks(page, job.publicOrigin ?? null);
  const templates = headerFooterTemplates(job.title, job.date, job.locale);
  const pdf = await page.pdf({
    format: "A4",
    printBackground: true,
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    ...templates,
    margin: PDF_MARGIN,
  });
  return new Uint8Array(pdf);
}

/**
 * Waits for the page's own signal that it is drawn (<html data-report-ready>: its data loaded, every chart drawn,
 * the fonts loaded; app/reports/_components/report-ready.tsx). If it does not come within `timeoutMs`, the PDF fails
 * (504) naming what the page was still waiting for (<html data-report-pending>): a PDF with an empty chart box is
 * never the way out.
 */
export async function waitUntilReady(page: Page, timeoutMs: number) {
  try {
    await page.waitForSelector("html[data-report-ready]", { state: "attached", timeout: timeoutMs });
  } catch (error) {
    if ((error as Error).name !== "TimeoutError") throw error;
    const pending = await page.evaluate(() => document.documentElement.dataset.reportPending ?? "").catch(() => "");
    throw new PdfTimeoutError(Math.round(timeoutMs / 1000), pending ? `not ready: ${pending}` : undefined);
  }
}

/** Links inside the app point at the public address (or are removed): the loopback address means nothing to readers. */
async function pointLinks(page: Page, publicOrigin: string | null) {
  await page.evaluate((target) => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>("a[href]")) {
      const href = new URL(link.getAttribute("href") ?? "", location.href);
      if (href.origin !== location.origin) continue;
      if (target) link.href = `${target}${href.pathname}${href.search}${href.hash}`;
      else link.removeAttribute("href");
    }
  }, publicOrigin);
}
