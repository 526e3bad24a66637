// The parameters of the PDF reports (language, agreement id, year) read from a URL, and the reports' file names.
// Pure: used by the export route's PDF kinds and by the print pages, and tested on their own.
import { type Locale, toLocale } from "../i18n/locales";
import { reportMessagesFor } from "../i18n/messages";
import { today } from "../services/shared/dates";
import { datedFileName } from "./format";
import { exportParameterError } from "./types";

/** The first year an annual report can be asked for (Cologne's first partnership, Liverpool, is from 1952). */
export const FIRST_REPORT_YEAR = 1950;

/** The report language from ?lang=: "de" (default) or "en". */
export function reportLocale(value: string | null | undefined): Locale {
  return toLocale(value);
}

/** The current year in Cologne. */
export function currentCityYear(now: Date = new Date()): number {
  return today(now).getUTCFullYear();
}

/** ?id= of the agreement dossier: a positive whole number (else ExportParameterError, answered 400). */
export function parseAgreementId(value: string | null | undefined): number {
  if (value == null || value === "") throw exportParameterError("id", "missing (the agreement's id)");
  if (!/^\d{1,10}$/.test(value) || Number(value) < 1 || Number(value) > 2_147_483_647) {
    throw exportParameterError("id", `must be a positive whole number, not ${JSON.stringify(value.slice(0, 50))}`);
  }
  return Number(value);
}

/** ?year= of the annual report: a year from 1950 to the current one in Cologne (else ExportParameterError). */
export function parseReportYear(value: string | null | undefined, now: Date = new Date()): number {
  const last = currentCityYear(now);
  if (value == null || value === "") throw exportParameterError("year", "missing");
  const year = /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(year) || year < FIRST_REPORT_YEAR || year > last) {
    throw exportParameterError(
      "year",
      `must be a year from ${FIRST_REPORT_YEAR} to ${last}, not ${JSON.stringify(value.slice(0, 50))}`,
    );
  }
  return year;
}

/** A name as a file-name part: lower case ASCII, umlauts spelt out, other characters dropped ("Liège" → "liege"). */
export function fileSlug(text: string, maxLength = 40): string {
  const spelt = text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
  return spelt
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
}

export type ReportFile =
  | { kind: "partnership-report" }
  | { kind: "agreement-dossier"; id: number; partner?: string }
  | { kind: "annual-report"; year: number };

/**
 * The file name of a report, in the report's language: partnerschaftsbericht-2026-11-24.pdf,
 * dossier-12-chongqing-2026-11-24.pdf, jahresbericht-2025.pdf (partnership-report-…, annual-report-… in English).
 */
export function reportFileName(file: ReportFile, locale: Locale, now: Date = new Date()): string {
  const names = reportMessagesFor(locale).fileNames;
  switch (file.kind) {
    case "partnership-report":
      return datedFileName(names.partnershipReport, "pdf", now);
    case "agreement-dossier": {
      const partner = file.partner ? fileSlug(file.partner) : "";
      return datedFileName(`${names.dossier}-${file.id}${partner ? `-${partner}` : ""}`, "pdf", now);
    }
    case "annual-report":
      return `${names.annualReport}-${file.year}.pdf`;
  }
}
