// Status changes: only along the transition table, always with a reason, always recorded in the history.
import type { z } from "zod";
import type { Db } from "../../db/prisma";
import { allowedTransitions, canTransition, SCOPED_STATUSES } from "../../domain/agreement-status";
import { DomainError, invalidField, notFound } from "../../domain/errors";
import type { ZAgreementTransitionInput } from "../../schemas/agreement";
import { today } from "../shared/dates";

type TransitionInput = z.output<typeof ZAgreementTransitionInput>;

export async function transitionAgreement(db: Db, actorName: string, input: TransitionInput) {
  return db.$transaction(async (tx) => {
    // Lock the row so two simultaneous transitions cannot both start from the same status.
    const rows = await tx.$queryRaw<{ status: string; statusSince: Date | null; version: number }[]>`
      SELECT status::text AS status, "statusSince", version FROM "Agreement" WHERE id = ${input.id} FOR UPDATE`;
    const current = rows[0];
    if (!current) throw notFound("Agreement", input.id);
    const from = current.status as TransitionInput["to"];
    if (input.version !== undefined && input.version !== current.version) {
      throw new DomainError(
        "CONFLICT",
        `Agreement ${input.id} was changed by someone else (now version ${current.version}, status ${from}; you saw version ${input.version}). Reload it and decide again.`,
      );
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
        changedBy: actorName,
      },
    });
    return tx.agreement.update({
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
  });
}
