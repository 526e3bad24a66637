// Bulk changes of people: mark them verified (or not), or set their organisation, for many people at once. What
// every bulk change shares (selection, preview, the all-or-nothing apply with versions checked and one audit event
// per person) is server/services/shared/bulk-selection.ts; here is what such a change does to one person and how
// it is written. A person whose personal data was erased (GDPR Art. 17) is refused: the record is a marker now.
// Only editors and admins, who may see people's personal data, reach these procedures.
import type { z } from "zod";
import { type TPersonBulkChange, verifiedValue, type ZPersonBulkPreviewInput } from "../../lists/bulk";
import { prismaOrderBy } from "../../lists/define";
import { personList } from "../../lists/people";
import type { ChangeEvent } from "../audit/record";
import { type BulkOutcome, defineBulkChange, modelBulkSource } from "../shared/bulk-selection";
import { personWhere } from "./list";

type Filter = Extract<z.output<typeof ZPersonBulkPreviewInput>["selection"], { filter: unknown }>["filter"];

interface Row {
  id: number;
  version: number;
  name: string;
  organisation: string | null;
  verified: boolean;
  erasedAt: Date | null;
}

/** Why a person cannot take a bulk change. */
export type PersonBulkRefusal = { reason: "erased" };

/** The field the change sets and its value before and after. */
function fieldOf(row: Row, change: TPersonBulkChange) {
  return change.kind === "verified"
    ? { field: "verified", before: row.verified, after: change.value === "VERIFIED" }
    : { field: "organisation", before: row.organisation, after: change.value ?? null };
}

const shown = (value: boolean | string | null) => (typeof value === "boolean" ? verifiedValue(value) : value);

function outcome(row: Row, change: TPersonBulkChange): BulkOutcome<PersonBulkRefusal> {
  const { before, after } = fieldOf(row, change);
  if (row.erasedAt) return { kind: "refused", before: shown(before), refusal: { reason: "erased" } };
  return before === after
    ? { kind: "unchanged", before: shown(before) }
    : { kind: "change", before: shown(before), after: shown(after) };
}

export const PERSON_BULK = defineBulkChange({
  source: modelBulkSource<Row, Filter>({
    entity: "PERSON",
    plural: "people",
    duplicateKey: "duplicatePerson",
    model: (db) => db.person,
    select: { id: true, version: true, name: true, organisation: true, verified: true, erasedAt: true },
    where: (_db, filter) => personWhere(filter),
    orderBy: (filter) => prismaOrderBy(personList.order(filter)),
    version: (row) => row.version,
    title: (row) => row.name,
  }),
  check: async (_db, _change: TPersonBulkChange) => null,
  outcome: (row, change) => outcome(row, change),
  async write(tx, change, rows): Promise<ChangeEvent[]> {
    const data =
      change.kind === "verified" ? { verified: change.value === "VERIFIED" } : { organisation: change.value ?? null };
    await tx.person.updateMany({
      where: { id: { in: rows.map((row) => row.id) } },
      data: { ...data, version: { increment: 1 } },
    });
    return rows.map((row) => {
      const { field, before, after } = fieldOf(row, change);
      return {
        action: "UPDATE",
        entityType: "PERSON",
        entityId: row.id,
        entityLabel: row.name,
        changes: { [field]: { before, after } },
      };
    });
  },
});
