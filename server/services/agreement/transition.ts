// Status changes: only along the transition table, always with a reason, always recorded in the history.
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/prisma";
import { allowedTransitions, canTransition, SCOPED_STATUSES } from "../../domain/agreement-status";
import { DomainError, invalidField, notFound } from "../../domain/errors";
import type { ZAgreementTransitionInput } from "../../schemas/agreement";
import { recordChange } from "../audit/record";
import { today } from "../shared/dates";
import { conflictError } from "../shared/versioning";

type TransitionInput = z.output<typeof ZAgreementTransitionInput>;

export async function transitionAgreement(db: Db, actor: Actor, input: TransitionInput) {
  return db.$transaction(async (tx) => {
    // Lock the row so two simultaneous transitions cannot both start from the same status.
    const rows = await tx.$queryRaw<
      { status: string; statusScope: string | null; statusSince: Date | null; version: number; title: string }[]
    >`
      SELECT status::text AS status, "statusScope", "statusSince", version, title
      FROM "Agreement" WHERE id = ${input.id} FOR UPDATE`;
    const current = rows[0];
    if (!current) throw notFound("Agreement", input.id);
    const from = current.status as TransitionInput["to"];
    if (input.version !== undefined && input.version !== current.version) {
      throw await conflictError(tx, "AGREEMENT", input.id, current.version, input.version);
    }

    if (!canTransition(from, input.to)) {
      const allowed = allowedTransitions(from);
      throw new DomainError(
        "BAD_REQUEST",
        allowed.length
          ? `An agreement cannot go from ${from} to ${input.to}. Allowed from ${from}: ${allowed.join(", ")}.`
          : `An agreement that is ${from} cannot change its status any more.`,
        {
          allowedTransitions: allowed,
          fieldErrors: { to: [`not allowed from ${from}`] },
          fieldErrorKeys: { to: [{ key: "transitionNotAllowed", params: { from } }] },
        },
      );
    }
    if (input.scope && !SCOPED_STATUSES.includes(input.to)) {
      throw invalidField("scope", "scopeOnlyFor", { statuses: SCOPED_STATUSES.join(", ") });
    }
    const effectiveOn = input.effectiveOn ?? today();
    if (effectiveOn > today()) throw invalidField("effectiveOn", "inFuture");
    if (current.statusSince && effectiveOn < current.statusSince) {
      throw invalidField("effectiveOn", "beforeCurrentStatus", {
        date: current.statusSince.toISOString().slice(0, 10),
      });
    }

    await tx.statusChange.create({
      data: {
        agreementId: input.id,
        fromStatus: from,
        toStatus: input.to,
        scope: input.scope ?? null,
        reason: input.reason,
        effectiveOn,
        changedBy: actor.name,
      },
    });
    const updated = await tx.agreement.update({
      where: { id: input.id },
      data: {
        status: input.to,
        statusScope: input.scope ?? null,
        statusSince: effectiveOn,
        statusSincePrecision: "DAY",
        version: { increment: 1 },
      },
      select: { id: true, status: true, version: true },
    });
    await recordChange(tx, actor, {
      action: "STATUS_CHANGE",
      entityType: "AGREEMENT",
      entityId: input.id,
      entityLabel: current.title,
      changes: {
        status: { before: from, after: input.to },
        statusScope: { before: current.statusScope, after: input.scope ?? null },
        statusSince: {
          before: current.statusSince?.toISOString().slice(0, 10) ?? null,
          after: effectiveOn.toISOString().slice(0, 10),
        },
        reason: { before: null, after: input.reason },
      },
    });
    return updated;
  });
}
