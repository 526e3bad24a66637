// Importing working groups with their milestones, from the export's one table (one row per milestone, the working
// group's columns in front; a group without milestones is a row with the milestone's columns empty). How rows become
// records is grouped.ts: rows with the same group number are that group, rows without one are a new group per
// agreement and name, created once. The group's agreement is found by its number (or title), its leads by number or
// name (several people of that name: refused). Members are kept as they are (the members column is not imported).
// A milestone's done date follows the service's status rules (milestone-rules.ts): only DONE keeps one.
import type { z } from "zod";
import type { Prisma } from "../../db/generated/client";
import {
  MILESTONE_STATUSES,
  type MilestoneStatus,
  WORKING_GROUP_STATUSES,
  type WorkingGroupStatus,
} from "../../domain/enums";
import { messagesFor } from "../../i18n/messages";
import { ZMilestoneAddInput, ZWorkingGroupCreateInput } from "../../schemas/working-group";
import { isoDay } from "../shared/bulk";
import { today } from "../shared/dates";
import { pick } from "../shared/select";
import { resolveDoneOn } from "../working-group/milestone-rules";
import { milestoneColumns, snapshotMilestone } from "../working-group/milestones";
import { snapshotWorkingGroup, workingGroupColumns } from "../working-group/write";
import {
  currentRecords,
  enumCell,
  type ImportKindSpec,
  idsByKey,
  plainValues,
  schemaRefusal,
  serviceRefusal,
  type Values,
  writeRecords,
} from "./engine";
import {
  MILESTONE_COLUMNS,
  MILESTONE_IMPORT_FIELDS,
  type MilestoneImportField,
  WORKING_GROUP_IMPORT_FIELDS,
  WORKING_GROUP_IMPORT_LABELS,
  type WorkingGroupImportField,
} from "./fields";
import { groupedImport } from "./grouped";
import { agreementIndex, type PersonIndex, personIndex, readAgreementCell, readPersonCell } from "./references";
import { cellText, normalName } from "./values";

type GroupInput = z.output<typeof ZWorkingGroupCreateInput>;
/** A milestone's input; its group's id is "new:<line>" while the group is one this import creates. */
type MilestoneInput = Omit<z.output<typeof ZMilestoneAddInput>, "workingGroupId"> & {
  workingGroupId: number | string;
};

const readGroupStatus = enumCell<WorkingGroupStatus>(
  WORKING_GROUP_STATUSES,
  (l) => messagesFor(l).enums.workingGroupStatus,
);
const readMilestoneStatus = enumCell<MilestoneStatus>(MILESTONE_STATUSES, (l) => messagesFor(l).enums.milestoneStatus);

// ---------------------------------------------------------------------------------------------------------------
// The working group
// ---------------------------------------------------------------------------------------------------------------

const GROUP_SELECT = {
  ...pick("id", "version", "name", "goal", "status", "agreementId", "leadCologneId", "leadPartnerId"),
  ...pick("source", "verified", "notes"),
} as const satisfies Prisma.WorkingGroupSelect;

/** The working group's fields the plan compares. */
const GROUP_COMPARED = [
  "name",
  "goal",
  "status",
  "agreementId",
  "leadCologneId",
  "leadPartnerId",
  "source",
  "verified",
  "notes",
] as const;

const groupValues = (row: Partial<Record<(typeof GROUP_COMPARED)[number], unknown>>) =>
  plainValues(row, GROUP_COMPARED);

/** A working group is the same one when its agreement and name are (the copy check of a new row). */
const groupKey = (agreementId: number, name: string) => `${agreementId}\u0000${normalName(name)}`;

interface GroupContext {
  agreements: Awaited<ReturnType<typeof agreementIndex>>;
  people: PersonIndex;
  groups: Map<string, number>;
}

const workingGroupSpec: ImportKindSpec<WorkingGroupImportField, GroupContext, GroupInput> = {
  kind: "WORKING_GROUPS",
  entity: "WORKING_GROUP",
  table: "WorkingGroup",
  fields: WORKING_GROUP_IMPORT_FIELDS,
  labels: WORKING_GROUP_IMPORT_LABELS,
  // The XLSX export's sheet of groups calls the group's number "Nr.".
  aliases: { id: ["exportFile.id"] },
  cells: {
    id: "own",
    version: "own",
    name: "text",
    goal: "text",
    status: "own",
    agreement: "own",
    leadCologne: "own",
    leadPartner: "own",
    verified: "boolean",
    source: "text",
    notes: "text",
  },
  readOnly: (m) => [
    m.workingGroup.agreement,
    m.common.partner,
    m.workingGroup.members,
    m.exportFile.milestonesTotal,
    m.exportFile.milestonesDone,
    m.exportFile.milestonesOverdue,
    m.workingGroup.lastUpdated,
    m.dashboard.workingGroup,
  ],
  defaults: { status: "ANNOUNCED", verified: false, leadCologneId: null, leadPartnerId: null },
  async prepare(tx, ids) {
    const rows = await tx.workingGroup.findMany({ where: { id: { in: [...ids] } }, select: GROUP_SELECT });
    const groups = idsByKey(
      await tx.workingGroup.findMany({ select: { id: true, agreementId: true, name: true } }),
      (row) => groupKey(row.agreementId, row.name),
    );
    return {
      context: { agreements: await agreementIndex(tx), people: await personIndex(tx, { erasedAt: null }), groups },
      current: currentRecords(rows, (row) => row.name, groupValues),
    };
  },
  readOwn(field, cell, after, context) {
    if (field === "status") return readGroupStatus(field, cell, after);
    const text = cellText(cell);
    if (field === "leadCologne") return readPersonCell(context.people, text, "leadCologneId", after);
    if (field === "leadPartner") return readPersonCell(context.people, text, "leadPartnerId", after);
    return field === "agreement" ? readAgreementCell(context.agreements, text, after) : null;
  },
  check(after) {
    const parsed = ZWorkingGroupCreateInput.safeParse({
      name: after.name ?? "",
      goal: after.goal,
      status: after.status ?? undefined,
      agreementId: after.agreementId ?? undefined,
      leadCologneId: after.leadCologneId,
      leadPartnerId: after.leadPartnerId,
      source: after.source,
      verified: after.verified,
      notes: after.notes,
    });
    if (!parsed.success) return schemaRefusal(parsed.error.issues[0]);
    const input = parsed.data;
    return { ok: true, input, stored: groupValues(input), label: input.name };
  },
  copyReasons: { exists: "workingGroupExists", duplicate: "duplicateWorkingGroup" },
  keyField: "name",
  keys: (input) => [groupKey(input.agreementId, input.name)],
  existing: (key, context) => context.groups.get(key),
  // Members are not in the file's columns: the writer keeps them (columns only, no membership rows).
  apply: writeRecords<GroupInput>({
    entity: "WORKING_GROUP",
    model: (tx) => tx.workingGroup,
    columns: workingGroupColumns,
    snapshot: snapshotWorkingGroup,
    label: (input) => input.name,
  }),
};

// ---------------------------------------------------------------------------------------------------------------
// The milestone
// ---------------------------------------------------------------------------------------------------------------

const MILESTONE_SELECT = {
  ...pick("id", "version", "workingGroupId", "title", "status", "dueOn", "doneOn", "notes"),
} as const satisfies Prisma.MilestoneSelect;

function milestoneValues(row: {
  workingGroupId: number | string;
  title: string;
  status: string;
  dueOn?: Date | null;
  doneOn?: Date | null;
  notes?: string | null;
}): Values {
  return {
    workingGroupId: row.workingGroupId,
    title: row.title,
    status: row.status,
    dueOn: isoDay(row.dueOn ?? null),
    doneOn: isoDay(row.doneOn ?? null),
    notes: row.notes ?? null,
  };
}

/** A milestone is the same one when its group and title are (the copy check of a new row). */
const milestoneKey = (group: number | string, title: string) => `${group}\u0000${normalName(title)}`;

interface MilestoneContext {
  milestones: Map<string, number>;
}

const milestoneSpec: ImportKindSpec<MilestoneImportField, MilestoneContext, MilestoneInput> = {
  kind: "WORKING_GROUPS",
  entity: "MILESTONE",
  table: "Milestone",
  fields: MILESTONE_IMPORT_FIELDS,
  labels: {
    ...(Object.fromEntries(Object.values(MILESTONE_COLUMNS).map((column) => [column.field, column.label])) as Record<
      Exclude<MilestoneImportField, "group">,
      never
    >),
    group: "exportFile.groupId",
  },
  cells: {
    id: "own",
    version: "own",
    title: "text",
    status: "own",
    dueOn: "day",
    doneOn: "day",
    notes: "text",
    group: "own",
  },
  readOnly: (m) => [m.workingGroup.overdue, m.exportFile.milestoneUpdated],
  defaults: { status: "OPEN" },
  async prepare(tx, ids) {
    const rows = await tx.milestone.findMany({ where: { id: { in: [...ids] } }, select: MILESTONE_SELECT });
    const milestones = idsByKey(
      await tx.milestone.findMany({ select: { id: true, workingGroupId: true, title: true } }),
      (row) => milestoneKey(row.workingGroupId, row.title),
    );
    return { context: { milestones }, current: currentRecords(rows, (row) => row.title, milestoneValues) };
  },
  readOwn(field, cell, after) {
    if (field === "status") return readMilestoneStatus(field, cell, after);
    if (field !== "group") return null;
    // "id:12" or "new:7" (grouped.ts): a new group's milestones name it by its first row's line until it exists.
    const ref = cellText(cell);
    after.workingGroupId = ref.startsWith("id:") ? Number(ref.slice(3)) : ref;
    return null;
  },
  check(after) {
    const fields = {
      title: after.title ?? "",
      status: after.status ?? undefined,
      dueOn: after.dueOn,
      doneOn: after.doneOn,
      notes: after.notes,
    };
    // The group is checked by the import (it may be one this file creates): the schema sees a placeholder number.
    const parsed = ZMilestoneAddInput.safeParse({ ...fields, workingGroupId: 1 });
    if (!parsed.success) return schemaRefusal(parsed.error.issues[0]);
    const input: MilestoneInput = { ...parsed.data, workingGroupId: after.workingGroupId as number | string };
    // The done date as the service stores it: a DONE milestone keeps its date (or today), others have none.
    let doneOn: Date | null = null;
    const refused = serviceRefusal(() => {
      doneOn = resolveDoneOn(input.status, input.doneOn, today());
    });
    if (refused) return refused;
    return {
      ok: true,
      input,
      stored: milestoneValues({ ...input, doneOn }),
      label: input.title,
    };
  },
  copyReasons: { exists: "milestoneExists", duplicate: "duplicateMilestone" },
  keyField: "title",
  keys: (input) => [milestoneKey(input.workingGroupId, input.title)],
  existing: (key, context) => context.milestones.get(key),
  // A milestone stays in its group (no form moves it): a file that names it under another group is refused.
  locked: { workingGroupId: { key: "dataImport.reasons.milestoneOfOtherGroup" } },
  apply: writeRecords<MilestoneInput>({
    entity: "MILESTONE",
    model: (tx) => tx.milestone,
    columns: (input) => ({ ...milestoneColumns(input), workingGroupId: input.workingGroupId as number }),
    snapshot: snapshotMilestone,
    label: (input) => input.title,
    parent: (input) => ({ type: "WORKING_GROUP", id: input.workingGroupId as number }),
  }),
};

/** Working groups and their milestones, one row per milestone (grouped.ts). */
export const workingGroupImport = groupedImport({
  kind: "WORKING_GROUPS",
  parent: workingGroupSpec as ImportKindSpec<WorkingGroupImportField, never, unknown>,
  child: milestoneSpec as ImportKindSpec<MilestoneImportField, never, unknown>,
  childColumns: MILESTONE_COLUMNS,
  parentField: "group",
  parentInput: "workingGroupId",
  groupBy: ["agreement", "name"],
});
