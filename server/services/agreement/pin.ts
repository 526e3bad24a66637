// Agreements pinned to the dashboard by editors (its "pinned" section): what the office wants in view, instead of
// whatever was signed last. Pinning and unpinning lock the agreement's row and write an audit event (the agreement's
// field "pinned", false → true or back) in the same transaction; pinning what is pinned changes nothing and, like
// every save that changed nothing, records an event without changed fields.
import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/prisma";
import type { AgreementStatus, AgreementType, DatePrecision } from "../../domain/enums";
import { notFound } from "../../domain/errors";
import { recordChange } from "../audit/record";

/** The dashboard shows at most this many pinned agreements (the most recently pinned). */
export const PINNED_LIMIT = 20;

export interface PinnedAgreement {
  id: number;
  title: string;
  type: AgreementType;
  status: AgreementStatus;
  verified: boolean;
  signedOn: Date | null;
  signedOnPrecision: DatePrecision;
  partner: { nameDe: string; nameEn: string; nameLocal: string | null };
  areas: { status: string; area: { code: string; nameDe: string; nameEn: string } }[];
  pinnedBy: string;
  pinnedAt: Date;
}

export async function listPinned(db: Db): Promise<PinnedAgreement[]> {
  const pins = await db.agreementPin.findMany({
    orderBy: [{ pinnedAt: "desc" }, { agreementId: "asc" }],
    take: PINNED_LIMIT,
    select: {
      pinnedBy: true,
      pinnedAt: true,
      agreement: {
        select: {
          id: true,
          title: true,
          type: true,
          status: true,
          verified: true,
          signedOn: true,
          signedOnPrecision: true,
          partner: { select: { nameDe: true, nameEn: true, nameLocal: true } },
          areas: {
            select: { status: true, area: { select: { code: true, nameDe: true, nameEn: true } } },
            orderBy: { area: { sortOrder: "asc" } },
          },
        },
      },
    },
  });
  return pins.map(({ agreement, pinnedBy, pinnedAt }) => ({ ...agreement, pinnedBy, pinnedAt }));
}

/** Whether an agreement is pinned (for its page's pin button). */
export async function isPinned(db: Db, agreementId: number): Promise<boolean> {
  return (await db.agreementPin.count({ where: { agreementId } })) > 0;
}

async function setPinned(db: Db, actor: Actor, agreementId: number, pinned: boolean): Promise<{ pinned: boolean }> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ title: string }[]>`
      SELECT title FROM "Agreement" WHERE id = ${agreementId} FOR UPDATE`;
    const agreement = rows[0];
    if (!agreement) throw notFound("Agreement", agreementId);
    const was = (await tx.agreementPin.count({ where: { agreementId } })) > 0;
    if (was === pinned) {
      // Nothing to change.
    } else if (pinned) {
      await tx.agreementPin.create({
        data: { agreementId, pinnedById: actor.id, pinnedBy: actor.name.slice(0, 200) },
      });
    } else {
      await tx.agreementPin.delete({ where: { agreementId } });
    }
    await recordChange(tx, actor, {
      action: "UPDATE",
      entityType: "AGREEMENT",
      entityId: agreementId,
      entityLabel: agreement.title,
      changes: was === pinned ? {} : { pinned: { before: was, after: pinned } },
    });
    return { pinned };
  });
}

export function pinAgreement(db: Db, actor: Actor, input: { id: number }) {
  return setPinned(db, actor, input.id, true);
}

export function unpinAgreement(db: Db, actor: Actor, input: { id: number }) {
  return setPinned(db, actor, input.id, false);
}
