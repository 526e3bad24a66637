// What every section of the dossier gets: the dossier's data and the language with its messages (m) and report
// texts (r).
import type { AgreementDossierData } from "@/server/export/report-data";
import type { Locale } from "@/server/i18n/locales";
import type { Messages, ReportMessages } from "@/server/i18n/messages";

export interface DossierSectionProps {
  dossier: AgreementDossierData;
  locale: Locale;
  m: Messages;
  r: ReportMessages;
}
