// What every bulk change does the same way, whatever it changes: reading the chosen records (the ids with the
// versions the user saw, or every record the list's filter matches, in the list's order, at most BULK_LIMIT),
// separating those that changed since they were chosen, and, when applying, locking exactly the chosen rows in id
// order (two bulk changes over overlapping records cannot deadlock) and refusing stale ones with who changed them.
// The record kinds differ only in what they read and what a change does to a row (the `BulkSource` and `plan`).
import type { Actor } from "../../auth/actor";
import type { AuditEntity } from "../../db/generated/enums";
import type { Db, Tx } from "../../db/prisma";
import { DomainError, invalidField } from "../../domain/errors";
import type { ValidationKey } from "../../i18n/validation";
import { BULK_LIMIT } from "../../lists/bulk";
import { type ChangeEvent, recordChanges } from "../audit/record";
import { duplicates } from "./bulk";
import { recordName, type StaleRecord, staleError, staleRecords, tableOf } from "./versioning";

/** A chosen record and the version the user saw (null: a version that does not exist yet, e.g. no review). */
export interface BulkItem {
  id: number;
  version: number | null;
}

export type BulkSelection<Filter> = { filter: Filter } | { items: readonly BulkItem[] };

/** How one record kind's rows are read for a bulk change. */
export interface BulkSource<Row extends { id: number }, Filter> {
  entity: AuditEntity;
  /** The records' name in the API's (English) messages, plural: "agreements". */
  plural: string;
  /** The field error's key when an id is chosen twice ("duplicateAgreement"). */
  duplicateKey: ValidationKey;
  /** How many records the filter matches, counting no further than `take`. */
  count(db: Db, filter: Filter, take?: number): Promise<number>;
  /** The records the filter matches, in the list's order. */
  matching(db: Db, filter: Filter): Promise<Row[]>;
  /** The records with these ids, in any order. */
  byIds(db: Db | Tx, ids: number[]): Promise<Row[]>;
  version(row: Row): number | null;
  title(row: Row): string;
}

/** What a bulk change needs of a Prisma model: a bounded count and rows with a select, filter and order. */
interface BulkModel {
  count(args: { where: object; take?: number }): Promise<number>;
  findMany(args: { where: object; select: object; orderBy?: object }): Promise<unknown[]>;
}

/**
 * The usual source: the rows of one model (`db.commitment`), read with `select`; a filter becomes the list's `where`
 * and `orderBy` (the list's order).
 */
export function modelBulkSource<Row extends { id: number }, Filter>(definition: {
  entity: AuditEntity;
  plural: string;
  duplicateKey: ValidationKey;
  model: (db: Db | Tx) => BulkModel;
  select: object;
  where: (db: Db, filter: Filter) => object | Promise<object>;
  orderBy: (filter: Filter) => object;
  version: (row: Row) => number | null;
  title: (row: Row) => string;
}): BulkSource<Row, Filter> {
  const { model, select, where, orderBy, ...rest } = definition;
  return {
    ...rest,
    count: async (db, filter, take) => model(db).count({ where: await where(db, filter), take }),
    matching: async (db, filter) =>
      (await model(db).findMany({ where: await where(db, filter), select, orderBy: orderBy(filter) })) as Row[],
    byIds: async (db, ids) => (await model(db).findMany({ where: { id: { in: ids } }, select })) as Row[],
  };
}

export type BulkRead<Row> =
  | { exceeded: true; matched: number }
  | { exceeded: false; matched: number; rows: Row[]; stale: Row[] };

function checkIds<Row extends { id: number }, Filter>(source: BulkSource<Row, Filter>, ids: readonly number[]) {
  if (duplicates(ids).length) throw invalidField("items", source.duplicateKey);
  if (ids.length > BULK_LIMIT) {
    throw new DomainError(
      "BAD_REQUEST",
      `Too many ${source.plural} for one bulk change (chosen: ${ids.length}; at most: ${BULK_LIMIT}). Narrow the filter.`,
    );
  }
}

const missingError = (entity: AuditEntity, ids: readonly number[]) =>
  new DomainError("NOT_FOUND", `${recordName(entity)} ${ids.join(", ")} does not exist.`);

/**
 * The chosen records as they are now: in the order chosen (or the list's order for a filter), with those whose
 * version differs from the one the user saw set apart as stale. A filter matching more than BULK_LIMIT records
 * reads nothing further (`exceeded`); an id chosen twice or not found is refused.
 */
export async function readBulkSelection<Row extends { id: number }, Filter>(
  db: Db,
  source: BulkSource<Row, Filter>,
  selection: BulkSelection<Filter>,
): Promise<BulkRead<Row>> {
  if ("filter" in selection) {
    const matched = await source.count(db, selection.filter, BULK_LIMIT + 1);
    if (matched > BULK_LIMIT) return { exceeded: true, matched: await source.count(db, selection.filter) };
    const rows = await source.matching(db, selection.filter);
    return { exceeded: false, matched: rows.length, rows, stale: [] };
  }
  const items = selection.items;
  checkIds(
    source,
    items.map((item) => item.id),
  );
  const byId = new Map(
    (await source.byIds(db, [...new Set(items.map((item) => item.id))])).map((row) => [row.id, row]),
  );
  const missing = items.filter((item) => !byId.has(item.id)).map((item) => item.id);
  if (missing.length) throw missingError(source.entity, missing);
  const rows = items.map((item) => byId.get(item.id) as Row);
  const seen = new Map(items.map((item) => [item.id, item.version]));
  const stale = rows.filter((row) => seen.get(row.id) !== source.version(row));
  return { exceeded: false, matched: rows.length, rows, stale };
}

/** The titled records the conflicts name, with who changed each last and when. */
export function staleOf<Row extends { id: number }, Filter>(
  db: Db | Tx,
  source: BulkSource<Row, Filter>,
  stale: readonly Row[],
): Promise<StaleRecord[]> {
  return staleRecords(
    db,
    source.entity,
    stale.map((row) => ({ id: row.id, title: source.title(row) })),
  );
}

/**
 * A bulk preview: what `plan` makes of the chosen records that did not change since they were chosen, and the
 * conflicts. `empty` is the plan of no records (a selection over the limit works out nothing).
 */
export async function previewBulk<Row extends { id: number }, Filter, Plan extends object>(
  db: Db,
  source: BulkSource<Row, Filter>,
  selection: BulkSelection<Filter>,
  plan: (rows: readonly Row[]) => Plan,
  empty: Plan,
): Promise<Plan & { limit: number; matched: number; exceeded: boolean; conflicts: StaleRecord[] }> {
  const read = await readBulkSelection(db, source, selection);
  if (read.exceeded) return { limit: BULK_LIMIT, matched: read.matched, exceeded: true, ...empty, conflicts: [] };
  const staleIds = new Set(read.stale.map((row) => row.id));
  return {
    limit: BULK_LIMIT,
    matched: read.matched,
    exceeded: false,
    ...plan(read.rows.filter((row) => !staleIds.has(row.id))),
    conflicts: await staleOf(db, source, read.stale),
  };
}

/**
 * In an apply's transaction: locks exactly the chosen rows (in id order) and reads them (ordered by id). A missing
 * record is NOT_FOUND, a record changed since it was chosen a CONFLICT naming who changed it.
 */
export async function lockBulkRows<Row extends { id: number }, Filter>(
  tx: Tx,
  source: BulkSource<Row, Filter>,
  items: readonly BulkItem[],
): Promise<Row[]> {
  const ids = items.map((item) => item.id);
  checkIds(source, ids);
  // The table name comes from a fixed map, never from input; the ids are a bound parameter.
  const locked = await tx.$queryRawUnsafe<{ id: number }[]>(
    `SELECT id FROM "${tableOf(source.entity)}" WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE`,
    ids,
  );
  if (locked.length !== ids.length) {
    const present = new Set(locked.map((row) => row.id));
    throw missingError(
      source.entity,
      ids.filter((id) => !present.has(id)),
    );
  }
  const rows = (await source.byIds(tx, ids)).sort((a, b) => a.id - b.id);
  const expected = new Map(items.map((item) => [item.id, item.version]));
  const stale = rows.filter((row) => expected.get(row.id) !== source.version(row));
  if (stale.length) {
    throw staleError(source.plural, await staleOf(tx, source, stale), source.version(stale[0] as Row) ?? 0);
  }
  return rows;
}

/**
 * Refuses an apply in which some chosen records would not take the change (`why`: "that already have this
 * status"), naming the first five, before anything is written.
 */
export function refuseUntaken(plural: string, why: string, untaken: readonly { title: string; reason?: string }[]) {
  if (untaken.length === 0) return;
  const named = untaken
    .slice(0, 5)
    .map((row) => `"${row.title}"${row.reason ? ` (${row.reason})` : ""}`)
    .join(", ");
  throw new DomainError(
    "BAD_REQUEST",
    `Chosen ${plural} ${why} (${untaken.length}): ${named}${untaken.length > 5 ? ", …" : ""}. Nothing was saved.`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// A bulk change declared once: what it does to one record, and how the changed records are written
// ---------------------------------------------------------------------------------------------------------------

/** What a change does to one record: changes it (before → after, in the change's terms), leaves it, or cannot. */
export type BulkOutcome<Refusal> =
  | { kind: "change"; before: string | null; after: string | null }
  | { kind: "unchanged"; before: string | null }
  | { kind: "refused"; before: string | null; refusal: Refusal };

/** A chosen record in a preview, with the version the apply must find. */
export interface BulkPlanRow {
  id: number;
  version: number | null;
  title: string;
  before: string | null;
}

/** The records that change, those the change leaves as they are, and those it cannot take (with why). */
export interface BulkPlan<Refusal> {
  changes: (BulkPlanRow & { after: string | null })[];
  unchanged: BulkPlanRow[];
  refused: (BulkPlanRow & { refusal: Refusal })[];
}

export type BulkPreviewOf<Refusal> = BulkPlan<Refusal> & {
  limit: number;
  matched: number;
  exceeded: boolean;
  conflicts: StaleRecord[];
};

/** Sorts each record into the plan by what the change does to it (`outcome`, pure). */
export function planBulk<Row extends { id: number }, Filter, Refusal>(
  source: BulkSource<Row, Filter>,
  rows: readonly Row[],
  outcome: (row: Row) => BulkOutcome<Refusal>,
): BulkPlan<Refusal> {
  const plan: BulkPlan<Refusal> = { changes: [], unchanged: [], refused: [] };
  for (const row of rows) {
    const result = outcome(row);
    const base = { id: row.id, version: source.version(row), title: source.title(row), before: result.before };
    if (result.kind === "change") plan.changes.push({ ...base, after: result.after });
    else if (result.kind === "unchanged") plan.unchanged.push(base);
    else plan.refused.push({ ...base, refusal: result.refusal });
  }
  return plan;
}

/**
 * A record kind's bulk change from its parts: the source (which rows), the checks of the change itself (e.g. an area
 * that exists; what they find is handed to `write`), what the change does to one record, and the write of the records
 * that change, returning one audit event per record. Everything else is the same for every kind and lives here:
 * the preview (writes nothing), and the apply in one transaction: exactly the chosen rows locked with the versions
 * the user saw (a stale one is a CONFLICT), any chosen record that would be refused or left as it is refuses the
 * whole apply (BAD_REQUEST naming them), then the write and its audit events, exactly one per record.
 */
export function defineBulkChange<
  Row extends { id: number },
  Filter,
  Change,
  Refusal extends { reason: string },
  Found,
>(definition: {
  source: BulkSource<Row, Filter>;
  check: (db: Db | Tx, change: Change) => Promise<Found>;
  outcome: (row: Row, change: Change, found: Found) => BulkOutcome<Refusal>;
  write: (tx: Tx, change: Change, rows: readonly Row[], found: Found) => Promise<ChangeEvent[]>;
}) {
  const { source, check, outcome, write } = definition;
  const plan = (rows: readonly Row[], change: Change, found: Found) =>
    planBulk(source, rows, (row) => outcome(row, change, found));
  return {
    source,
    /** What the change would do to the chosen records (or every record the filter matches); writes nothing. */
    async preview(
      db: Db,
      input: { selection: BulkSelection<Filter>; change: Change },
    ): Promise<BulkPreviewOf<Refusal>> {
      const found = await check(db, input.change);
      return previewBulk(db, source, input.selection, (rows) => plan(rows, input.change, found), {
        changes: [],
        unchanged: [],
        refused: [],
      });
    },
    /** Writes the change to exactly the given records, all of them or none; returns how many changed. */
    async apply(
      db: Db,
      actor: Actor,
      input: { items: readonly BulkItem[]; change: Change },
    ): Promise<{ changed: number }> {
      return db.$transaction(
        async (tx) => {
          const found = await check(tx, input.change);
          const rows = await lockBulkRows(tx, source, input.items);
          const planned = plan(rows, input.change, found);
          refuseUntaken(source.plural, "that cannot take this change", [
            ...planned.refused.map((row) => ({ title: row.title, reason: row.refusal.reason })),
            ...planned.unchanged.map((row) => ({ title: row.title, reason: "unchanged" })),
          ]);
          const events = await write(tx, input.change, rows, found);
          if (events.length !== rows.length) {
            throw new Error(
              `A bulk change of ${source.plural} must write one audit event per record (events: ${events.length}; records: ${rows.length}).`,
            );
          }
          await recordChanges(tx, actor, events);
          return { changed: rows.length };
        },
        { maxWait: 10_000, timeout: 60_000 },
      );
    },
  };
}
