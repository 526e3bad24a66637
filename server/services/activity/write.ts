// Creating and editing activities. Links (agreements, areas, participants) are written in the same transaction and
// replaced on update.
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import type { Db, Tx } from "../../db/prisma";
import { invalidField } from "../../domain/errors";
import { ACTIVITY_FIELDS, type ZActivityCreateInput, type ZActivityUpdateInput } from "../../schemas/activity";
import { fieldColumns } from "../../schemas/fields";
import { createAudited, updateAudited } from "../shared/records";

type CreateInput = z.output<typeof ZActivityCreateInput>;
type UpdateInput = z.output<typeof ZActivityUpdateInput>;

function duplicates<T>(values: T[]): boolean {
  return new Set(values).size !== values.length;
}

/** Checks dates and references; returns the ids of the given area codes. */
async function checkReferences(tx: Tx, input: CreateInput): Promise<number[]> {
  if (input.endOn && input.endOn < input.startOn) throw invalidField("endOn", "endBeforeStart");
  if (input.partnerId != null) {
    if (!(await tx.partner.findUnique({ where: { id: input.partnerId }, select: { id: true } }))) {
      throw invalidField("partnerId", "unknownPartner", { id: input.partnerId });
    }
  }

  if (duplicates(input.agreementIds)) throw invalidField("agreementIds", "duplicateAgreement");
  const agreements = await tx.agreement.findMany({ where: { id: { in: input.agreementIds } }, select: { id: true } });
  const knownAgreements = new Set(agreements.map((agreement) => agreement.id));
  const unknownAgreements = input.agreementIds.filter((id) => !knownAgreements.has(id));
  if (unknownAgreements.length) {
    throw invalidField("agreementIds", "unknownAgreement", { id: unknownAgreements.join(", ") });
  }

  if (duplicates(input.areaCodes)) throw invalidField("areaCodes", "duplicateArea");
  const areas = await tx.cooperationArea.findMany({
    where: { code: { in: input.areaCodes } },
    select: { id: true, code: true },
  });
  const areaIds = new Map(areas.map((area) => [area.code, area.id]));
  const unknownAreas = input.areaCodes.filter((code) => !areaIds.has(code));
  if (unknownAreas.length) throw invalidField("areaCodes", "unknownArea", { id: unknownAreas.join(", ") });

  const personIds = input.participants.map((participant) => participant.personId);
  if (duplicates(personIds)) throw invalidField("participants", "duplicatePerson");
  const people = await tx.person.findMany({ where: { id: { in: personIds } }, select: { id: true } });
  const knownPeople = new Set(people.map((person) => person.id));
  const unknownPeople = personIds.filter((id) => !knownPeople.has(id));
  if (unknownPeople.length) throw invalidField("participants", "unknownPerson", { id: unknownPeople.join(", ") });

  return input.areaCodes.map((code) => areaIds.get(code) as number);
}

/** The activity's own columns (also what an import writes, services/import/activities.ts). */
export function activityColumns(input: CreateInput) {
  return {
    ...fieldColumns(ACTIVITY_FIELDS, input),
    type: input.type,
    title: input.title,
    startOn: input.startOn,
    partnerId: input.partnerId ?? null,
    source: input.source ?? null,
    verified: input.verified,
  };
}

function linkRows(input: CreateInput, areaIds: number[]) {
  return {
    agreements: input.agreementIds.map((agreementId) => ({ agreementId })),
    areas: areaIds.map((areaId) => ({ areaId })),
    participants: input.participants.map((participant) => ({
      personId: participant.personId,
      role: participant.role ?? null,
    })),
  };
}

const audited = (input: CreateInput) => ({
  entity: "ACTIVITY" as const,
  label: input.title,
  snapshot: snapshotActivity,
});

/** The fields the audit trail compares before and after a change, links included. */
export async function snapshotActivity(tx: Tx, id: number) {
  const row = await tx.activity.findUnique({
    where: { id },
    omit: { id: true, version: true, createdAt: true, updatedAt: true },
    include: {
      agreements: { select: { agreementId: true }, orderBy: { agreementId: "asc" } },
      areas: { select: { area: { select: { code: true } } } },
      participants: { select: { personId: true, role: true }, orderBy: { personId: "asc" } },
    },
  });
  if (!row) return null;
  const { agreements, areas, participants, ...fields } = row;
  return {
    ...fields,
    agreementIds: agreements.map((link) => link.agreementId),
    areas: areas.map((link) => link.area.code).sort(),
    participants,
  };
}

export async function createActivity(db: Db, actor: Actor, input: CreateInput) {
  return createAudited(db, actor, audited(input), async (tx) => {
    const links = linkRows(input, await checkReferences(tx, input));
    return tx.activity.create({
      data: {
        ...activityColumns(input),
        agreements: { create: links.agreements },
        areas: { create: links.areas },
        participants: { create: links.participants },
      },
      select: { id: true, version: true },
    });
  });
}

export async function updateActivity(db: Db, actor: Actor, input: UpdateInput) {
  const activityId = input.id;
  return updateAudited(db, actor, { ...audited(input), id: activityId, version: input.version }, async (tx) => {
    const links = linkRows(input, await checkReferences(tx, input));
    const saved = await tx.activity.update({
      where: { id: activityId },
      data: { ...activityColumns(input), version: { increment: 1 } },
      select: { id: true, version: true },
    });
    await tx.activityAgreement.deleteMany({ where: { activityId } });
    await tx.activityArea.deleteMany({ where: { activityId } });
    await tx.activityParticipant.deleteMany({ where: { activityId } });
    await tx.activityAgreement.createMany({ data: links.agreements.map((row) => ({ ...row, activityId })) });
    await tx.activityArea.createMany({ data: links.areas.map((row) => ({ ...row, activityId })) });
    await tx.activityParticipant.createMany({ data: links.participants.map((row) => ({ ...row, activityId })) });
    return saved;
  });
}
