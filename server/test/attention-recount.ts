// The agreements needing attention counted from the records with the agreement list's filters (attentionWhere, one
// query per reason): how the dashboard computed them before the database kept them (issue 20). The reference the
// kept figures are compared with (server/services/statistics/exact.test.ts); no product code calls it.
import type { Db } from "../db/prisma";
import type { AgreementType } from "../domain/enums";
import {
  ATTENTION_LIST_LIMIT,
  ATTENTION_REASONS,
  type AttentionItem,
  type AttentionSummary,
  attentionDetail,
  attentionReasonWhere,
  attentionWhere,
} from "../services/agreement/attention";
import { overdueMilestoneWhere } from "../services/working-group/milestone-filters";

export async function attentionSummary(db: Db, asOf: Date, typeOrder: readonly AgreementType[]) {
  const where = attentionWhere(asOf);
  const [count, byReason, typeRows, rows] = await Promise.all([
    db.agreement.count({ where }),
    Promise.all(
      ATTENTION_REASONS.map(async (reason) => ({
        reason,
        count: await db.agreement.count({ where: attentionReasonWhere(reason, asOf) }),
      })),
    ),
    db.agreement.groupBy({ by: ["type"], where, _count: { _all: true } }),
    db.agreement.findMany({
      where,
      select: {
        id: true,
        title: true,
        type: true,
        status: true,
        statusSince: true,
        statusSincePrecision: true,
        validUntil: true,
        validUntilPrecision: true,
        validFrom: true,
        validFromPrecision: true,
        signedOn: true,
        signedOnPrecision: true,
      },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      take: ATTENTION_LIST_LIMIT,
    }),
  ]);
  const ids = rows.map((row) => row.id);
  // Which of the listed agreements has which reason: asked of the database with the same filters.
  const [reasonIds, overdue] = await Promise.all([
    Promise.all(
      ATTENTION_REASONS.map(async (reason) => {
        const matching = await db.agreement.findMany({
          where: { AND: [{ id: { in: ids } }, attentionReasonWhere(reason, asOf)] },
          select: { id: true },
        });
        return [reason, new Set(matching.map((row) => row.id))] as const;
      }),
    ),
    db.milestone.findMany({
      where: { AND: [overdueMilestoneWhere(asOf), { workingGroup: { agreementId: { in: ids } } }] },
      select: { workingGroup: { select: { agreementId: true } } },
    }),
  ]);
  const overdueCounts = new Map<number, number>();
  for (const milestone of overdue) {
    const id = milestone.workingGroup.agreementId;
    overdueCounts.set(id, (overdueCounts.get(id) ?? 0) + 1);
  }
  const items: AttentionItem[] = rows.map((row) => ({
    id: row.id,
    title: row.title,
    type: row.type,
    status: row.status,
    reasons: reasonIds
      .filter(([, matching]) => matching.has(row.id))
      .map(([reason]) => attentionDetail(reason, row, overdueCounts.get(row.id) ?? 0)),
  }));
  const typeCounts = new Map(typeRows.map((row) => [row.type, row._count._all]));
  return {
    count,
    byReason,
    byType: typeOrder
      .filter((type) => typeCounts.has(type))
      .map((type) => ({ type, count: typeCounts.get(type) ?? 0 })),
    items,
  } satisfies AttentionSummary;
}
