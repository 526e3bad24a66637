// Creating and editing agreements. Related rows (areas, first status history entry) are written in the same
// transaction; an error leaves nothing behind.
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import type { Prisma } from "../../db/generated/client";
import type { Db, Tx } from "../../db/prisma";
import { SCOPED_STATUSES } from "../../domain/agreement-status";
import { invalidField } from "../../domain/errors";
import { AGREEMENT_FIELDS, type ZAgreementCreateInput, type ZAgreementUpdateInput } from "../../schemas/agreement";
import type { PartialDate } from "../../schemas/common";
import { fieldColumns } from "../../schemas/fields";
import { recordChange } from "../audit/record";
import { today } from "../shared/dates";
import { sourceColumns, updateAudited } from "../shared/records";

type CreateInput = z.output<typeof ZAgreementCreateInput>;
type UpdateInput = z.output<typeof ZAgreementUpdateInput>;
type Fields = Omit<CreateInput, "status" | "statusScope">;

async function checkReferences(tx: Tx, input: Fields, selfId?: number): Promise<Map<string, number>> {
  if (!(await tx.partner.findUnique({ where: { id: input.partnerId }, select: { id: true } }))) {
    throw invalidField("partnerId", "unknownPartner", { id: input.partnerId });
  }
  if (input.predecessorId != null) {
    if (input.predecessorId === selfId) throw invalidField("predecessorId", "selfPredecessor");
    if (!(await tx.agreement.findUnique({ where: { id: input.predecessorId }, select: { id: true } }))) {
      throw invalidField("predecessorId", "unknownAgreement", { id: input.predecessorId });
    }
    if (selfId !== undefined && (await isSuccessorOf(tx, input.predecessorId, selfId))) {
      throw invalidField("predecessorId", "predecessorCycle");
    }
  }
  const from = input.validFrom?.date;
  const until = input.validUntil?.date;
  if (from && until && until < from) throw invalidField("validUntil", "untilBeforeFrom");

  const codes = input.areas.map((area) => area.code);
  if (new Set(codes).size !== codes.length) throw invalidField("areas", "duplicateArea");
  const areas = await tx.cooperationArea.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } });
  const byCode = new Map(areas.map((area) => [area.code, area.id]));
  const unknown = codes.filter((code) => !byCode.has(code));
  if (unknown.length) throw invalidField("areas", "unknownArea", { id: unknown.join(", ") });
  return byCode;
}

/** True if `candidate` follows `agreementId` somewhere down the chain of successors. */
async function isSuccessorOf(tx: Tx, candidate: number, agreementId: number): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    WITH RECURSIVE chain AS (
      SELECT id FROM "Agreement" WHERE "predecessorId" = ${agreementId}
      UNION
      SELECT a.id FROM "Agreement" a JOIN chain c ON a."predecessorId" = c.id
    )
    SELECT id FROM chain WHERE id = ${candidate} LIMIT 1`;
  return rows.length > 0;
}

function areaRows(input: Fields, areaIds: Map<string, number>) {
  return input.areas.map((area) => ({
    areaId: areaIds.get(area.code) as number,
    status: area.status,
    notes: area.notes ?? null,
  }));
}

function scalarColumns(input: Fields) {
  return {
    type: input.type,
    title: input.title,
    ...sourceColumns(input),
    ...fieldColumns(AGREEMENT_FIELDS, input),
  };
}

/** What the audit trail compares of an agreement (the partner's place is the database's copy of the partner's). */
const SNAPSHOT_QUERY = {
  omit: {
    id: true,
    version: true,
    createdAt: true,
    updatedAt: true,
    partnerContinent: true,
    partnerCountryCode: true,
  },
  include: { areas: { select: { status: true, notes: true, area: { select: { code: true } } } } },
} as const;

type SnapshotRow = Prisma.AgreementGetPayload<typeof SNAPSHOT_QUERY>;

function snapshotOf(row: SnapshotRow) {
  const { areas, ...fields } = row;
  return {
    ...fields,
    areas: areas
      .map((link) => ({ code: link.area.code, status: link.status, notes: link.notes }))
      .sort((a, b) => a.code.localeCompare(b.code)),
  };
}

/** The fields the audit trail compares before and after a change. */
export async function snapshotAgreement(tx: Tx, id: number) {
  const row = await tx.agreement.findUnique({ where: { id }, ...SNAPSHOT_QUERY });
  return row ? snapshotOf(row) : null;
}

/** The snapshots of many agreements in one read (an import's audit events), by id. */
export async function snapshotAgreements(tx: Tx, ids: readonly number[]) {
  if (ids.length === 0) return new Map<number, ReturnType<typeof snapshotOf>>();
  const rows = await tx.agreement.findMany({
    where: { id: { in: [...ids] } },
    ...SNAPSHOT_QUERY,
    omit: { ...SNAPSHOT_QUERY.omit, id: false },
  });
  return new Map(rows.map(({ id, ...row }) => [id, snapshotOf(row as SnapshotRow)]));
}

/**
 * When a new agreement's first status takes effect: when it was signed (or decided), as precisely as that is known;
 * a date still to come is recorded as today, so that the next status change is not blocked until then.
 */
export function initialStatusDate(input: { signedOn?: PartialDate | null; councilDecisionOn?: PartialDate | null }) {
  const known = input.signedOn ?? input.councilDecisionOn;
  return known && known.date <= today() ? known : { date: today(), precision: "DAY" as const };
}

export async function createAgreement(db: Db, actor: Actor, input: CreateInput) {
  return db.$transaction(async (tx) => {
    const areaIds = await checkReferences(tx, input);
    if (input.statusScope && !SCOPED_STATUSES.includes(input.status)) {
      throw invalidField("statusScope", "scopeOnlyFor", { statuses: SCOPED_STATUSES.join(", ") });
    }
    const effective = initialStatusDate(input);
    const data: Prisma.AgreementUncheckedCreateInput = {
      ...scalarColumns(input),
      partnerId: input.partnerId,
      predecessorId: input.predecessorId ?? null,
      status: input.status,
      statusScope: input.statusScope ?? null,
      statusSince: effective.date,
      statusSincePrecision: effective.precision,
      areas: { create: areaRows(input, areaIds) },
      statusChanges: {
        create: {
          fromStatus: null,
          toStatus: input.status,
          scope: input.statusScope ?? null,
          reason: "Erfasst",
          effectiveOn: effective.date,
          effectiveOnPrecision: effective.precision,
          changedBy: actor.name,
        },
      },
    };
    const created = await tx.agreement.create({ data, select: { id: true, version: true } });
    await recordChange(tx, actor, {
      action: "CREATE",
      entityType: "AGREEMENT",
      entityId: created.id,
      entityLabel: input.title,
      after: await snapshotAgreement(tx, created.id),
    });
    return created;
  });
}

export async function updateAgreement(db: Db, actor: Actor, input: UpdateInput) {
  const audited = { entity: "AGREEMENT" as const, label: input.title, snapshot: snapshotAgreement };
  return updateAudited(db, actor, { ...audited, id: input.id, version: input.version }, async (tx) => {
    const areaIds = await checkReferences(tx, input, input.id);
    const saved = await tx.agreement.update({
      where: { id: input.id },
      data: {
        ...scalarColumns(input),
        partnerId: input.partnerId,
        predecessorId: input.predecessorId ?? null,
        version: { increment: 1 },
      },
      select: { id: true, version: true },
    });
    await tx.agreementArea.deleteMany({ where: { agreementId: input.id } });
    await tx.agreementArea.createMany({
      data: areaRows(input, areaIds).map((row) => ({ ...row, agreementId: input.id })),
    });
    return saved;
  });
}
