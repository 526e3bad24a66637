// Input schemas of the working-group aggregate (working groups and their milestones), shared by the tRPC
// procedures and the forms.
import { z } from "zod";
import { MILESTONE_STATUSES, WORKING_GROUP_STATUSES } from "../domain/enums";
import {
  cleanText,
  dateRules,
  optionalText,
  recordInputs,
  sourceFields,
  updateInput,
  ZByIdInput,
  ZId,
  ZVersion,
} from "./common";
import { fieldSchemas, type RecordField } from "./fields";

export const ZWorkingGroupStatus = z.enum(WORKING_GROUP_STATUSES);
export const ZMilestoneStatus = z.enum(MILESTONE_STATUSES);

export const ZWorkingGroupMembershipInput = z.strictObject({
  personId: ZId,
  /** The person's role in this group, e.g. "Koordination". */
  role: cleanText(optionalText(200)),
});

/** A working group's plain fields (see AGREEMENT_FIELDS): form, detail page, export and audit labels read them. */
export const WORKING_GROUP_FIELDS = {
  name: {
    kind: "text",
    max: 300,
    required: true,
    wide: true,
    label: "workingGroup.name",
    section: "name",
    list: false,
  },
  goal: { kind: "longText", max: 10_000, label: "workingGroup.goal", section: "goal", list: false },
} as const satisfies Record<string, RecordField>;

const workingGroupFields = {
  ...fieldSchemas(WORKING_GROUP_FIELDS),
  status: ZWorkingGroupStatus.default("ANNOUNCED"),
  agreementId: ZId,
  leadCologneId: ZId.nullable().optional(),
  leadPartnerId: ZId.nullable().optional(),
  memberships: z.array(ZWorkingGroupMembershipInput).max(200).default([]),
  ...sourceFields,
};

export const { create: ZWorkingGroupCreateInput, update: ZWorkingGroupUpdateInput } = recordInputs(workingGroupFields);
export type TWorkingGroupCreateInput = z.input<typeof ZWorkingGroupCreateInput>;
export const ZWorkingGroupByIdInput = ZByIdInput;

/** A milestone's plain fields (see AGREEMENT_FIELDS): its form and audit labels read them. */
export const MILESTONE_FIELDS = {
  title: { kind: "text", max: 300, required: true, wide: true, label: "common.title", section: "title", list: false },
  dueOn: { kind: "date", label: "workingGroup.dueOn", section: "due", list: false },
  /** Only for DONE (defaults to today there); ignored and cleared for every other status. */
  doneOn: { kind: "date", label: "workingGroup.doneOn", hint: "workingGroup.doneOnHint", section: "done", list: false },
  notes: { kind: "longText", max: 2000, label: "workingGroup.milestoneNotes", section: "notes", list: false },
} as const satisfies Record<string, RecordField>;

const milestoneFields = {
  ...fieldSchemas(MILESTONE_FIELDS),
  status: ZMilestoneStatus.default("OPEN"),
};

/** A milestone is done on a day that has come (checked with every other field, shared by the form). */
const MILESTONE_DATE_RULES = { notInFuture: ["doneOn"] } as const;

export const ZMilestoneAddInput = dateRules(
  z.strictObject({ workingGroupId: ZId, ...milestoneFields }),
  MILESTONE_DATE_RULES,
);

export const ZMilestoneUpdateInput = dateRules(updateInput(milestoneFields), MILESTONE_DATE_RULES);

export const ZMilestoneRemoveInput = z.strictObject({ id: ZId, version: ZVersion });
