// Input schemas of the agreement aggregate, shared by the tRPC procedures and the forms.
import { z } from "zod";
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, AREA_LINK_STATUSES } from "../domain/enums";
import { EN as VALIDATION } from "../i18n/validation";
import {
  cleanText,
  dateRules,
  optionalText,
  requiredText,
  sourceFields,
  updateInput,
  ZByIdInput,
  ZId,
  ZOptionalDateInput,
  ZVersion,
} from "./common";
import { fieldSchemas, listedFields, type RecordField } from "./fields";

export const ZAgreementStatus = z.enum(AGREEMENT_STATUSES);
export const ZAgreementType = z.enum(AGREEMENT_TYPES);
export const ZAreaCode = z.string().regex(/^[A-Z_]{2,50}$/, VALIDATION.areaCode);

export const ZAgreementAreaInput = z.strictObject({
  code: ZAreaCode,
  status: z.enum(AREA_LINK_STATUSES).default("PLANNED"),
  notes: cleanText(optionalText(2000)),
});

/**
 * The agreement's plain fields (a text or a date known to the day, month or year), each described once. The input
 * schema, the service's columns, the detail page, the form, the list, the export and the audit trail's labels all
 * read this table, so a new plain field is a column in prisma/schema.prisma (with its migration), a row here and its
 * label in the catalogue (m.agreement.<name>, German and English): see docs/ARCHITECTURE.md.
 */
export const AGREEMENT_FIELDS = {
  councilDecisionOn: { kind: "partialDate", label: "agreement.councilDecisionOn", section: "dates", list: false },
  signedOn: { kind: "partialDate", label: "agreement.signedOn", section: "dates", list: true },
  countersignedOn: { kind: "partialDate", label: "agreement.countersignedOn", section: "dates", list: false },
  validFrom: { kind: "partialDate", label: "agreement.validFrom", section: "dates", list: false },
  validUntil: { kind: "partialDate", label: "agreement.validUntil", section: "dates", list: true },
  responsibleUnit: { kind: "text", max: 200, label: "agreement.responsibleUnit", section: "general", list: false },
  /** The office's file number (Aktenzeichen), e.g. "15-2019/0412": what the records office files it under. */
  referenceNumber: { kind: "text", max: 100, label: "agreement.referenceNumber", section: "general", list: true },
} as const satisfies Record<string, RecordField>;

export type AgreementField = keyof typeof AGREEMENT_FIELDS;
type FieldsOfKind<K extends RecordField["kind"]> = {
  [F in AgreementField]: (typeof AGREEMENT_FIELDS)[F]["kind"] extends K ? F : never;
}[AgreementField];
export type AgreementTextField = FieldsOfKind<"text">;
export type AgreementDateField = FieldsOfKind<"partialDate">;
export const AGREEMENT_FIELD_NAMES = Object.keys(AGREEMENT_FIELDS) as AgreementField[];
/** The fields the agreement list shows as columns. */
export const AGREEMENT_LIST_FIELDS = listedFields(AGREEMENT_FIELDS);

const agreementFields = {
  type: ZAgreementType,
  title: cleanText(requiredText(300)),
  partnerId: ZId,
  ...fieldSchemas(AGREEMENT_FIELDS),
  predecessorId: ZId.nullable().optional(),
  ...sourceFields,
  areas: z.array(ZAgreementAreaInput).max(50).default([]),
};

/**
 * The agreement's date rules: valid until not before valid from, signed not after valid until, and what is recorded
 * as signed or countersigned has happened (not in the future). Checked with every other field, shared by the form.
 */
const AGREEMENT_DATE_RULES = {
  order: [
    { earlier: "validFrom", later: "validUntil", key: "untilBeforeFrom" },
    { earlier: "signedOn", later: "validUntil", key: "signedAfterUntil", at: "earlier" },
  ],
  notInFuture: ["signedOn", "countersignedOn"],
} as const;

export const ZAgreementCreateInput = dateRules(
  z.strictObject({
    ...agreementFields,
    status: ZAgreementStatus.default("PROPOSED"),
    statusScope: cleanText(optionalText(500)),
  }),
  AGREEMENT_DATE_RULES,
);
export type TAgreementCreateInput = z.input<typeof ZAgreementCreateInput>;

/** Status is not part of an update: it changes only through a transition, which records its history. */
export const ZAgreementUpdateInput = dateRules(updateInput(agreementFields), AGREEMENT_DATE_RULES);
export type TAgreementUpdateInput = z.input<typeof ZAgreementUpdateInput>;

export const ZAgreementTransitionInput = dateRules(
  z.strictObject({
    id: ZId,
    /** The version the user saw; if the agreement changed since (another status, say), the change is refused. */
    version: ZVersion.optional(),
    to: ZAgreementStatus,
    reason: cleanText(requiredText(2000).min(3, VALIDATION.reasonTooShort)),
    scope: cleanText(optionalText(500)),
    /** When the change took effect; defaults to today. */
    effectiveOn: ZOptionalDateInput,
  }),
  { notInFuture: ["effectiveOn"] },
);

export const ZAgreementByIdInput = ZByIdInput;
