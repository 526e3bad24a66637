// Bulk changes of agreements: one status (with one reason and date), responsible unit or cooperation area's link
// status for many agreements at once. The preview says what each chosen agreement would do (change, stay as it is,
// be refused with its reason, or be in conflict because it changed since it was chosen); apply writes exactly the
// agreements the preview accepted, with the versions the user saw, in one transaction: all of them or none, one
// audit event per agreement changed. Each status change is checked against the lifecycle table.
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import type { Db, Tx } from "../../db/prisma";
import { canTransition, SCOPED_STATUSES } from "../../domain/agreement-status";
import type { AgreementStatus, AreaLinkStatus } from "../../domain/enums";
import { invalidField } from "../../domain/errors";
import { agreementList } from "../../lists/agreements";
import type { TBulkChange, ZAgreementBulkApplyInput, ZAgreementBulkPreviewInput } from "../../lists/bulk";
import { prismaOrderBy } from "../../lists/define";
import { type ChangeEvent, recordChanges } from "../audit/record";
import { bulkInsert } from "../shared/bulk";
import { lockBulkRows, modelBulkSource, previewBulk, refuseUntaken } from "../shared/bulk-selection";
import { today } from "../shared/dates";
import type { StaleRecord } from "../shared/versioning";
import { agreementWhere, searchPartnerIds } from "./list";
import { snapshotAgreements } from "./write";

type PreviewInput = z.output<typeof ZAgreementBulkPreviewInput>;
type ApplyInput = z.output<typeof ZAgreementBulkApplyInput>;
type Filter = Extract<PreviewInput["selection"], { filter: unknown }>["filter"];

/** Why an agreement cannot take the change (the list screen says it in the user's language). */
export type BulkRefusal =
  | { reason: "transition"; from: AgreementStatus }
  | { reason: "beforeCurrentStatus"; date: string }
  | { reason: "noAreaLink"; area: string }
  | { reason: "unchanged" };

/** What a bulk change does to one agreement: before → after, in the change's terms. */
export interface BulkRow {
  id: number;
  version: number;
  title: string;
  before: string | null;
  after: string | null;
}

export type BulkConflict = StaleRecord;

export interface BulkPreview {
  limit: number;
  /** How many agreements were chosen (or matched the filter). */
  matched: number;
  /** More than the limit were chosen: nothing else is worked out; the selection must be narrowed. */
  exceeded: boolean;
  changes: BulkRow[];
  unchanged: Omit<BulkRow, "after">[];
  refused: (Omit<BulkRow, "after"> & { refusal: BulkRefusal })[];
  /** Chosen with a version that is no longer the current one (changed since): who changed it last, and when. */
  conflicts: BulkConflict[];
}

const ROW_SELECT = {
  id: true,
  version: true,
  title: true,
  status: true,
  statusSince: true,
  responsibleUnit: true,
  areas: { select: { status: true, area: { select: { code: true } } } },
} as const;

interface Row {
  id: number;
  version: number;
  title: string;
  status: AgreementStatus;
  statusSince: Date | null;
  responsibleUnit: string | null;
  areas: { status: AreaLinkStatus; area: { code: string } }[];
}

type Outcome =
  | { kind: "change"; before: string | null; after: string | null }
  | { kind: "unchanged"; before: string | null }
  | {
      kind: "refused";
      before: string | null;
      refusal: BulkRefusal;
    };

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The change's checks that do not depend on the agreement (the same for all): a whole-change error. */
async function checkChange(db: Db | Tx, change: TBulkChange) {
  if (change.kind === "status") {
    if (change.scope && !SCOPED_STATUSES.includes(change.to)) {
      throw invalidField("scope", "scopeOnlyFor", { statuses: SCOPED_STATUSES.join(", ") });
    }
    if (change.effectiveOn && change.effectiveOn > today()) throw invalidField("effectiveOn", "inFuture");
  }
  if (change.kind === "areaStatus") {
    const area = await db.cooperationArea.findUnique({ where: { code: change.area }, select: { id: true } });
    if (!area) throw invalidField("area", "unknownArea", { id: change.area });
    return area.id;
  }
  return null;
}

/** What the change does to one agreement (pure: the lifecycle table and the agreement's current values). */
export function outcomeOf(row: Row, change: TBulkChange, on: Date): Outcome {
  switch (change.kind) {
    case "status": {
      const before = row.status;
      if (before === change.to) return { kind: "unchanged", before };
      if (!canTransition(before, change.to))
        return { kind: "refused", before, refusal: { reason: "transition", from: before } };
      if (row.statusSince && on < row.statusSince) {
        return { kind: "refused", before, refusal: { reason: "beforeCurrentStatus", date: day(row.statusSince) } };
      }
      return { kind: "change", before, after: change.to };
    }
    case "responsibleUnit": {
      const before = row.responsibleUnit;
      return before === (change.value ?? null)
        ? { kind: "unchanged", before }
        : { kind: "change", before, after: change.value ?? null };
    }
    case "areaStatus": {
      const link = row.areas.find((candidate) => candidate.area.code === change.area);
      if (!link) return { kind: "refused", before: null, refusal: { reason: "noAreaLink", area: change.area } };
      return link.status === change.status
        ? { kind: "unchanged", before: link.status }
        : { kind: "change", before: link.status, after: change.status };
    }
  }
}

function plan(rows: readonly Row[], change: TBulkChange) {
  const on = change.kind === "status" ? (change.effectiveOn ?? today()) : today();
  const result: Pick<BulkPreview, "changes" | "unchanged" | "refused"> = { changes: [], unchanged: [], refused: [] };
  for (const row of rows) {
    const outcome = outcomeOf(row, change, on);
    const base = { id: row.id, version: row.version, title: row.title, before: outcome.before };
    if (outcome.kind === "change") result.changes.push({ ...base, after: outcome.after });
    else if (outcome.kind === "unchanged") result.unchanged.push(base);
    else result.refused.push({ ...base, refusal: outcome.refusal });
  }
  return result;
}

/** How a bulk change reads agreements. */
const AGREEMENTS = modelBulkSource<Row, Filter>({
  entity: "AGREEMENT",
  plural: "agreements",
  duplicateKey: "duplicateAgreement",
  model: (db) => db.agreement,
  select: ROW_SELECT,
  where: async (db, filter) => agreementWhere(filter, await searchPartnerIds(db, filter.q)),
  orderBy: (filter) => prismaOrderBy(agreementList.order(filter)),
  version: (row) => row.version,
  title: (row) => row.title,
});

/** What the change would do to the chosen agreements (or every agreement the filter matches); writes nothing. */
export async function previewAgreementBulk(db: Db, input: PreviewInput): Promise<BulkPreview> {
  await checkChange(db, input.change);
  return previewBulk(db, AGREEMENTS, input.selection, (rows) => plan(rows, input.change), {
    changes: [],
    unchanged: [],
    refused: [],
  });
}

/**
 * Writes the change to exactly the given agreements, which must be as the user saw them (versions) and must all
 * take the change: a stale version is a CONFLICT naming who changed it, a refused or unchanged agreement a
 * BAD_REQUEST listing them; then nothing is written. Returns how many changed (= audit events written).
 */
export async function applyAgreementBulk(db: Db, actor: Actor, input: ApplyInput): Promise<{ changed: number }> {
  const change = input.change;
  return db.$transaction(
    async (tx) => {
      const areaId = await checkChange(tx, change);
      const rows = await lockBulkRows(tx, AGREEMENTS, input.items);
      const planned = plan(rows, change);
      refuseUntaken(AGREEMENTS.plural, "that cannot take this change", [
        ...planned.refused.map((row) => ({ title: row.title, reason: row.refusal.reason })),
        ...planned.unchanged.map((row) => ({ title: row.title, reason: "unchanged" })),
      ]);
      await write(tx, actor, change, planned.changes, areaId);
      return { changed: planned.changes.length };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}

async function write(tx: Tx, actor: Actor, change: TBulkChange, rows: readonly BulkRow[], areaId: number | null) {
  const ids = rows.map((row) => row.id);
  let events: ChangeEvent[];
  if (change.kind === "status") {
    const on = change.effectiveOn ?? today();
    const scope = change.scope ?? null;
    const before = await tx.agreement.findMany({
      where: { id: { in: ids } },
      select: { id: true, statusScope: true, statusSince: true },
    });
    const prior = new Map(before.map((row) => [row.id, row]));
    await bulkInsert(
      tx,
      "StatusChange",
      [
        { name: "agreementId", type: "int" },
        { name: "fromStatus", type: '"AgreementStatus"' },
        { name: "toStatus", type: '"AgreementStatus"' },
        { name: "scope", type: "text" },
        { name: "reason", type: "text" },
        { name: "effectiveOn", type: "date" },
        { name: "changedBy", type: "text" },
      ],
      rows.map((row) => ({
        agreementId: row.id,
        fromStatus: row.before,
        toStatus: change.to,
        scope,
        reason: change.reason,
        effectiveOn: day(on),
        changedBy: actor.name,
      })),
    );
    await tx.agreement.updateMany({
      where: { id: { in: ids } },
      data: {
        status: change.to,
        statusScope: scope,
        statusSince: on,
        statusSincePrecision: "DAY",
        version: { increment: 1 },
      },
    });
    events = rows.map((row) => ({
      action: "STATUS_CHANGE",
      entityType: "AGREEMENT",
      entityId: row.id,
      entityLabel: row.title,
      changes: {
        status: { before: row.before, after: change.to },
        statusScope: { before: prior.get(row.id)?.statusScope ?? null, after: scope },
        statusSince: {
          before: prior.get(row.id)?.statusSince ? day(prior.get(row.id)?.statusSince as Date) : null,
          after: day(on),
        },
        reason: { before: null, after: change.reason },
      },
    }));
  } else {
    // The agreement's own audit snapshots before and after, as an edit in the form records them.
    const before = await snapshotAgreements(tx, ids);
    if (change.kind === "responsibleUnit") {
      await tx.agreement.updateMany({
        where: { id: { in: ids } },
        data: { responsibleUnit: change.value ?? null, version: { increment: 1 } },
      });
    } else {
      await tx.agreementArea.updateMany({
        where: { agreementId: { in: ids }, areaId: areaId as number },
        data: { status: change.status },
      });
      await tx.agreement.updateMany({ where: { id: { in: ids } }, data: { version: { increment: 1 } } });
    }
    const after = await snapshotAgreements(tx, ids);
    events = rows.map((row) => ({
      action: "UPDATE",
      entityType: "AGREEMENT",
      entityId: row.id,
      entityLabel: row.title,
      before: before.get(row.id) ?? null,
      after: after.get(row.id) ?? null,
    }));
  }
  await recordChanges(tx, actor, events);
}
