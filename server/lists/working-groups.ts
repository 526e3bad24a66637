// The working-group list: its URL (?status=…&agreement=…&milestones=…&q=…&sort=…&dir=…&page=…), its input and its
// orders.
import { z } from "zod";
import { WORKING_GROUP_STATUSES } from "../domain/enums";
import { ZId } from "../schemas/common";
import { ZWorkingGroupStatus } from "../schemas/working-group";
import { listColumns } from "./columns";
import { defineRecordList, int, many, one, oneOf } from "./define";

/** Milestone filters of the working-group list (the dashboard's "due" and "overdue" figures link to them). */
export const MILESTONE_FILTERS = ["overdue", "dueSoon"] as const;

const FILTERS = {
  status: many("status", ZWorkingGroupStatus, oneOf(WORKING_GROUP_STATUSES), 20),
  agreementId: int("agreement", ZId, "an agreement's id"),
  /** Only groups with a pending milestone that is overdue, or due within DUE_SOON_DAYS. */
  milestones: one("milestones", z.enum(MILESTONE_FILTERS), oneOf(MILESTONE_FILTERS)),
};

export const workingGroupList = defineRecordList({
  path: "/working-groups",
  /** The table's columns; the name links to the record and always shows. */
  columns: listColumns(["name", "agreement", "status", "milestones"], ["name"]),
  filters: FILTERS,
  sorts: { keys: { name: {}, status: { enumValues: WORKING_GROUP_STATUSES }, updatedAt: {} } },
  defaultSort: "name",
});

export const ZWorkingGroupListInput = workingGroupList.schema;
export type TWorkingGroupListInput = z.input<typeof ZWorkingGroupListInput>;
export type TWorkingGroupListQuery = z.output<typeof ZWorkingGroupListInput>;
