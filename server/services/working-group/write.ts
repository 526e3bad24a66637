// Creating and editing working groups. Memberships are written in the same transaction and replaced on update.
import type { z } from "zod";
import type { Db, Tx } from "../../db/prisma";
import { invalidField } from "../../domain/errors";
import type { ZWorkingGroupCreateInput, ZWorkingGroupUpdateInput } from "../../schemas/working-group";
import { updateVersioned } from "../shared/versioning";

type CreateInput = z.output<typeof ZWorkingGroupCreateInput>;
type UpdateInput = z.output<typeof ZWorkingGroupUpdateInput>;

/** Every referenced agreement and person must exist; a person is a member at most once. */
async function checkReferences(tx: Tx, input: CreateInput): Promise<void> {
  if (!(await tx.agreement.findUnique({ where: { id: input.agreementId }, select: { id: true } }))) {
    throw invalidField("agreementId", "unknownAgreement", { id: input.agreementId });
  }
  for (const field of ["leadCologneId", "leadPartnerId"] as const) {
    const personId = input[field];
    if (personId != null && !(await tx.person.findUnique({ where: { id: personId }, select: { id: true } }))) {
      throw invalidField(field, "unknownPerson", { id: personId });
    }
  }
  const personIds = input.memberships.map((membership) => membership.personId);
  if (new Set(personIds).size !== personIds.length) throw invalidField("memberships", "duplicatePerson");
  const found = await tx.person.findMany({ where: { id: { in: personIds } }, select: { id: true } });
  const known = new Set(found.map((person) => person.id));
  const unknown = personIds.filter((id) => !known.has(id));
  if (unknown.length) throw invalidField("memberships", "unknownPerson", { id: unknown.join(", ") });
}

function scalarColumns(input: CreateInput) {
  return {
    name: input.name,
    goal: input.goal ?? null,
    status: input.status,
    agreementId: input.agreementId,
    leadCologneId: input.leadCologneId ?? null,
    leadPartnerId: input.leadPartnerId ?? null,
    source: input.source ?? null,
    verified: input.verified,
    notes: input.notes ?? null,
  };
}

function membershipRows(input: CreateInput) {
  return input.memberships.map((membership) => ({ personId: membership.personId, role: membership.role ?? null }));
}

export async function createWorkingGroup(db: Db, input: CreateInput) {
  return db.$transaction(async (tx) => {
    await checkReferences(tx, input);
    return tx.workingGroup.create({
      data: { ...scalarColumns(input), members: { create: membershipRows(input) } },
      select: { id: true, version: true },
    });
  });
}

export async function updateWorkingGroup(db: Db, input: UpdateInput) {
  return db.$transaction(async (tx) => {
    await checkReferences(tx, input);
    const saved = await updateVersioned(
      "Working group",
      input,
      (where) => tx.workingGroup.updateMany({ where, data: { ...scalarColumns(input), version: { increment: 1 } } }),
      () => tx.workingGroup.findUnique({ where: { id: input.id }, select: { version: true } }),
    );
    await tx.workingGroupMember.deleteMany({ where: { workingGroupId: input.id } });
    await tx.workingGroupMember.createMany({
      data: membershipRows(input).map((row) => ({ ...row, workingGroupId: input.id })),
    });
    return saved;
  });
}
