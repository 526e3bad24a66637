// Creating and editing people. The partner reference is checked in the same transaction as the write.
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import type { Db, Tx } from "../../db/prisma";
import { invalidField } from "../../domain/errors";
import { fieldColumns } from "../../schemas/fields";
import { PERSON_FIELDS, type ZPersonCreateInput, type ZPersonUpdateInput } from "../../schemas/person";
import { createAudited, sourceColumns, updateAudited } from "../shared/records";

type CreateInput = z.output<typeof ZPersonCreateInput>;
type UpdateInput = z.output<typeof ZPersonUpdateInput>;

async function checkReferences(tx: Tx, input: CreateInput) {
  if (input.partnerId == null) return;
  if (!(await tx.partner.findUnique({ where: { id: input.partnerId }, select: { id: true } }))) {
    throw invalidField("partnerId", "unknownPartner", { id: input.partnerId });
  }
}

/** The person's columns as the input gives them (also what an import writes, services/import/people.ts). */
export function personColumns(input: CreateInput) {
  return {
    ...fieldColumns(PERSON_FIELDS, input),
    name: input.name,
    partnerId: input.partnerId ?? null,
    ...sourceColumns(input),
  };
}

const audited = (input: CreateInput) => ({ entity: "PERSON" as const, label: input.name, snapshot: snapshotPerson });

export function snapshotPerson(tx: Tx, id: number) {
  return tx.person.findUnique({ where: { id }, omit: { id: true, version: true, createdAt: true, updatedAt: true } });
}

export async function createPerson(db: Db, actor: Actor, input: CreateInput) {
  return createAudited(db, actor, audited(input), async (tx) => {
    await checkReferences(tx, input);
    return tx.person.create({ data: personColumns(input), select: { id: true, version: true } });
  });
}

export async function updatePerson(db: Db, actor: Actor, input: UpdateInput) {
  return updateAudited(db, actor, { ...audited(input), id: input.id, version: input.version }, async (tx) => {
    await checkReferences(tx, input);
    return tx.person.update({
      where: { id: input.id },
      data: { ...personColumns(input), version: { increment: 1 } },
      select: { id: true, version: true },
    });
  });
}
