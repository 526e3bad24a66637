// Bulk status changes of working groups: one status for many working groups at once. As for agreements
// (server/services/agreement/bulk.ts): a preview of what changes, what stays and what changed since it was chosen;
// apply writes exactly the working groups the preview accepted, with the versions the user saw, in one transaction,
// one audit event per working group (the status before and after, as an edit in the form records it).
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/prisma";
import type { WorkingGroupStatus } from "../../domain/enums";
import { DomainError, invalidField } from "../../domain/errors";
import {
  BULK_LIMIT,
  type TWorkingGroupBulkStatus,
  type ZWorkingGroupBulkApplyInput,
  type ZWorkingGroupBulkPreviewInput,
} from "../../lists/bulk";
import { prismaOrderBy } from "../../lists/define";
import { workingGroupList } from "../../lists/working-groups";
import { type ChangeEvent, recordChanges } from "../audit/record";
import { duplicates } from "../shared/bulk";
import { type StaleRecord, staleError, staleRecords } from "../shared/versioning";
import { workingGroupWhere } from "./list";

type PreviewInput = z.output<typeof ZWorkingGroupBulkPreviewInput>;
type ApplyInput = z.output<typeof ZWorkingGroupBulkApplyInput>;

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

const titled = (rows: readonly Row[]) => rows.map((row) => ({ id: row.id, title: row.name }));

export async function previewWorkingGroupBulk(db: Db, input: PreviewInput): Promise<WorkingGroupBulkPreview> {
  let rows: Row[];
  let seen: Map<number, number> | null = null;
  if ("filter" in input.selection) {
    const query = input.selection.filter;
    const where = workingGroupWhere(query);
    const matched = await db.workingGroup.count({ where, take: BULK_LIMIT + 1 });
    if (matched > BULK_LIMIT) {
      const total = await db.workingGroup.count({ where });
      return { limit: BULK_LIMIT, matched: total, exceeded: true, changes: [], unchanged: [], conflicts: [] };
    }
    rows = await db.workingGroup.findMany({
      where,
      select: ROW_SELECT,
      orderBy: prismaOrderBy(workingGroupList.order(query)) as never,
    });
  } else {
    const items = input.selection.items;
    if (duplicates(items.map((item) => item.id)).length) throw invalidField("items", "duplicateWorkingGroup");
    seen = new Map(items.map((item) => [item.id, item.version]));
    const found = await db.workingGroup.findMany({ where: { id: { in: [...seen.keys()] } }, select: ROW_SELECT });
    const byId = new Map(found.map((row) => [row.id, row]));
    const missing = items.filter((item) => !byId.has(item.id)).map((item) => item.id);
    if (missing.length) throw new DomainError("NOT_FOUND", `Working group ${missing.join(", ")} does not exist.`);
    rows = items.map((item) => byId.get(item.id) as Row);
  }
  const stale = seen ? rows.filter((row) => seen.get(row.id) !== row.version) : [];
  const staleIds = new Set(stale.map((row) => row.id));
  return {
    limit: BULK_LIMIT,
    matched: rows.length,
    exceeded: false,
    ...plan(
      rows.filter((row) => !staleIds.has(row.id)),
      input.change,
    ),
    conflicts: await staleRecords(db, "WORKING_GROUP", titled(stale)),
  };
}

/**
 * Sets the status of exactly the given working groups, as the user saw them (versions): a stale one is a CONFLICT
 * naming who changed it, one that already has the status a BAD_REQUEST; then nothing is written.
 */
export async function applyWorkingGroupBulk(db: Db, actor: Actor, input: ApplyInput): Promise<{ changed: number }> {
  const ids = input.items.map((item) => item.id);
  if (duplicates(ids).length) throw invalidField("items", "duplicateWorkingGroup");
  const expected = new Map(input.items.map((item) => [item.id, item.version]));
  return db.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<{ id: number }[]>`
        SELECT id FROM "WorkingGroup" WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
      if (locked.length !== ids.length) {
        const present = new Set(locked.map((row) => row.id));
        throw new DomainError(
          "NOT_FOUND",
          `Working group ${ids.filter((id) => !present.has(id)).join(", ")} does not exist.`,
        );
      }
      const rows: Row[] = await tx.workingGroup.findMany({
        where: { id: { in: ids } },
        select: ROW_SELECT,
        orderBy: { id: "asc" },
      });
      const stale = rows.filter((row) => expected.get(row.id) !== row.version);
      if (stale.length) {
        throw staleError(
          "working groups",
          await staleRecords(tx, "WORKING_GROUP", titled(stale)),
          (stale[0] as Row).version,
        );
      }
      const planned = plan(rows, input.change);
      if (planned.unchanged.length) {
        const named = planned.unchanged
          .slice(0, 5)
          .map((row) => `"${row.title}"`)
          .join(", ");
        throw new DomainError(
          "BAD_REQUEST",
          `Chosen working groups that already have this status (${planned.unchanged.length}): ${named}. Nothing was saved.`,
        );
      }
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
