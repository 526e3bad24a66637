// Working groups with their milestones. XLSX: a sheet of the groups (with milestone counts) and a sheet of all their
// milestones (groups in the list's order, each group's milestones by due date). CSV, one table: one row per
// milestone with its group's columns in front; a group without milestones has one row with the milestone columns
// empty (so every group of the list is in the file).

import type { Prisma } from "../../db/generated/client";
import { partnerName } from "../../i18n/format";
import { type TWorkingGroupListQuery, workingGroupList } from "../../lists/working-groups";
import { WORKING_GROUP_FIELDS } from "../../schemas/working-group";
import { today } from "../../services/shared/dates";
import { pick } from "../../services/shared/select";
import { workingGroupWhere } from "../../services/working-group/list";
import { isOverdue } from "../../services/working-group/milestone-rules";
import type { ExportTexts } from "../labels";
import { type Column, sheet } from "../table";
import {
  fieldTableColumns,
  filterLines,
  labels,
  listRecords,
  listTableDataset,
  quoted,
  recordColumns,
  sortInWords,
} from "./common";

const select = {
  ...pick("id", "version", "name", "goal", "status", "source", "verified", "notes", "updatedAt"),
  agreement: { select: { id: true, title: true, partner: { select: { nameDe: true, nameEn: true } } } },
  leadCologne: { select: { name: true } },
  leadPartner: { select: { name: true } },
  members: {
    select: { role: true, person: { select: { name: true } } },
    orderBy: [{ person: { name: "asc" } }, { personId: "asc" }],
  },
  milestones: {
    select: {
      id: true,
      version: true,
      title: true,
      dueOn: true,
      status: true,
      doneOn: true,
      notes: true,
      updatedAt: true,
    },
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  },
} satisfies Prisma.WorkingGroupSelect;

type Group = Prisma.WorkingGroupGetPayload<{ select: typeof select }>;
type Milestone = Group["milestones"][number];
interface MilestoneRow {
  group: Group;
  milestone: Milestone | null;
}

function groupColumns(texts: ExportTexts, locale: "de" | "en", asOf: Date, idHeader: string): Column<Group>[] {
  const { m, x } = texts;
  return recordColumns<Group>(texts, { lastUpdated: m.workingGroup.lastUpdated, idHeader }, [
    ...fieldTableColumns<Group>(WORKING_GROUP_FIELDS, ["name"], texts),
    { type: "text", header: m.common.status, width: 16, get: (g) => m.enums.workingGroupStatus[g.status] },
    { type: "int", header: x.agreementId, width: 10, get: (g) => g.agreement.id },
    { type: "text", header: m.workingGroup.agreement, width: 40, get: (g) => g.agreement.title },
    { type: "text", header: m.common.partner, width: 22, get: (g) => partnerName(g.agreement.partner, locale) },
    { type: "text", header: m.workingGroup.leadCologne, width: 22, get: (g) => g.leadCologne?.name },
    { type: "text", header: m.workingGroup.leadPartner, width: 22, get: (g) => g.leadPartner?.name },
    {
      type: "text",
      header: m.workingGroup.members,
      width: 40,
      get: (g) =>
        g.members
          .map((member) => (member.role ? `${member.person.name} (${member.role})` : member.person.name))
          .join("; "),
    },
    ...fieldTableColumns<Group>(WORKING_GROUP_FIELDS, ["goal"], texts),
    { type: "int", header: x.milestonesTotal, width: 12, get: (g) => g.milestones.length },
    {
      type: "int",
      header: x.milestonesDone,
      width: 12,
      get: (g) => g.milestones.filter((ms) => ms.status === "DONE").length,
    },
    {
      type: "int",
      header: x.milestonesOverdue,
      width: 12,
      get: (g) => g.milestones.filter((ms) => isOverdue(ms, asOf)).length,
    },
  ]);
}

function milestoneColumns(
  { m, x }: ExportTexts,
  asOf: Date,
  headers: { status: string; notes: string; updated: string; version: string },
): Column<MilestoneRow>[] {
  return [
    { type: "int", header: x.milestoneId, width: 10, get: (r) => r.milestone?.id },
    { type: "text", header: m.workingGroup.milestoneTitle, width: 40, get: (r) => r.milestone?.title },
    {
      type: "text",
      header: headers.status,
      width: 14,
      get: (r) => (r.milestone ? m.enums.milestoneStatus[r.milestone.status] : null),
    },
    { type: "date", header: m.workingGroup.dueOn, width: 12, get: (r) => r.milestone?.dueOn },
    { type: "date", header: m.workingGroup.doneOn, width: 12, get: (r) => r.milestone?.doneOn },
    {
      type: "bool",
      header: m.workingGroup.overdue,
      width: 11,
      get: (r) => (r.milestone ? isOverdue(r.milestone, asOf) : null),
    },
    { type: "text", header: headers.notes, width: 40, get: (r) => r.milestone?.notes },
    { type: "dateTime", header: headers.updated, width: 20, get: (r) => r.milestone?.updatedAt },
    { type: "int", header: headers.version, width: 8, get: (r) => r.milestone?.version },
  ];
}

export const workingGroupsDataset = listTableDataset(workingGroupList, {
  minRole: "VIEWER",
  stem: "working-groups",
  async build(ctx, query, texts) {
    const { db, locale } = ctx;
    const { m, x } = texts;
    const asOf = today(ctx.now);
    const where = workingGroupWhere(query);
    const groups = listRecords(ctx, workingGroupList.order(query), where, (args) =>
      db.workingGroup.findMany({ ...args, select }),
    );
    async function* milestoneRows(signal?: AbortSignal, withEmptyGroups = false): AsyncGenerator<MilestoneRow[]> {
      for await (const batch of groups(signal)) {
        const rows = batch.flatMap((group): MilestoneRow[] =>
          group.milestones.length
            ? group.milestones.map((milestone) => ({ group, milestone }))
            : withEmptyGroups
              ? [{ group, milestone: null }]
              : [],
        );
        if (rows.length) yield rows;
      }
    }

    const groupSheet = sheet(m.nav.workingGroups, groupColumns(texts, locale, asOf, x.id), groups);
    const groupOfRow = (column: Column<Group>): Column<MilestoneRow> =>
      ({ ...column, get: (row: MilestoneRow) => column.get(row.group) }) as Column<MilestoneRow>;
    const milestoneSheet = sheet(
      m.workingGroup.milestones,
      [
        { type: "int", header: x.groupId, width: 10, get: (r) => r.group.id },
        { type: "text", header: m.dashboard.workingGroup, width: 40, get: (r) => r.group.name },
        ...milestoneColumns(texts, asOf, {
          status: m.common.status,
          notes: m.workingGroup.milestoneNotes,
          updated: m.workingGroup.lastUpdated,
          version: m.dataImport.version,
        }),
      ],
      (signal) => milestoneRows(signal),
    );
    const csv = sheet(
      m.nav.workingGroups,
      [
        ...groupColumns(texts, locale, asOf, x.groupId).map(groupOfRow),
        ...milestoneColumns(texts, asOf, {
          status: x.milestoneStatus,
          notes: x.milestoneNotes,
          updated: x.milestoneUpdated,
          version: x.milestoneVersion,
        }),
      ],
      (signal) => milestoneRows(signal, true),
    );

    const agreement =
      query.agreementId !== undefined
        ? await db.agreement.findUnique({ where: { id: query.agreementId }, select: { id: true, title: true } })
        : null;
    const sortLabels: Record<TWorkingGroupListQuery["sort"], string> = {
      name: m.workingGroup.name,
      status: m.common.status,
      updatedAt: m.workingGroup.lastUpdated,
    };
    return {
      title: x.workingGroupsTitle,
      sheets: [groupSheet, milestoneSheet],
      csv,
      filter: filterLines([
        [m.common.status, labels(query.status, m.enums.workingGroupStatus)],
        [
          m.workingGroup.agreement,
          query.agreementId === undefined
            ? null
            : agreement
              ? `${agreement.title} (${x.id} ${agreement.id})`
              : `${x.id} ${query.agreementId}`,
        ],
        [m.workingGroup.milestones, query.milestones ? m.workingGroup.milestoneFilter[query.milestones] : null],
        [x.search, query.q ? quoted(query.q, locale) : null],
      ]),
      sort: sortInWords(sortLabels[query.sort], query.dir, texts),
    };
  },
});
