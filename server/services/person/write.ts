// Creating and editing people. The partner reference is checked in the same transaction as the write.
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import type { Db, Tx } from "../../db/prisma";
import { invalidField } from "../../domain/errors";
import type { ZPersonCreateInput, ZPersonUpdateInput } from "../../schemas/person";
import { recordChange } from "../audit/record";
import { lockVersion } from "../shared/versioning";

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

export function snapshotPerson(tx: Tx, id: number) {
  return tx.person.findUnique({ where: { id }, omit: { id: true, version: true, createdAt: true, updatedAt: true } });
}

export async function createPerson(db: Db, actor: Actor, input: CreateInput) {
  return db.$transaction(async (tx) => {
    await checkReferences(tx, input);
    const created = await tx.person.create({ data: columns(input), select: { id: true, version: true } });
    await recordChange(tx, actor, {
      action: "CREATE",
      entityType: "PERSON",
      entityId: created.id,
      entityLabel: input.name,
      after: await snapshotPerson(tx, created.id),
    });
    return created;
  });
}

export async function updatePerson(db: Db, actor: Actor, input: UpdateInput) {
  return db.$transaction(async (tx) => {
    await lockVersion(tx, "PERSON", input.id, input.version);
    await checkReferences(tx, input);
    const before = await snapshotPerson(tx, input.id);
    const saved = await tx.person.update({
      where: { id: input.id },
      data: { ...columns(input), version: { increment: 1 } },
      select: { id: true, version: true },
    });
    await recordChange(tx, actor, {
      action: "UPDATE",
      entityType: "PERSON",
      entityId: input.id,
      entityLabel: input.name,
      before,
      after: await snapshotPerson(tx, input.id),
    });
    return saved;
  });
}
