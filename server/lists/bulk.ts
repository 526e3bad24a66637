// Bulk changes of agreements: which records (chosen rows with the versions the user saw, or every match of the
// list's filter) and what changes for all of them. Shared by the procedures and the list screen's selection bar.
import { z } from "zod";
import { AREA_LINK_STATUSES } from "../domain/enums";
import { EN as VALIDATION } from "../i18n/validation";
import { ZAgreementStatus, ZAreaCode } from "../schemas/agreement";
import { ZCommitmentStatus } from "../schemas/commitment";
import { cleanText, dateRules, optionalText, requiredText, ZId, ZOptionalDateInput, ZVersion } from "../schemas/common";
import { ZHumanRightsReviewStatus } from "../schemas/human-rights-review";
import { ZWorkingGroupStatus } from "../schemas/working-group";
import { ZAgreementListInput } from "./agreements";
import { ZCommitmentListInput } from "./commitments";
import { ZPartnerListInput } from "./partners";
import { ZWorkingGroupListInput } from "./working-groups";

/** The most records one bulk change may touch; a larger selection is refused as a whole, saying so. */
export const BULK_LIMIT = 1_000;

/** A chosen record and the version the user saw (a record changed since is a conflict). */
export const ZBulkItem = z.strictObject({ id: ZId, version: ZVersion });

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

/** The preview: the chosen rows, or every agreement the list's filter matches (the list's own input schema). */
export const ZAgreementBulkPreviewInput = z.strictObject({
  selection: z.union([
    z.strictObject({ items: z.array(ZBulkItem).min(1).max(BULK_LIMIT) }),
    z.strictObject({ filter: ZAgreementListInput }),
  ]),
  change: ZBulkChange,
});

/** Apply: exactly the records the preview accepted, with their versions; all of them change or none. */
export const ZAgreementBulkApplyInput = z.strictObject({
  items: z.array(ZBulkItem).min(1).max(BULK_LIMIT),
  change: ZBulkChange,
});

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

export const ZPartnerBulkPreviewInput = z.strictObject({
  selection: z.union([
    z.strictObject({ items: z.array(ZPartnerBulkItem).min(1).max(BULK_LIMIT) }),
    z.strictObject({ filter: ZPartnerListInput }),
  ]),
  change: ZPartnerBulkReview,
});

export const ZPartnerBulkApplyInput = z.strictObject({
  items: z.array(ZPartnerBulkItem).min(1).max(BULK_LIMIT),
  change: ZPartnerBulkReview,
});

// ---------------------------------------------------------------------------------------------------------------
// Commitments: the status, with one reason for all
// ---------------------------------------------------------------------------------------------------------------

/** Done and dropped need a reason (the service names the field, as for a single change). */
export const ZCommitmentBulkStatus = z.strictObject({
  status: ZCommitmentStatus,
  reason: cleanText(z.string().trim().max(2000, "at most 2000 characters")).optional(),
});
export type TCommitmentBulkStatus = z.output<typeof ZCommitmentBulkStatus>;

export const ZCommitmentBulkPreviewInput = z.strictObject({
  selection: z.union([
    z.strictObject({ items: z.array(ZBulkItem).min(1).max(BULK_LIMIT) }),
    z.strictObject({ filter: ZCommitmentListInput }),
  ]),
  change: ZCommitmentBulkStatus,
});

export const ZCommitmentBulkApplyInput = z.strictObject({
  items: z.array(ZBulkItem).min(1).max(BULK_LIMIT),
  change: ZCommitmentBulkStatus,
});

// ---------------------------------------------------------------------------------------------------------------
// Working groups: the status
// ---------------------------------------------------------------------------------------------------------------

export const ZWorkingGroupBulkStatus = z.strictObject({ status: ZWorkingGroupStatus });
export type TWorkingGroupBulkStatus = z.output<typeof ZWorkingGroupBulkStatus>;

export const ZWorkingGroupBulkPreviewInput = z.strictObject({
  selection: z.union([
    z.strictObject({ items: z.array(ZBulkItem).min(1).max(BULK_LIMIT) }),
    z.strictObject({ filter: ZWorkingGroupListInput }),
  ]),
  change: ZWorkingGroupBulkStatus,
});

export const ZWorkingGroupBulkApplyInput = z.strictObject({
  items: z.array(ZBulkItem).min(1).max(BULK_LIMIT),
  change: ZWorkingGroupBulkStatus,
});
