// What an import would do, row by row: the shape every kind's planner returns, the preview shows and apply writes.
import { createHash } from "node:crypto";
import type { AuditEntity, ImportKind } from "../../db/generated/enums";
import type { Tx } from "../../db/prisma";
import { columnLetter } from "./values";

/** Why a row is refused: a catalogue path ("validation.maxLength", "dataImport.reasons.unknownPartner") and its parameters. */
export interface Reason {
  key: string;
  params?: Record<string, string | number>;
  /** The field the reason is about when no column of the file holds it (e.g. a required title). */
  field?: string;
}

/** A column of the file: its header and the field it is imported into (null: not imported). */
export interface ColumnSpec<F extends string = string> {
  index: number;
  header: string;
  field: F | null;
  /** Found by its header (our export's, or a field's German or English name). */
  auto: boolean;
  /** A column our export writes that an import does not take (e.g. the last change). */
  readOnly: boolean;
}

export type PlanValue = string | number | boolean | null;

export interface FieldChange {
  field: string;
  before: PlanValue;
  after: PlanValue;
}

export interface CellPlace {
  /** "C" */
  column: string;
  header: string;
}

/** Which record a row's part is, where a row holds two (a working group and its milestone, grouped.ts). */
interface RecordOf {
  entity?: AuditEntity;
}

export type PlannedRow = RecordOf &
  (
    | { line: number; action: "create"; label: string; after: Record<string, PlanValue>; input: unknown }
    | {
        line: number;
        action: "change";
        id: number;
        version: number;
        label: string;
        changes: FieldChange[];
        input: unknown;
      }
    | { line: number; action: "unchanged"; id: number; label: string }
    | {
        line: number;
        action: "conflict";
        id: number;
        label: string;
        yourVersion: number;
        currentVersion: number;
        changes: FieldChange[];
        /** Who changed the record last, and when (from the audit trail). */
        by?: string | null;
        at?: string | null;
      }
    | { line: number; action: "refuse"; place: CellPlace | null; field: string | null; reason: Reason }
  );

export interface ImportPlan {
  kind: ImportKind;
  rows: PlannedRow[];
}

export function refusal(
  line: number,
  where: { index: number; header: string } | null,
  field: string | null,
  reason: Reason,
): PlannedRow {
  return {
    line,
    action: "refuse",
    place: where ? { column: columnLetter(where.index + 1), header: where.header } : null,
    field: reason.field ?? field,
    reason,
  };
}

/** The plan's fingerprint: apply refuses when what it would write is no longer what the user saw. */
export function planHash(plan: ImportPlan): string {
  // Row by row: the whole plan as one JSON text was 30 MB for 10,000 rows, held at once.
  const hash = createHash("sha256");
  for (const row of plan.rows) hash.update(JSON.stringify(row)).update("\n");
  return hash.digest("hex");
}

export interface PlanCounts {
  create: number;
  change: number;
  unchanged: number;
  conflict: number;
  refuse: number;
}

export function planCounts(plan: ImportPlan): PlanCounts {
  const counts: PlanCounts = { create: 0, change: 0, unchanged: 0, conflict: 0, refuse: 0 };
  for (const row of plan.rows) counts[row.action]++;
  return counts;
}

/** Fills each conflict with who changed the record last and when (one query for all of them). */
export async function nameConflictAuthors(tx: Tx, entity: AuditEntity, plan: ImportPlan): Promise<void> {
  const conflicts = plan.rows.filter((row) => row.action === "conflict");
  if (conflicts.length === 0) return;
  const events = await tx.auditEvent.findMany({
    where: { entityType: entity, entityId: { in: conflicts.map((row) => String(row.id)) } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    distinct: ["entityId"],
    select: { entityId: true, actorName: true, at: true },
  });
  const last = new Map(events.map((event) => [event.entityId, event]));
  for (const row of conflicts) {
    const event = last.get(String(row.id));
    row.by = event?.actorName ?? null;
    row.at = event?.at.toISOString() ?? null;
  }
}
