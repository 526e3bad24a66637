// Creating and editing people. The partner reference is checked in the same transaction as the write.
import type { z } from "zod";
import type { Db, Tx } from "../../db/prisma";
import { DomainError, invalidField, notFound } from "../../domain/errors";
import type { ZPersonCreateInput, ZPersonUpdateInput } from "../../schemas/person";

type CreateInput = z.output<typeof ZPersonCreateInput>;
type UpdateInput = z.output<typeof ZPersonUpdateInput>;

async function checkReferences(tx: Tx, input: CreateInput) {
  if (input.partnerId == null) return;
  if (!(await tx.partner.findUnique({ where: { id: input.partnerId }, select: { id: true } }))) {
    throw invalidField("partnerId", `partner ${input.partnerId} does not exist`);
  }
}

function columns(input: CreateInput) {
  return {
    name: input.name,
    role: input.role ?? null,
    organisation: input.organisation ?? null,
    partnerId: input.partnerId ?? null,
    email: input.email ?? null,
    source: input.source ?? null,
    verified: input.verified,
    notes: input.notes ?? null,
  };
}

export async function createPerson(db: Db, input: CreateInput) {
  return db.$transaction(async (tx) => {
    await checkReferences(tx, input);
    return tx.person.create({ data: columns(input), select: { id: true, version: true } });
  });
}

export async function updatePerson(db: Db, input: UpdateInput) {
  return db.$transaction(async (tx) => {
    const current = await tx.person.findUnique({ where: { id: input.id }, select: { version: true } });
    if (!current) throw notFound("Person", input.id);
    await checkReferences(tx, input);
    const updated = await tx.person.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...columns(input), version: { increment: 1 } },
    });
    if (updated.count === 0) {
      throw new DomainError(
        "CONFLICT",
        `Person ${input.id} was changed by someone else (now version ${current.version}, you edited version ${input.version}). Reload it and apply your change again.`,
      );
    }
    return { id: input.id, version: input.version + 1 };
  });
}
