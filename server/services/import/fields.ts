// The fields each kind's import fills, with their labels (what our export calls the columns). Pure: the page's
// client components use it too.
import type { MessagePath } from "../../i18n/messages";
import { ACTIVITY_FIELDS } from "../../schemas/activity";
import { AGREEMENT_FIELD_NAMES, AGREEMENT_FIELDS } from "../../schemas/agreement";
import { COMMITMENT_FIELDS } from "../../schemas/commitment";
import { PARTNER_FIELDS } from "../../schemas/partner";
import { PERSON_FIELDS } from "../../schemas/person";
import { MILESTONE_FIELDS, WORKING_GROUP_FIELDS } from "../../schemas/working-group";

/** A record field table's labels by field name. */
function labelsOf<F extends Record<string, { label: MessagePath }>>(fields: F): Record<keyof F, MessagePath> {
  return Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, field.label])) as Record<
    keyof F,
    MessagePath
  >;
}

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
  ...labelsOf(AGREEMENT_FIELDS),
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
  ...labelsOf(PARTNER_FIELDS),
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
  ...labelsOf(PERSON_FIELDS),
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
  "areas",
  "verified",
  "source",
] as const;
export type ActivityImportField = (typeof ACTIVITY_IMPORT_FIELDS)[number];

export const ACTIVITY_IMPORT_LABELS: Readonly<Record<ActivityImportField, MessagePath>> = {
  id: "exportFile.id",
  version: "dataImport.version",
  ...labelsOf(ACTIVITY_FIELDS),
  type: "common.type",
  partner: "common.partner",
  agreements: "activity.agreements",
  areas: "activity.areas",
  verified: "common.verified",
  source: "common.source",
};

/**
 * The fields a working-group import can fill: one row per milestone (the export's one table), the working group's
 * columns in front, found by its number or (a new one) by its agreement and name; the leads by number or name.
 */
export const WORKING_GROUP_IMPORT_FIELDS = [
  "id",
  "version",
  ...(Object.keys(WORKING_GROUP_FIELDS) as (keyof typeof WORKING_GROUP_FIELDS)[]),
  "status",
  "agreement",
  "leadCologne",
  "leadPartner",
  "verified",
  "source",
  "notes",
] as const;
export type WorkingGroupImportField = (typeof WORKING_GROUP_IMPORT_FIELDS)[number];

export const WORKING_GROUP_IMPORT_LABELS: Readonly<Record<WorkingGroupImportField, MessagePath>> = {
  id: "exportFile.groupId",
  version: "dataImport.version",
  ...labelsOf(WORKING_GROUP_FIELDS),
  status: "common.status",
  agreement: "exportFile.agreementId",
  leadCologne: "workingGroup.leadCologne",
  leadPartner: "workingGroup.leadPartner",
  verified: "common.verified",
  source: "common.source",
  notes: "common.notes",
};

/** A milestone's fields as the milestone's own import names them, and the group it belongs to. */
export const MILESTONE_IMPORT_FIELDS = [
  "id",
  "version",
  "title",
  "status",
  "dueOn",
  "doneOn",
  "notes",
  "group",
] as const;
export type MilestoneImportField = (typeof MILESTONE_IMPORT_FIELDS)[number];

/** The milestone's columns in the working groups' file (their headers there) and its field each one is. */
export const MILESTONE_COLUMNS = {
  milestoneId: { field: "id", label: "exportFile.milestoneId" },
  milestoneVersion: { field: "version", label: "exportFile.milestoneVersion" },
  milestoneTitle: { field: "title", label: "workingGroup.milestoneTitle" },
  milestoneStatus: { field: "status", label: "exportFile.milestoneStatus" },
  dueOn: { field: "dueOn", label: MILESTONE_FIELDS.dueOn.label },
  doneOn: { field: "doneOn", label: MILESTONE_FIELDS.doneOn.label },
  milestoneNotes: { field: "notes", label: "exportFile.milestoneNotes" },
} as const satisfies Record<string, { field: MilestoneImportField; label: MessagePath }>;

/** The fields a commitment import can fill: the agreement by number or title, the owner by number or name. */
export const COMMITMENT_IMPORT_FIELDS = [
  "id",
  "version",
  ...(Object.keys(COMMITMENT_FIELDS) as (keyof typeof COMMITMENT_FIELDS)[]),
  "agreement",
  "ownerPerson",
  "status",
  "statusReason",
  "verified",
  "source",
  "notes",
] as const;
export type CommitmentImportField = (typeof COMMITMENT_IMPORT_FIELDS)[number];

export const COMMITMENT_IMPORT_LABELS: Readonly<Record<CommitmentImportField, MessagePath>> = {
  id: "exportFile.id",
  version: "dataImport.version",
  ...labelsOf(COMMITMENT_FIELDS),
  agreement: "exportFile.agreementId",
  ownerPerson: "commitment.ownerPerson",
  status: "common.status",
  statusReason: "commitment.statusReason",
  verified: "common.verified",
  source: "common.source",
  notes: "common.notes",
};

/** Each kind's field labels (the preview and the command line name fields with them). */
export const IMPORT_LABELS = {
  AGREEMENTS: AGREEMENT_IMPORT_LABELS,
  PARTNERS: PARTNER_IMPORT_LABELS,
  PEOPLE: PERSON_IMPORT_LABELS,
  ACTIVITIES: ACTIVITY_IMPORT_LABELS,
  WORKING_GROUPS: {
    ...WORKING_GROUP_IMPORT_LABELS,
    ...(Object.fromEntries(Object.entries(MILESTONE_COLUMNS).map(([name, column]) => [name, column.label])) as Record<
      keyof typeof MILESTONE_COLUMNS,
      MessagePath
    >),
  },
  COMMITMENTS: COMMITMENT_IMPORT_LABELS,
} as const satisfies Record<string, Readonly<Record<string, MessagePath>>>;
export type ImplementedImportKind = keyof typeof IMPORT_LABELS;

/** A record's reference as the input names it, and the import's field (its column) that fills it. */
export const REFERENCE_FIELDS: Readonly<Record<string, string>> = {
  partnerId: "partner",
  agreementIds: "agreements",
  areaCodes: "areas",
  agreementId: "agreement",
  leadCologneId: "leadCologne",
  leadPartnerId: "leadPartner",
  ownerPersonId: "ownerPerson",
};
