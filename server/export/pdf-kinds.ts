// The PDF export kinds: the partnership report, an agreement's dossier, the annual report. Each is a print page of
// the app (app/reports/…) printed by headless Chromium as the requesting user (see ./pdf-print.ts for how the
// server prints as the user). Parameters are checked here, before Chromium is involved: a bad one answers 400
// naming it, an unknown agreement 404. Printing errors are PdfErrors with their status (./pdf-errors.ts): no
// Chromium 503, not ready within 30 s 504.
import { notFound } from "../domain/errors";
import { readEnv } from "../env";
import { fmt, formatDate } from "../i18n/format";
import { reportMessagesFor } from "../i18n/messages";
import { today } from "../services/shared/dates";
import { agreementsDataset } from "./datasets/agreements";
import { printReport } from "./pdf-print";
import { parseAgreementId, parseReportYear, reportFileName } from "./report-params";
import type { ExportContext, ExportFile, ExportKind } from "./types";

/** Query parameters that are the export's own, not the report's filter. */
const NOT_FILTERS = new Set(["format", "lang", "page", "pageSize"]);

/**
 * The request's cookies (the session) and the address its user reached the app at (for links in the PDF). Without a
 * request (tests) there is no session to forward, and the print page refuses.
 */
function requestOfExport(request: Request | undefined): { cookieHeader: string | null; publicOrigin: string | null } {
  const headers = request?.headers ?? new Headers();
  const host = headers.get("host");
  const configured = readEnv().APP_URL;
  return {
    cookieHeader: headers.get("cookie"),
    publicOrigin:
      configured ??
      (host && /^[\w.:[\]-]+$/.test(host)
        ? `${headers.get("x-forwarded-proto") === "https" ? "https" : "http"}://${host}`
        : null),
  };
}

function bodyOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

async function print(ctx: ExportContext, path: string, title: string, fileName: string): Promise<ExportFile> {
  const bytes = await printReport({
    path,
    locale: ctx.locale,
    title,
    date: formatDate(today(ctx.now), ctx.locale),
    signal: ctx.signal,
    ...requestOfExport(ctx.request),
  });
  return { body: bodyOf(bytes), fileName, contentType: "application/pdf" };
}

export const PDF_KINDS: Record<string, ExportKind> = {
  /** ?status=…&type=…&area=…&from=…&to=…&q=…&sort=…&dir=… as on the agreements list. */
  "partnership-report": {
    minRole: "VIEWER",
    formats: ["pdf"],
    async run(ctx) {
      // The same strict reading as the agreements' CSV/XLSX export: an invalid filter value answers 400 naming it.
      agreementsDataset.parse(ctx.params, ctx.locale);
      const filters = new URLSearchParams();
      for (const [name, value] of ctx.params) if (!NOT_FILTERS.has(name)) filters.append(name, value);
      const query = filters.size ? `?${filters.toString()}` : "";
      const r = reportMessagesFor(ctx.locale);
      return print(
        ctx,
        `/reports/partnership${query}`,
        r.partnershipReport,
        reportFileName({ kind: "partnership-report" }, ctx.locale, ctx.now),
      );
    },
  },
  /** ?id=<agreement>. */
  "agreement-dossier": {
    minRole: "VIEWER",
    formats: ["pdf"],
    async run(ctx) {
      const id = parseAgreementId(ctx.params.get("id"));
      const agreement = await ctx.db.agreement.findUnique({
        where: { id },
        select: { title: true, partner: { select: { nameDe: true, nameEn: true } } },
      });
      if (!agreement) throw notFound("Agreement", id);
      const r = reportMessagesFor(ctx.locale);
      const partner = ctx.locale === "de" ? agreement.partner.nameDe : agreement.partner.nameEn;
      // The running header names the partner: a title is often too long for it, and may be in a script the
      // header's font lacks (it cannot load the page's fonts).
      return print(
        ctx,
        `/reports/agreements/${id}`,
        `${r.dossier}: ${partner}`,
        reportFileName({ kind: "agreement-dossier", id, partner }, ctx.locale, ctx.now),
      );
    },
  },
  /** ?year=<1950 … this year>. */
  "annual-report": {
    minRole: "VIEWER",
    formats: ["pdf"],
    async run(ctx) {
      const year = parseReportYear(ctx.params.get("year"), ctx.now);
      const r = reportMessagesFor(ctx.locale);
      return print(
        ctx,
        `/reports/annual/${year}`,
        fmt(r.annualReport, { year }, ctx.locale),
        reportFileName({ kind: "annual-report", year }, ctx.locale, ctx.now),
      );
    },
  },
};
