// Bulk changes of agreements: which records (chosen rows with the versions the user saw, or every match of the
// list's filter) and what changes for all of them. Shared by the procedures and the list screen's selection bar.
import { z } from "zod";
import { AREA_LINK_STATUSES } from "../domain/enums";
import { EN as VALIDATION } from "../i18n/validation";
import { ZActivityType } from "../schemas/activity";
import { ZAgreementStatus, ZAreaCode } from "../schemas/agreement";
import { ZCommitmentStatus } from "../schemas/commitment";
import { cleanText, dateRules, optionalText, requiredText, ZId, ZOptionalDateInput, ZVersion } from "../schemas/common";
import { ZHumanRightsReviewStatus } from "../schemas/human-rights-review";
import { PERSON_FIELDS } from "../schemas/person";
import { ZWorkingGroupStatus } from "../schemas/working-group";
import { ZActivityListInput } from "./activities";
import { ZAgreementListInput } from "./agreements";
import { ZCommitmentListInput } from "./commitments";
import { ZPartnerListInput } from "./partners";
import { ZPersonListInput } from "./people";
import { ZWorkingGroupListInput } from "./working-groups";

/** The most records one bulk change may touch; a larger selection is refused as a whole, saying so. */
export const BULK_LIMIT = 1_000;

/** A chosen record and the version the user saw (a record changed since is a conflict). */
export const ZBulkItem = z.strictObject({ id: ZId, version: ZVersion });

/**
 * A kind's two bulk inputs: the preview's (the chosen rows, or every record its list's filter matches, read with the
 * list's own input schema) and the apply's (exactly the records the preview accepted, with their versions).
 */
function bulkInputs<F extends z.ZodType, C extends z.ZodType, I extends z.ZodType>(filter: F, change: C, item: I) {
  const items = z.array(item).min(1).max(BULK_LIMIT);
  return {
    preview: z.strictObject({
      selection: z.union([z.strictObject({ items }), z.strictObject({ filter })]),
      change,
    }),
    apply: z.strictObject({ items, change }),
  };
}

export const ZBulkStatusChange = dateRules(
  z.strictObject({
    kind: z.literal("status"),
    to: ZAgreementStatus,
    reason: cleanText(requiredText(2000).min(3, VALIDATION.reasonTooShort)),
    scope: cleanText(optionalText(500)),
    effectiveOn: ZOptionalDateInput,
  }),
  { notInFuture: ["effectiveOn"] },
);

export const ZBulkChange = z.discriminatedUnion("kind", [
  ZBulkStatusChange,
  z.strictObject({ kind: z.literal("responsibleUnit"), value: cleanText(optionalText(200)) }),
  z.strictObject({ kind: z.literal("areaStatus"), area: ZAreaCode, status: z.enum(AREA_LINK_STATUSES) }),
]);
export type TBulkChange = z.output<typeof ZBulkChange>;

export const { preview: ZAgreementBulkPreviewInput, apply: ZAgreementBulkApplyInput } = bulkInputs(
  ZAgreementListInput,
  ZBulkChange,
  ZBulkItem,
);

// ---------------------------------------------------------------------------------------------------------------
// Partners: the human-rights review fields
// ---------------------------------------------------------------------------------------------------------------

/** A chosen partner and its review's version as the user saw it (null: it had no review yet). */
export const ZPartnerBulkItem = z.strictObject({ id: ZId, version: ZVersion.nullable() });

/** The review set for every chosen partner; an empty note leaves each partner's note as it is. */
export const ZPartnerBulkReview = z.strictObject({
  status: ZHumanRightsReviewStatus,
  lastReviewedOn: ZOptionalDateInput,
  nextDueOn: ZOptionalDateInput,
  note: cleanText(optionalText(4000)),
});
export type TPartnerBulkReview = z.output<typeof ZPartnerBulkReview>;

export const { preview: ZPartnerBulkPreviewInput, apply: ZPartnerBulkApplyInput } = bulkInputs(
  ZPartnerListInput,
  ZPartnerBulkReview,
  ZPartnerBulkItem,
);

// ---------------------------------------------------------------------------------------------------------------
// Commitments: the status, with one reason for all
// ---------------------------------------------------------------------------------------------------------------

/** Done and dropped need a reason (the service names the field, as for a single change). */
export const ZCommitmentBulkStatus = z.strictObject({
  status: ZCommitmentStatus,
  reason: cleanText(z.string().trim().max(2000, "at most 2000 characters")).optional(),
});
export type TCommitmentBulkStatus = z.output<typeof ZCommitmentBulkStatus>;

export const { preview: ZCommitmentBulkPreviewInput, apply: ZCommitmentBulkApplyInput } = bulkInputs(
  ZCommitmentListInput,
  ZCommitmentBulkStatus,
  ZBulkItem,
);

// ---------------------------------------------------------------------------------------------------------------
// Working groups: the status
// ---------------------------------------------------------------------------------------------------------------

export const ZWorkingGroupBulkStatus = z.strictObject({ status: ZWorkingGroupStatus });
export type TWorkingGroupBulkStatus = z.output<typeof ZWorkingGroupBulkStatus>;

export const { preview: ZWorkingGroupBulkPreviewInput, apply: ZWorkingGroupBulkApplyInput } = bulkInputs(
  ZWorkingGroupListInput,
  ZWorkingGroupBulkStatus,
  ZBulkItem,
);

// ---------------------------------------------------------------------------------------------------------------
// Activities: verified or not, the type, a cooperation area added or removed
// ---------------------------------------------------------------------------------------------------------------

/** Whether the source confirms the records (the list's "unverified" badge). */
export const VERIFIED_VALUES = ["VERIFIED", "UNVERIFIED"] as const;
/** A record's verified flag as a bulk change's value. */
export const verifiedValue = (verified: boolean): (typeof VERIFIED_VALUES)[number] =>
  verified ? "VERIFIED" : "UNVERIFIED";
export const AREA_ACTIONS = ["ADD", "REMOVE"] as const;
const ZVerifiedChange = z.strictObject({ kind: z.literal("verified"), value: z.enum(VERIFIED_VALUES) });

export const ZActivityBulkChange = z.discriminatedUnion("kind", [
  ZVerifiedChange,
  z.strictObject({ kind: z.literal("type"), type: ZActivityType }),
  z.strictObject({ kind: z.literal("area"), action: z.enum(AREA_ACTIONS), area: ZAreaCode }),
]);
export type TActivityBulkChange = z.output<typeof ZActivityBulkChange>;

export const { preview: ZActivityBulkPreviewInput, apply: ZActivityBulkApplyInput } = bulkInputs(
  ZActivityListInput,
  ZActivityBulkChange,
  ZBulkItem,
);

// ---------------------------------------------------------------------------------------------------------------
// People: verified or not, the organisation
// ---------------------------------------------------------------------------------------------------------------

export const ZPersonBulkChange = z.discriminatedUnion("kind", [
  ZVerifiedChange,
  /** The organisation set for all (empty: none). */
  z.strictObject({ kind: z.literal("organisation"), value: cleanText(optionalText(PERSON_FIELDS.organisation.max)) }),
]);
export type TPersonBulkChange = z.output<typeof ZPersonBulkChange>;

export const { preview: ZPersonBulkPreviewInput, apply: ZPersonBulkApplyInput } = bulkInputs(
  ZPersonListInput,
  ZPersonBulkChange,
  ZBulkItem,
);
