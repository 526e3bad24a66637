// What every section of the dossier gets: the dossier's data and the language with both catalogues.
import type { Locale } from "@/app/_i18n/config";
import type { Messages } from "@/app/_i18n/messages";
import type { AgreementDossierData } from "@/server/services/export/report-data";
import type { ReportMessages } from "@/server/services/export/report-messages";

export interface DossierSectionProps {
  dossier: AgreementDossierData;
  locale: Locale;
  m: Messages;
  r: ReportMessages;
}
