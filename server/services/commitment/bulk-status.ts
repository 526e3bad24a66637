// Bulk status changes of commitments: one status (and one reason, which done and dropped require) for many
// commitments at once. As for agreements (server/services/agreement/bulk.ts): a preview of what changes, what stays
// and what changed since it was chosen; apply writes exactly the commitments the preview accepted, with the versions
// the user saw, in one transaction, one audit event per commitment (with its agreement as parent).
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/prisma";
import { COMMITMENT_STATUS_RULES } from "../../domain/commitment";
import type { CommitmentStatus } from "../../domain/enums";
import { invalidField } from "../../domain/errors";
import type { TCommitmentBulkStatus, ZCommitmentBulkApplyInput, ZCommitmentBulkPreviewInput } from "../../lists/bulk";
import { commitmentList } from "../../lists/commitments";
import { prismaOrderBy } from "../../lists/define";
import { type ChangeEvent, recordChanges } from "../audit/record";
import { lockBulkRows, modelBulkSource, previewBulk, refuseUntaken } from "../shared/bulk-selection";
import type { StaleRecord } from "../shared/versioning";
import { commitmentWhere } from "./list";

type PreviewInput = z.output<typeof ZCommitmentBulkPreviewInput>;
type ApplyInput = z.output<typeof ZCommitmentBulkApplyInput>;
type Filter = Extract<PreviewInput["selection"], { filter: unknown }>["filter"];

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

/** How a bulk change reads commitments. */
const COMMITMENTS = modelBulkSource<Row, Filter>({
  entity: "COMMITMENT",
  plural: "commitments",
  duplicateKey: "duplicateCommitment",
  model: (db) => db.commitment,
  select: ROW_SELECT,
  where: (_db, filter) => commitmentWhere(filter),
  orderBy: (filter) => prismaOrderBy(commitmentList.order(filter)),
  version: (row) => row.version,
  title: (row) => row.title,
});

export async function previewCommitmentBulk(db: Db, input: PreviewInput): Promise<CommitmentBulkPreview> {
  checkChange(input.change);
  return previewBulk(db, COMMITMENTS, input.selection, (rows) => plan(rows, input.change), {
    changes: [],
    unchanged: [],
  });
}

/**
 * Sets the status of exactly the given commitments, as the user saw them (versions): a stale one is a CONFLICT
 * naming who changed it, one that already has the status a BAD_REQUEST; then nothing is written.
 */
export async function applyCommitmentBulk(db: Db, actor: Actor, input: ApplyInput): Promise<{ changed: number }> {
  const ids = input.items.map((item) => item.id);
  const change = input.change;
  const reason = checkChange(change);
  return db.$transaction(
    async (tx) => {
      const rows = await lockBulkRows(tx, COMMITMENTS, input.items);
      refuseUntaken(COMMITMENTS.plural, "that already have this status", plan(rows, change).unchanged);
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
