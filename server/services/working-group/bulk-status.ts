// Bulk status changes of working groups: one status for many working groups at once. As for agreements
// (server/services/agreement/bulk.ts): a preview of what changes, what stays and what changed since it was chosen;
// apply writes exactly the working groups the preview accepted, with the versions the user saw, in one transaction,
// one audit event per working group (the status before and after, as an edit in the form records it).
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/prisma";
import type { WorkingGroupStatus } from "../../domain/enums";
import type {
  TWorkingGroupBulkStatus,
  ZWorkingGroupBulkApplyInput,
  ZWorkingGroupBulkPreviewInput,
} from "../../lists/bulk";
import { prismaOrderBy } from "../../lists/define";
import { workingGroupList } from "../../lists/working-groups";
import { type ChangeEvent, recordChanges } from "../audit/record";
import { lockBulkRows, modelBulkSource, previewBulk, refuseUntaken } from "../shared/bulk-selection";
import type { StaleRecord } from "../shared/versioning";
import { workingGroupWhere } from "./list";

type PreviewInput = z.output<typeof ZWorkingGroupBulkPreviewInput>;
type ApplyInput = z.output<typeof ZWorkingGroupBulkApplyInput>;
type Filter = Extract<PreviewInput["selection"], { filter: unknown }>["filter"];

export interface WorkingGroupBulkRow {
  id: number;
  version: number;
  title: string;
  before: WorkingGroupStatus;
  after: WorkingGroupStatus;
}

export interface WorkingGroupBulkPreview {
  limit: number;
  matched: number;
  exceeded: boolean;
  changes: WorkingGroupBulkRow[];
  unchanged: WorkingGroupBulkRow[];
  conflicts: StaleRecord[];
}

const ROW_SELECT = { id: true, version: true, name: true, status: true } as const;
type Row = { id: number; version: number; name: string; status: WorkingGroupStatus };

function plan(rows: readonly Row[], change: TWorkingGroupBulkStatus) {
  const result: Pick<WorkingGroupBulkPreview, "changes" | "unchanged"> = { changes: [], unchanged: [] };
  for (const row of rows) {
    const entry = { id: row.id, version: row.version, title: row.name, before: row.status, after: change.status };
    (row.status === change.status ? result.unchanged : result.changes).push(entry);
  }
  return result;
}

/** How a bulk change reads working groups. */
const WORKING_GROUPS = modelBulkSource<Row, Filter>({
  entity: "WORKING_GROUP",
  plural: "working groups",
  duplicateKey: "duplicateWorkingGroup",
  model: (db) => db.workingGroup,
  select: ROW_SELECT,
  where: (_db, filter) => workingGroupWhere(filter),
  orderBy: (filter) => prismaOrderBy(workingGroupList.order(filter)),
  version: (row) => row.version,
  title: (row) => row.name,
});

export async function previewWorkingGroupBulk(db: Db, input: PreviewInput): Promise<WorkingGroupBulkPreview> {
  return previewBulk(db, WORKING_GROUPS, input.selection, (rows) => plan(rows, input.change), {
    changes: [],
    unchanged: [],
  });
}

/**
 * Sets the status of exactly the given working groups, as the user saw them (versions): a stale one is a CONFLICT
 * naming who changed it, one that already has the status a BAD_REQUEST; then nothing is written.
 */
export async function applyWorkingGroupBulk(db: Db, actor: Actor, input: ApplyInput): Promise<{ changed: number }> {
  const ids = input.items.map((item) => item.id);
  return db.$transaction(
    async (tx) => {
      const rows = await lockBulkRows(tx, WORKING_GROUPS, input.items);
      refuseUntaken(WORKING_GROUPS.plural, "that already have this status", plan(rows, input.change).unchanged);
      await tx.workingGroup.updateMany({
        where: { id: { in: ids } },
        data: { status: input.change.status, version: { increment: 1 } },
      });
      const events: ChangeEvent[] = rows.map((row) => ({
        action: "UPDATE",
        entityType: "WORKING_GROUP",
        entityId: row.id,
        entityLabel: row.name,
        changes: { status: { before: row.status, after: input.change.status } },
      }));
      await recordChanges(tx, actor, events);
      return { changed: rows.length };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
