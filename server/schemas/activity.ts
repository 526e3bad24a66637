// Input schemas of the activity aggregate (visits, delegations, meetings…), shared by the tRPC procedures and the
// forms.
import { z } from "zod";
import { ACTIVITY_TYPES } from "../domain/enums";
import { ZAreaCode } from "./agreement";
import { cleanText, dateRules, optionalText, recordInputs, sourceFields, ZByIdInput, ZId } from "./common";
import { fieldSchemas, type RecordField } from "./fields";

export const ZActivityType = z.enum(ACTIVITY_TYPES);

export const ZActivityParticipantInput = z.strictObject({
  personId: ZId,
  /** The person's role in this activity, e.g. "Delegationsleitung". */
  role: cleanText(optionalText(200)),
});

/** An activity's plain fields (see AGREEMENT_FIELDS): form, detail page, export and audit labels read them. */
export const ACTIVITY_FIELDS = {
  title: { kind: "text", max: 300, required: true, wide: true, label: "common.title", section: "title", list: false },
  startOn: { kind: "date", required: true, label: "activity.startOn", section: "when", list: false },
  /** Not before startOn (checked by the service). */
  endOn: { kind: "date", label: "activity.endOn", hint: "activity.endOnHint", section: "when", list: false },
  place: { kind: "text", max: 300, label: "activity.place", section: "when", list: false },
  description: { kind: "longText", max: 10_000, label: "activity.description", section: "texts", list: false },
  outcome: { kind: "longText", max: 10_000, label: "activity.outcome", section: "texts", list: false },
} as const satisfies Record<string, RecordField>;

const activityFields = {
  type: ZActivityType,
  ...fieldSchemas(ACTIVITY_FIELDS),
  partnerId: ZId.nullable().optional(),
  source: sourceFields.source,
  verified: sourceFields.verified,
  agreementIds: z.array(ZId).max(100).default([]),
  areaCodes: z.array(ZAreaCode).max(50).default([]),
  participants: z.array(ZActivityParticipantInput).max(500).default([]),
};

const inputs = recordInputs(activityFields);
/** An activity ends on or after its start (checked with every other field, shared by the form). */
const ACTIVITY_DATE_RULES = { order: [{ earlier: "startOn", later: "endOn", key: "endBeforeStart" }] } as const;
export const ZActivityCreateInput = dateRules(inputs.create, ACTIVITY_DATE_RULES);
export const ZActivityUpdateInput = dateRules(inputs.update, ACTIVITY_DATE_RULES);
export type TActivityCreateInput = z.input<typeof ZActivityCreateInput>;
export const ZActivityByIdInput = ZByIdInput;
