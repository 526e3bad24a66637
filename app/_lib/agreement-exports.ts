// The exports an agreement's page and its records' pages offer (server components: the list definitions stay out of
// the browser's bundle).
import type { Locale } from "@/server/i18n/locales";
import type { Messages } from "@/server/i18n/messages";
import { activityList } from "@/server/lists/activities";
import { commitmentList } from "@/server/lists/commitments";
import { workingGroupList } from "@/server/lists/working-groups";
import { type ExportItem, exportHref } from "./export-links";

/** The records of an agreement that are exported as lists: their export kind, label and list URL for one agreement. */
const OF_AGREEMENT = {
  "working-groups": {
    label: "workingGroups",
    params: (id: number) => workingGroupList.toSearchParams({ agreementId: id }),
  },
  commitments: { label: "commitments", params: (id: number) => commitmentList.toSearchParams({ agreementId: id }) },
  activities: { label: "activities", params: (id: number) => activityList.toSearchParams({ agreementId: id }) },
} as const;

/** The agreement's dossier (PDF), then the lists of its records of the kinds named (Excel). */
export function agreementExports(
  agreementId: number,
  kinds: readonly (keyof typeof OF_AGREEMENT)[],
  m: Messages,
  locale: Locale,
): ExportItem[] {
  return [
    { label: m.export.pdfDossier, href: exportHref("agreement-dossier", "pdf", locale, { id: agreementId }) },
    ...kinds.map((kind) => ({
      label: `${m.export.kinds[OF_AGREEMENT[kind].label]} ${m.export.ofAgreement} (Excel)`,
      href: exportHref(kind, "xlsx", locale, OF_AGREEMENT[kind].params(agreementId)),
    })),
  ];
}
