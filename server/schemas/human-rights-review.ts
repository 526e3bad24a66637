// Input of a partnership's human-rights review (Cologne's partnership concept with a human-rights focus, 2022/23).
import { z } from "zod";
import { HUMAN_RIGHTS_REVIEW_STATUSES } from "../domain/enums";
import { cleanText, optionalText, ZId, ZOptionalDateInput, ZVersion } from "./common";

export const ZHumanRightsReviewStatus = z.enum(HUMAN_RIGHTS_REVIEW_STATUSES);

/** `version`: the review's version the editor started from; null when the partner had none yet. */
export const ZHumanRightsReviewInput = z.strictObject({
  partnerId: ZId,
  version: ZVersion.nullable(),
  status: ZHumanRightsReviewStatus,
  lastReviewedOn: ZOptionalDateInput,
  nextDueOn: ZOptionalDateInput,
  note: cleanText(optionalText(4000)),
});
export type THumanRightsReviewInput = z.input<typeof ZHumanRightsReviewInput>;
