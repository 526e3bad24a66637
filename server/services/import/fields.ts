// The fields each kind's import fills, with their labels (what our export calls the columns). Pure: the page's
// client components use it too.
import type { MessagePath } from "../../i18n/messages";
import { ACTIVITY_FIELDS } from "../../schemas/activity";
import { AGREEMENT_FIELD_NAMES, AGREEMENT_FIELDS, type AgreementField } from "../../schemas/agreement";
import { PARTNER_FIELDS } from "../../schemas/partner";
import { PERSON_FIELDS } from "../../schemas/person";

const PARTNER_FIELD_NAMES = Object.keys(PARTNER_FIELDS) as (keyof typeof PARTNER_FIELDS)[];
const PERSON_FIELD_NAMES = Object.keys(PERSON_FIELDS) as (keyof typeof PERSON_FIELDS)[];
const ACTIVITY_FIELD_NAMES = Object.keys(ACTIVITY_FIELDS) as (keyof typeof ACTIVITY_FIELDS)[];

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

/** The fields a partner import can fill. */
export const PARTNER_IMPORT_FIELDS = [
  "id",
  "version",
  ...PARTNER_FIELD_NAMES,
  "countryCode",
  "continent",
  "kind",
  "latitude",
  "longitude",
  "verified",
  "source",
  "notes",
] as const;
export type PartnerImportField = (typeof PARTNER_IMPORT_FIELDS)[number];

export const PARTNER_IMPORT_LABELS: Readonly<Record<PartnerImportField, MessagePath>> = {
  id: "exportFile.id",
  version: "dataImport.version",
  ...(Object.fromEntries(PARTNER_FIELD_NAMES.map((name) => [name, PARTNER_FIELDS[name].label])) as Record<
    keyof typeof PARTNER_FIELDS,
    MessagePath
  >),
  countryCode: "partner.countryCode",
  continent: "common.continent",
  kind: "partner.kind",
  latitude: "partner.latitude",
  longitude: "partner.longitude",
  verified: "common.verified",
  source: "common.source",
  notes: "common.notes",
};

/** The fields a people import can fill: the partner found by number or by name (and its country). */
export const PERSON_IMPORT_FIELDS = [
  "id",
  "version",
  ...PERSON_FIELD_NAMES,
  "partner",
  "country",
  "verified",
  "source",
  "notes",
] as const;
export type PersonImportField = (typeof PERSON_IMPORT_FIELDS)[number];

export const PERSON_IMPORT_LABELS: Readonly<Record<PersonImportField, MessagePath>> = {
  id: "exportFile.id",
  version: "dataImport.version",
  ...(Object.fromEntries(PERSON_FIELD_NAMES.map((name) => [name, PERSON_FIELDS[name].label])) as Record<
    keyof typeof PERSON_FIELDS,
    MessagePath
  >),
  partner: "common.partner",
  country: "common.country",
  verified: "common.verified",
  source: "common.source",
  notes: "common.notes",
};

/** The fields an activity import can fill: the partner by number or name, the agreements by number or title. */
export const ACTIVITY_IMPORT_FIELDS = [
  "id",
  "version",
  ...ACTIVITY_FIELD_NAMES,
  "type",
  "partner",
  "agreements",
  "verified",
  "source",
] as const;
export type ActivityImportField = (typeof ACTIVITY_IMPORT_FIELDS)[number];

export const ACTIVITY_IMPORT_LABELS: Readonly<Record<ActivityImportField, MessagePath>> = {
  id: "exportFile.id",
  version: "dataImport.version",
  ...(Object.fromEntries(ACTIVITY_FIELD_NAMES.map((name) => [name, ACTIVITY_FIELDS[name].label])) as Record<
    keyof typeof ACTIVITY_FIELDS,
    MessagePath
  >),
  type: "common.type",
  partner: "common.partner",
  agreements: "activity.agreements",
  verified: "common.verified",
  source: "common.source",
};

/** Each kind's field labels (the preview and the command line name fields with them). */
export const IMPORT_LABELS = {
  AGREEMENTS: AGREEMENT_IMPORT_LABELS,
  PARTNERS: PARTNER_IMPORT_LABELS,
  PEOPLE: PERSON_IMPORT_LABELS,
  ACTIVITIES: ACTIVITY_IMPORT_LABELS,
} as const satisfies Record<string, Readonly<Record<string, MessagePath>>>;
export type ImplementedImportKind = keyof typeof IMPORT_LABELS;
