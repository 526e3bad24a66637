// Bulk changes of activities: mark them verified (or not), set their type, or add or remove a cooperation area, for
// many activities at once. What every bulk change shares (selection, preview, the all-or-nothing apply with versions
// checked and one audit event per activity) is server/services/shared/bulk-selection.ts; here is what such a
// change does to one activity and how it is written. The audit event holds the changed field before and after, as
// an edit in the form records it (`areas`: the area codes, sorted).
import type { z } from "zod";
import type { ActivityType } from "../../domain/enums";
import { invalidField } from "../../domain/errors";
import { activityList } from "../../lists/activities";
import { type TActivityBulkChange, verifiedValue, type ZActivityBulkPreviewInput } from "../../lists/bulk";
import { prismaOrderBy } from "../../lists/define";
import type { ChangeEvent } from "../audit/record";
import { type BulkOutcome, defineBulkChange, modelBulkSource } from "../shared/bulk-selection";
import { activityWhere } from "./list";

type Filter = Extract<z.output<typeof ZActivityBulkPreviewInput>["selection"], { filter: unknown }>["filter"];

interface Row {
  id: number;
  version: number;
  title: string;
  type: ActivityType;
  verified: boolean;
  areas: { area: { code: string } }[];
}

/** An activity's areas as the audit trail and the preview name them: the codes, sorted. */
const areaCodes = (row: Row) => row.areas.map((link) => link.area.code).sort();
/** The area codes after adding or removing the change's area. */
function areasAfter(row: Row, change: Extract<TActivityBulkChange, { kind: "area" }>) {
  const codes = areaCodes(row);
  return change.action === "ADD"
    ? [...new Set([...codes, change.area])].sort()
    : codes.filter((code) => code !== change.area);
}

/** What the change does to one activity; a change to what it already is leaves it as it is. */
function outcome(row: Row, change: TActivityBulkChange): BulkOutcome<never> {
  const same = (before: string, after: string): BulkOutcome<never> =>
    before === after ? { kind: "unchanged", before } : { kind: "change", before, after };
  switch (change.kind) {
    case "verified":
      return same(verifiedValue(row.verified), change.value);
    case "type":
      return same(row.type, change.type);
    case "area":
      return same(areaCodes(row).join(", "), areasAfter(row, change).join(", "));
  }
}

export const ACTIVITY_BULK = defineBulkChange({
  source: modelBulkSource<Row, Filter>({
    entity: "ACTIVITY",
    plural: "activities",
    duplicateKey: "duplicateActivity",
    model: (db) => db.activity,
    select: {
      id: true,
      version: true,
      title: true,
      type: true,
      verified: true,
      areas: { select: { area: { select: { code: true } } } },
    },
    where: (_db, filter) => activityWhere(filter),
    orderBy: (filter) => prismaOrderBy(activityList.order(filter)),
    version: (row) => row.version,
    title: (row) => row.title,
  }),
  /** An area to add or remove must exist: its id. */
  async check(db, change: TActivityBulkChange) {
    if (change.kind !== "area") return null;
    const area = await db.cooperationArea.findUnique({ where: { code: change.area }, select: { id: true } });
    if (!area) throw invalidField("area", "unknownArea", { id: change.area });
    return area.id;
  },
  outcome: (row, change) => outcome(row, change),
  async write(tx, change, rows, areaId): Promise<ChangeEvent[]> {
    const ids = rows.map((row) => row.id);
    const where = { id: { in: ids } };
    const event = (row: Row, field: string, before: unknown, after: unknown): ChangeEvent => ({
      action: "UPDATE",
      entityType: "ACTIVITY",
      entityId: row.id,
      entityLabel: row.title,
      changes: { [field]: { before, after } },
    });
    switch (change.kind) {
      case "verified": {
        const verified = change.value === "VERIFIED";
        await tx.activity.updateMany({ where, data: { verified, version: { increment: 1 } } });
        return rows.map((row) => event(row, "verified", row.verified, verified));
      }
      case "type":
        await tx.activity.updateMany({ where, data: { type: change.type, version: { increment: 1 } } });
        return rows.map((row) => event(row, "type", row.type, change.type));
      case "area": {
        if (areaId === null) throw new Error("an area change without its area");
        if (change.action === "ADD") {
          await tx.activityArea.createMany({ data: ids.map((activityId) => ({ activityId, areaId })) });
        } else {
          await tx.activityArea.deleteMany({ where: { activityId: { in: ids }, areaId } });
        }
        await tx.activity.updateMany({ where, data: { version: { increment: 1 } } });
        return rows.map((row) => event(row, "areas", areaCodes(row), areasAfter(row, change)));
      }
    }
  },
});
