// Creating and editing people. The partner reference is checked in the same transaction as the write.
import type { z } from "zod";
import type { Db, Tx } from "../../db/prisma";
import { invalidField } from "../../domain/errors";
import type { ZPersonCreateInput, ZPersonUpdateInput } from "../../schemas/person";
import { updateVersioned } from "../shared/versioning";

type CreateInput = z.output<typeof ZPersonCreateInput>;
type UpdateInput = z.output<typeof ZPersonUpdateInput>;

async function checkReferences(tx: Tx, input: CreateInput) {
  if (input.partnerId == null) return;
  if (!(await tx.partner.findUnique({ where: { id: input.partnerId }, select: { id: true } }))) {
    throw invalidField("partnerId", "unknownPartner", { id: input.partnerId });
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
    await checkReferences(tx, input);
    const saved = await updateVersioned(
      "Person",
      input,
      (where) => tx.person.updateMany({ where, data: { ...columns(input), version: { increment: 1 } } }),
      () => tx.person.findUnique({ where: { id: input.id }, select: { version: true } }),
    );
    return saved;
  });
}
