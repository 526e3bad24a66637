// Bulk changes of partners: one human-rights review (status, last review, next review due, and a note if given) set
// for many partners at once. As for agreements (server/services/agreement/bulk.ts): a preview of what changes, what
// stays and what changed since it was chosen; apply writes exactly the partners the preview accepted, with the review
// versions the user saw, in one transaction, one audit event per partner (the review's fields, as the single change
// records them). The review's own rules are checked once for the change (the same for every partner).
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import type { Db, Tx } from "../../db/prisma";
import type { HumanRightsReviewStatus } from "../../domain/enums";
import type { TPartnerBulkReview, ZPartnerBulkApplyInput, ZPartnerBulkPreviewInput } from "../../lists/bulk";
import { prismaOrderBy } from "../../lists/define";
import { partnerList } from "../../lists/partners";
import { type ChangeEvent, recordChanges } from "../audit/record";
import { lockBulkRows, modelBulkSource, previewBulk, refuseUntaken } from "../shared/bulk-selection";
import { today } from "../shared/dates";
import type { StaleRecord } from "../shared/versioning";
import { checkReview } from "./human-rights-review";
import { partnerWhere } from "./list";

type PreviewInput = z.output<typeof ZPartnerBulkPreviewInput>;
type ApplyInput = z.output<typeof ZPartnerBulkApplyInput>;
type Filter = Extract<PreviewInput["selection"], { filter: unknown }>["filter"];

export interface PartnerBulkRow {
  id: number;
  /** The review's version (null: no review yet). */
  version: number | null;
  title: string;
  before: HumanRightsReviewStatus;
  after: HumanRightsReviewStatus;
}

export interface PartnerBulkPreview {
  limit: number;
  matched: number;
  exceeded: boolean;
  changes: PartnerBulkRow[];
  unchanged: PartnerBulkRow[];
  conflicts: StaleRecord[];
}

const ROW_SELECT = {
  id: true,
  nameDe: true,
  humanRightsReview: { select: { version: true, status: true, lastReviewedOn: true, nextDueOn: true, note: true } },
} as const;

interface Row {
  id: number;
  nameDe: string;
  humanRightsReview: {
    version: number;
    status: HumanRightsReviewStatus;
    lastReviewedOn: Date | null;
    nextDueOn: Date | null;
    note: string | null;
  } | null;
}

/** The review's fields as the audit trail names them on the partner (as the single change records them). */
function snapshotOf(review: Row["humanRightsReview"]) {
  return {
    reviewStatus: review?.status ?? "NOT_REVIEWED",
    lastReviewedOn: review?.lastReviewedOn ?? null,
    nextReviewDueOn: review?.nextDueOn ?? null,
    reviewNote: review?.note ?? null,
  };
}

/** The partner's review after the change: an empty note keeps the partner's own. */
function reviewAfter(row: Row, change: TPartnerBulkReview) {
  return {
    status: change.status,
    lastReviewedOn: change.lastReviewedOn ?? null,
    nextDueOn: change.nextDueOn ?? null,
    note: change.note ?? row.humanRightsReview?.note ?? null,
  };
}

const same = (a: Date | null | undefined, b: Date | null | undefined) =>
  (a?.getTime() ?? null) === (b?.getTime() ?? null);

function changes(row: Row, change: TPartnerBulkReview): boolean {
  const current = row.humanRightsReview;
  const next = reviewAfter(row, change);
  return !(
    (current?.status ?? "NOT_REVIEWED") === next.status &&
    same(current?.lastReviewedOn, next.lastReviewedOn) &&
    same(current?.nextDueOn, next.nextDueOn) &&
    (current?.note ?? null) === next.note
  );
}

function plan(rows: readonly Row[], change: TPartnerBulkReview) {
  const result: Pick<PartnerBulkPreview, "changes" | "unchanged"> = { changes: [], unchanged: [] };
  for (const row of rows) {
    const entry = {
      id: row.id,
      version: row.humanRightsReview?.version ?? null,
      title: row.nameDe,
      before: row.humanRightsReview?.status ?? "NOT_REVIEWED",
      after: change.status,
    };
    (changes(row, change) ? result.changes : result.unchanged).push(entry);
  }
  return result;
}

function checkChange(change: TPartnerBulkReview) {
  checkReview(change, today());
}

/** How a bulk change reads partners (the version is their review's: null while they have none). */
const PARTNERS = modelBulkSource<Row, Filter>({
  entity: "PARTNER",
  plural: "partners",
  duplicateKey: "duplicatePartner",
  model: (db) => db.partner,
  select: ROW_SELECT,
  where: (_db, filter) => partnerWhere(filter),
  orderBy: (filter) => prismaOrderBy(partnerList.order(filter)),
  version: (row) => row.humanRightsReview?.version ?? null,
  title: (row) => row.nameDe,
});

export async function previewPartnerBulk(db: Db, input: PreviewInput): Promise<PartnerBulkPreview> {
  checkChange(input.change);
  return previewBulk(db, PARTNERS, input.selection, (rows) => plan(rows, input.change), {
    changes: [],
    unchanged: [],
  });
}

/**
 * Sets the review of exactly the given partners, as the user saw them (review versions): a stale one is a CONFLICT
 * naming who changed it, a partner the change would leave as it is a BAD_REQUEST; then nothing is written.
 */
export async function applyPartnerBulk(db: Db, actor: Actor, input: ApplyInput): Promise<{ changed: number }> {
  const change = input.change;
  checkChange(change);
  return db.$transaction(
    async (tx) => {
      const rows = await lockBulkRows(tx, PARTNERS, input.items);
      refuseUntaken(PARTNERS.plural, "this change leaves as they are", plan(rows, change).unchanged);
      await write(tx, actor, change, rows);
      return { changed: rows.length };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}

async function write(tx: Tx, actor: Actor, change: TPartnerBulkReview, rows: readonly Row[]) {
  const day = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : null);
  // One statement for all: a partner without a review gets one, one with a review has it changed (version + 1).
  await tx.$executeRaw`
    INSERT INTO "HumanRightsReview" ("partnerId", status, "lastReviewedOn", "nextDueOn", note, "updatedAt")
    SELECT id, ${change.status}::"HumanRightsReviewStatus", ${day(change.lastReviewedOn)}::date,
           ${day(change.nextDueOn)}::date, ${change.note ?? null}::text, now()
    FROM unnest(${rows.map((row) => row.id)}::int[]) AS id
    ON CONFLICT ("partnerId") DO UPDATE SET
      status = EXCLUDED.status,
      "lastReviewedOn" = EXCLUDED."lastReviewedOn",
      "nextDueOn" = EXCLUDED."nextDueOn",
      note = COALESCE(EXCLUDED.note, "HumanRightsReview".note),
      version = "HumanRightsReview".version + 1,
      "updatedAt" = now()`;
  const events: ChangeEvent[] = rows.map((row) => ({
    action: "UPDATE",
    entityType: "PARTNER",
    entityId: row.id,
    entityLabel: row.nameDe,
    before: snapshotOf(row.humanRightsReview),
    after: snapshotOf({ version: 0, ...reviewAfter(row, change) }),
  }));
  await recordChanges(tx, actor, events);
}
