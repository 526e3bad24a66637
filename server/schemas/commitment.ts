// Input schemas of commitments (promises an agreement makes), shared by the tRPC procedures and the forms.
import { z } from "zod";
import { COMMITMENT_STATUSES } from "../domain/enums";
import { cleanText, recordInputs, sourceFields, ZByIdInput, ZId, ZPickerSearchInput, ZVersion } from "./common";
import { fieldSchemas, type RecordField } from "./fields";

export const ZCommitmentStatus = z.enum(COMMITMENT_STATUSES);

/** A commitment's plain fields (see AGREEMENT_FIELDS): form, detail page, export and audit labels read them. */
export const COMMITMENT_FIELDS = {
  title: {
    kind: "text",
    max: 300,
    required: true,
    wide: true,
    label: "commitment.title",
    section: "promise",
    list: false,
  },
  quote: { kind: "longText", max: 4000, label: "commitment.quote", section: "promise", list: false },
  quoteLanguage: {
    kind: "text",
    max: 20,
    label: "commitment.quoteLanguage",
    hint: "commitment.quoteLanguageHint",
    section: "promise",
    list: false,
  },
  ownerCologne: {
    kind: "text",
    max: 300,
    label: "commitment.ownerCologne",
    hint: "commitment.ownerHint",
    section: "owners",
    list: false,
  },
  ownerPartner: { kind: "text", max: 300, label: "commitment.ownerPartner", section: "owners", list: false },
  dueOn: { kind: "partialDate", label: "commitment.dueOn", hint: "commitment.dueOnHint", section: "due", list: false },
} as const satisfies Record<string, RecordField>;

const commitmentFields = {
  ...fieldSchemas(COMMITMENT_FIELDS),
  agreementId: ZId,
  workingGroupId: ZId.nullable().optional(),
  /** The Cologne-side person who owns it (not erased); the unit, if any, is the text ownerCologne beside it. */
  ownerPersonId: ZId.nullable().optional(),
  /** The milestones (of the agreement's working groups) and the activities (linked to the agreement) fulfilling it. */
  milestoneIds: z.array(ZId).max(50, "at most 50 milestones").default([]),
  activityIds: z.array(ZId).max(50, "at most 50 activities").default([]),
  ...sourceFields,
};

/** Create and edit: the promise itself. The status changes through ZCommitmentStatusInput (with its reason). */
export const { create: ZCommitmentCreateInput, update: ZCommitmentUpdateInput } = recordInputs(commitmentFields);
export type TCommitmentCreateInput = z.input<typeof ZCommitmentCreateInput>;
export const ZCommitmentByIdInput = ZByIdInput;

/** A status change: DONE and DROPPED need a reason (checked by the service, which names the field). */
export const ZCommitmentStatusInput = z.strictObject({
  id: ZId,
  version: ZVersion,
  status: ZCommitmentStatus,
  reason: cleanText(z.string().trim().max(2000, "at most 2000 characters")).optional(),
});
export type TCommitmentStatusInput = z.input<typeof ZCommitmentStatusInput>;

export const ZCommitmentsOfAgreementInput = z.strictObject({ agreementId: ZId });

/** The owner picker's search: Cologne-side people who are not erased, by a part of the name or organisation. */
export const ZCommitmentOwnerSearchInput = ZPickerSearchInput;
export type TCommitmentOwnerSearchInput = z.output<typeof ZCommitmentOwnerSearchInput>;
