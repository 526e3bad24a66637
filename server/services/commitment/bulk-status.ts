// Bulk status changes of commitments: one status (and one reason, which done and dropped require) for many
// commitments at once. As for agreements (server/services/agreement/bulk.ts): a preview of what changes, what stays
// and what changed since it was chosen; apply writes exactly the commitments the preview accepted, with the versions
// the user saw, in one transaction, one audit event per commitment (with its agreement as parent).
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/prisma";
import { COMMITMENT_STATUS_RULES } from "../../domain/commitment";
import type { CommitmentStatus } from "../../domain/enums";
import { DomainError, invalidField } from "../../domain/errors";
import {
  BULK_LIMIT,
  type TCommitmentBulkStatus,
  type ZCommitmentBulkApplyInput,
  type ZCommitmentBulkPreviewInput,
} from "../../lists/bulk";
import { commitmentList } from "../../lists/commitments";
import { prismaOrderBy } from "../../lists/define";
import { type ChangeEvent, recordChanges } from "../audit/record";
import { duplicates } from "../shared/bulk";
import { type StaleRecord, staleError, staleRecords } from "../shared/versioning";
import { commitmentWhere } from "./list";

type PreviewInput = z.output<typeof ZCommitmentBulkPreviewInput>;
type ApplyInput = z.output<typeof ZCommitmentBulkApplyInput>;

export interface CommitmentBulkRow {
  id: number;
  version: number;
  title: string;
  before: CommitmentStatus;
  after: CommitmentStatus;
}

export interface CommitmentBulkPreview {
  limit: number;
  matched: number;
  exceeded: boolean;
  changes: CommitmentBulkRow[];
  unchanged: CommitmentBulkRow[];
  conflicts: StaleRecord[];
}

const ROW_SELECT = { id: true, version: true, title: true, status: true, agreementId: true } as const;
type Row = { id: number; version: number; title: string; status: CommitmentStatus; agreementId: number };

const MIN_REASON = 3;

function checkChange(change: TCommitmentBulkStatus) {
  const reason = change.reason?.trim() || null;
  if (COMMITMENT_STATUS_RULES[change.status].reasonRequired && (reason === null || reason.length < MIN_REASON)) {
    throw invalidField("reason", "reasonRequired");
  }
  return reason;
}

function plan(rows: readonly Row[], change: TCommitmentBulkStatus) {
  const result: Pick<CommitmentBulkPreview, "changes" | "unchanged"> = { changes: [], unchanged: [] };
  for (const row of rows) {
    const entry = { id: row.id, version: row.version, title: row.title, before: row.status, after: change.status };
    (row.status === change.status ? result.unchanged : result.changes).push(entry);
  }
  return result;
}

export async function previewCommitmentBulk(db: Db, input: PreviewInput): Promise<CommitmentBulkPreview> {
  checkChange(input.change);
  let rows: Row[];
  let seen: Map<number, number> | null = null;
  if ("filter" in input.selection) {
    const query = input.selection.filter;
    const where = commitmentWhere(query);
    const matched = await db.commitment.count({ where, take: BULK_LIMIT + 1 });
    if (matched > BULK_LIMIT) {
      const total = await db.commitment.count({ where });
      return { limit: BULK_LIMIT, matched: total, exceeded: true, changes: [], unchanged: [], conflicts: [] };
    }
    rows = await db.commitment.findMany({
      where,
      select: ROW_SELECT,
      orderBy: prismaOrderBy(commitmentList.order(query)) as never,
    });
  } else {
    const items = input.selection.items;
    if (duplicates(items.map((item) => item.id)).length) throw invalidField("items", "duplicateCommitment");
    seen = new Map(items.map((item) => [item.id, item.version]));
    const found = await db.commitment.findMany({ where: { id: { in: [...seen.keys()] } }, select: ROW_SELECT });
    const byId = new Map(found.map((row) => [row.id, row]));
    const missing = items.filter((item) => !byId.has(item.id)).map((item) => item.id);
    if (missing.length) throw new DomainError("NOT_FOUND", `Commitment ${missing.join(", ")} does not exist.`);
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
    conflicts: await staleRecords(db, "COMMITMENT", stale),
  };
}

/**
 * Sets the status of exactly the given commitments, as the user saw them (versions): a stale one is a CONFLICT
 * naming who changed it, one that already has the status a BAD_REQUEST; then nothing is written.
 */
export async function applyCommitmentBulk(db: Db, actor: Actor, input: ApplyInput): Promise<{ changed: number }> {
  const ids = input.items.map((item) => item.id);
  if (duplicates(ids).length) throw invalidField("items", "duplicateCommitment");
  const change = input.change;
  const reason = checkChange(change);
  const expected = new Map(input.items.map((item) => [item.id, item.version]));
  return db.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<{ id: number }[]>`
        SELECT id FROM "Commitment" WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
      if (locked.length !== ids.length) {
        const present = new Set(locked.map((row) => row.id));
        throw new DomainError(
          "NOT_FOUND",
          `Commitment ${ids.filter((id) => !present.has(id)).join(", ")} does not exist.`,
        );
      }
      const rows: Row[] = await tx.commitment.findMany({
        where: { id: { in: ids } },
        select: ROW_SELECT,
        orderBy: { id: "asc" },
      });
      const stale = rows.filter((row) => expected.get(row.id) !== row.version);
      if (stale.length) {
        throw staleError("commitments", await staleRecords(tx, "COMMITMENT", stale), (stale[0] as Row).version);
      }
      const planned = plan(rows, change);
      if (planned.unchanged.length) {
        const named = planned.unchanged
          .slice(0, 5)
          .map((row) => `"${row.title}"`)
          .join(", ");
        throw new DomainError(
          "BAD_REQUEST",
          `Chosen commitments that already have this status (${planned.unchanged.length}): ${named}. Nothing was saved.`,
        );
      }
      const snapshot = (where: { id: { in: number[] } }) =>
        tx.commitment.findMany({ where, omit: { version: true, createdAt: true, updatedAt: true } });
      const before = new Map((await snapshot({ id: { in: ids } })).map(({ id, ...row }) => [id, row]));
      await tx.commitment.updateMany({
        where: { id: { in: ids } },
        data: {
          status: change.status,
          statusReason: reason,
          statusChangedBy: actor.name.slice(0, 200),
          statusChangedAt: new Date(),
          version: { increment: 1 },
        },
      });
      const after = new Map((await snapshot({ id: { in: ids } })).map(({ id, ...row }) => [id, row]));
      const events: ChangeEvent[] = rows.map((row) => ({
        action: "STATUS_CHANGE",
        entityType: "COMMITMENT",
        entityId: row.id,
        entityLabel: row.title,
        parent: { type: "AGREEMENT", id: row.agreementId },
        before: before.get(row.id) ?? null,
        after: after.get(row.id) ?? null,
      }));
      await recordChanges(tx, actor, events);
      return { changed: rows.length };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
