// What every section of the annual report gets: the year's data and the language with its messages (m) and report
// texts (r).
import type { AnnualReportData } from "@/server/export/report-data";
import type { Locale } from "@/server/i18n/locales";
import type { Messages, ReportMessages } from "@/server/i18n/messages";

export interface AnnualSectionProps {
  data: AnnualReportData;
  locale: Locale;
  m: Messages;
  r: ReportMessages;
}
