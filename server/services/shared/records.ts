// What every record kind's services do the same way: a page of a list, a record that must exist, and a create or
// an update written in one transaction with its audit event (an update also locks the row and checks the version
// the editor started from).
import type { Actor } from "../../auth/actor";
import type { Prisma } from "../../db/generated/client";
import type { Db, Tx } from "../../db/prisma";
import type { AuditEntity } from "../../domain/enums";
import { notFound } from "../../domain/errors";
import { type OrderField, prismaOrderBy } from "../../lists/define";
import { type Paginated, paginated } from "../../schemas/common";
import { recordChange, type Snapshot } from "../audit/record";
import { PAGE_RELATIONS } from "./relation-load";
import { lockVersion } from "./versioning";

/** One page of a list and the number of all its matches, read at the same time. */
export async function pageOf<T>(
  query: { page: number; pageSize: number },
  read: (window: { skip: number; take: number }) => Promise<T[]>,
  count: () => Promise<number>,
): Promise<Paginated<T>> {
  const [items, total] = await Promise.all([
    read({ skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
    count(),
  ]);
  return paginated(items, total, query.page, query.pageSize);
}

/** What a list page asks of a Prisma model (db.partner, db.person, …) for rows `where` matches, read by `select`. */
interface ListedModel<W, S> {
  findMany(args: {
    where: W;
    select: S;
    /** The list definition's order as Prisma's orderBy (any model's: its paths are the model's fields). */
    orderBy: never;
    relationLoadStrategy: typeof PAGE_RELATIONS;
    skip: number;
    take: number;
  }): PromiseLike<unknown>;
  count(args: { where: W }): PromiseLike<number>;
}

/**
 * A page of a list screen: the rows of `model` that `where` matches, read by `select`, in the list definition's
 * order, with their relations loaded for the page's rows only (PAGE_RELATIONS), and how many match.
 */
export function listPage<Q extends { page: number; pageSize: number }, M extends ListedModel<W, S>, W, S>(
  list: { order(query: NoInfer<Q>): readonly OrderField[] },
  query: Q,
  model: M,
  where: W,
  select: S,
): Promise<Paginated<Prisma.Result<M, { select: S }, "findMany">[number]>> {
  const orderBy = prismaOrderBy(list.order(query)) as never;
  return pageOf(
    query,
    async (window) =>
      (await model.findMany({ where, select, orderBy, relationLoadStrategy: PAGE_RELATIONS, ...window })) as never,
    async () => model.count({ where }),
  );
}

/** The record `lookup` found, or NOT_FOUND naming it. */
export async function found<T>(lookup: Promise<T | null>, entity: string, id: number | string): Promise<T> {
  const record = await lookup;
  if (!record) throw notFound(entity, id);
  return record;
}

interface Audited {
  entity: AuditEntity;
  /** The record's name in the audit trail (its title or name). */
  label: string;
  /** The fields the audit trail compares, read inside the transaction. */
  snapshot: (tx: Tx, id: number) => Promise<Snapshot | null>;
  /** The record this one belongs to (a commitment's agreement), so the parent's history shows the change too. */
  parent?: { type: AuditEntity; id: number };
}

/** The audit event of a create or an update: the fields before (none for a create) and as they are now. */
async function recordAudited(
  tx: Tx,
  actor: Actor,
  audited: Audited,
  action: "CREATE" | "UPDATE",
  id: number,
  before: Snapshot | null,
) {
  const after = await audited.snapshot(tx, id);
  await recordChange(tx, actor, {
    action,
    entityType: audited.entity,
    entityId: id,
    entityLabel: audited.label,
    ...(audited.parent ? { parent: audited.parent } : {}),
    before,
    after,
  });
}

/** Creates a record (`write` returns its id and version) and records the CREATE event, in one transaction. */
export function createAudited<R extends { id: number }>(
  db: Db,
  actor: Actor,
  audited: Audited,
  write: (tx: Tx) => Promise<R>,
): Promise<R> {
  return db.$transaction(async (tx) => {
    const created = await write(tx);
    await recordAudited(tx, actor, audited, "CREATE", created.id, null);
    return created;
  });
}

/**
 * Updates a record: locks its row and checks `version` (CONFLICT naming who changed it since), then `write`, and
 * records the UPDATE event with the fields before and after, in one transaction.
 */
export function updateAudited<R>(
  db: Db,
  actor: Actor,
  audited: Audited & { id: number; version: number },
  write: (tx: Tx) => Promise<R>,
): Promise<R> {
  return db.$transaction(async (tx) => {
    await lockVersion(tx, audited.entity, audited.id, audited.version);
    const before = await audited.snapshot(tx, audited.id);
    const saved = await write(tx);
    await recordAudited(tx, actor, audited, "UPDATE", audited.id, before);
    return saved;
  });
}

/** The columns of a record's source, its confirmation and its notes (sourceFields in the input schemas). */
export function sourceColumns(input: { source?: string | null; verified: boolean; notes?: string | null }) {
  return { source: input.source ?? null, verified: input.verified, notes: input.notes ?? null };
}
