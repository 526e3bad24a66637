// The fields an agreement import fills, with their labels (what our export calls the columns). Pure: the page's
// client components use it too.
import type { MessagePath } from "../../i18n/messages";
import { AGREEMENT_FIELD_NAMES, AGREEMENT_FIELDS, type AgreementField } from "../../schemas/agreement";

/** The fields an agreement import can fill, and the ones it reads to find the partner. */
export const AGREEMENT_IMPORT_FIELDS = [
  "id",
  "version",
  "title",
  "type",
  "status",
  "statusScope",
  "partner",
  "countryCode",
  ...AGREEMENT_FIELD_NAMES,
  "verified",
  "source",
  "notes",
] as const;
export type AgreementImportField = (typeof AGREEMENT_IMPORT_FIELDS)[number];

/** Each field's label (what the export calls its column, in German and English). */
export const AGREEMENT_IMPORT_LABELS: Readonly<Record<AgreementImportField, MessagePath>> = {
  id: "exportFile.id",
  version: "dataImport.version",
  title: "common.title",
  type: "common.type",
  status: "common.status",
  statusScope: "agreement.statusScope",
  partner: "common.partner",
  countryCode: "partner.countryCode",
  ...(Object.fromEntries(AGREEMENT_FIELD_NAMES.map((name) => [name, AGREEMENT_FIELDS[name].label])) as Record<
    AgreementField,
    MessagePath
  >),
  verified: "common.verified",
  source: "common.source",
  notes: "common.notes",
};
