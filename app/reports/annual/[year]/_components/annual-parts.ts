// What every section of the annual report gets: the year's data and the language with both catalogues.
import type { Locale } from "@/app/_i18n/config";
import type { Messages } from "@/app/_i18n/messages";
import type { AnnualReportData } from "@/server/services/export/report-data";
import type { ReportMessages } from "@/server/services/export/report-messages";

export interface AnnualSectionProps {
  data: AnnualReportData;
  locale: Locale;
  m: Messages;
  r: ReportMessages;
}
