// Creating and editing working groups. Memberships are written in the same transaction and replaced on update.
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import type { Db, Tx } from "../../db/prisma";
import { invalidField } from "../../domain/errors";
import { fieldColumns } from "../../schemas/fields";
import {
  WORKING_GROUP_FIELDS,
  type ZWorkingGroupCreateInput,
  type ZWorkingGroupUpdateInput,
} from "../../schemas/working-group";
import { createAudited, sourceColumns, updateAudited } from "../shared/records";

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

/** The working group's own columns (the import writes them too). */
export function workingGroupColumns(input: CreateInput) {
  return {
    ...fieldColumns(WORKING_GROUP_FIELDS, input),
    name: input.name,
    status: input.status,
    agreementId: input.agreementId,
    leadCologneId: input.leadCologneId ?? null,
    leadPartnerId: input.leadPartnerId ?? null,
    ...sourceColumns(input),
  };
}

function membershipRows(input: CreateInput) {
  return input.memberships.map((membership) => ({ personId: membership.personId, role: membership.role ?? null }));
}

const audited = (input: CreateInput) => ({
  entity: "WORKING_GROUP" as const,
  label: input.name,
  snapshot: snapshotWorkingGroup,
});

/** The fields the audit trail compares before and after a change, memberships included. */
export async function snapshotWorkingGroup(tx: Tx, id: number) {
  const row = await tx.workingGroup.findUnique({
    where: { id },
    omit: { id: true, version: true, createdAt: true, updatedAt: true },
    include: { members: { select: { personId: true, role: true }, orderBy: { personId: "asc" } } },
  });
  if (!row) return null;
  const { members, ...fields } = row;
  return { ...fields, memberships: members };
}

export async function createWorkingGroup(db: Db, actor: Actor, input: CreateInput) {
  return createAudited(db, actor, audited(input), async (tx) => {
    await checkReferences(tx, input);
    return tx.workingGroup.create({
      data: { ...workingGroupColumns(input), members: { create: membershipRows(input) } },
      select: { id: true, version: true },
    });
  });
}

export async function updateWorkingGroup(db: Db, actor: Actor, input: UpdateInput) {
  return updateAudited(db, actor, { ...audited(input), id: input.id, version: input.version }, async (tx) => {
    await checkReferences(tx, input);
    const saved = await tx.workingGroup.update({
      where: { id: input.id },
      data: { ...workingGroupColumns(input), version: { increment: 1 } },
      select: { id: true, version: true },
    });
    await tx.workingGroupMember.deleteMany({ where: { workingGroupId: input.id } });
    await tx.workingGroupMember.createMany({
      data: membershipRows(input).map((row) => ({ ...row, workingGroupId: input.id })),
    });
    return saved;
  });
}
