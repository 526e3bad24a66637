// Input schemas of the activity aggregate (visits, delegations, meetings…), shared by the tRPC procedures and the
// forms.
import { z } from "zod";
import { ACTIVITY_TYPES } from "../domain/enums";
import { ZAreaCode } from "./agreement";
import {
  cleanText,
  optionalText,
  requiredText,
  sourceFields,
  updateInput,
  ZDateInput,
  ZId,
  ZOptionalDateInput,
} from "./common";

export const ZActivityType = z.enum(ACTIVITY_TYPES);

export const ZActivityParticipantInput = z.strictObject({
  personId: ZId,
  /** The person's role in this activity, e.g. "Delegationsleitung". */
  role: cleanText(optionalText(200)),
});

const activityFields = {
  type: ZActivityType,
  title: cleanText(requiredText(300)),
  startOn: ZDateInput,
  /** Not before startOn (checked by the service). */
  endOn: ZOptionalDateInput,
  place: cleanText(optionalText(300)),
  partnerId: ZId.nullable().optional(),
  description: cleanText(optionalText(10_000)),
  outcome: cleanText(optionalText(10_000)),
  source: sourceFields.source,
  verified: sourceFields.verified,
  agreementIds: z.array(ZId).max(100).default([]),
  areaCodes: z.array(ZAreaCode).max(50).default([]),
  participants: z.array(ZActivityParticipantInput).max(500).default([]),
};

export const ZActivityCreateInput = z.strictObject(activityFields);
export type TActivityCreateInput = z.input<typeof ZActivityCreateInput>;

/** Links (agreements, areas, participants) are replaced by the ones given. */
export const ZActivityUpdateInput = updateInput(activityFields);
export type TActivityUpdateInput = z.input<typeof ZActivityUpdateInput>;

export const ZActivityByIdInput = z.strictObject({ id: ZId });
