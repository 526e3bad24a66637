// Creating and editing partners.
import type { z } from "zod";
import type { Db } from "../../db/prisma";
import { DomainError, invalidField, notFound } from "../../domain/errors";
import type { ZPartnerCreateInput, ZPartnerUpdateInput } from "../../schemas/partner";

type CreateInput = z.output<typeof ZPartnerCreateInput>;
type UpdateInput = z.output<typeof ZPartnerUpdateInput>;

/** A map pin needs both coordinates; one alone is a typing slip. */
function checkCoordinates(input: CreateInput) {
  const hasLatitude = input.latitude != null;
  const hasLongitude = input.longitude != null;
  if (hasLatitude && !hasLongitude) throw invalidField("longitude", "give the longitude too, or neither coordinate");
  if (hasLongitude && !hasLatitude) throw invalidField("latitude", "give the latitude too, or neither coordinate");
}

function columns(input: CreateInput) {
  return {
    nameDe: input.nameDe,
    nameEn: input.nameEn,
    nameLocal: input.nameLocal ?? null,
    countryCode: input.countryCode,
    continent: input.continent,
    kind: input.kind,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    website: input.website ?? null,
    source: input.source ?? null,
    verified: input.verified,
    notes: input.notes ?? null,
  };
}

export async function createPartner(db: Db, input: CreateInput) {
  checkCoordinates(input);
  return db.partner.create({ data: columns(input), select: { id: true, version: true } });
}

export async function updatePartner(db: Db, input: UpdateInput) {
  checkCoordinates(input);
  return db.$transaction(async (tx) => {
    const current = await tx.partner.findUnique({ where: { id: input.id }, select: { version: true } });
    if (!current) throw notFound("Partner", input.id);
    const updated = await tx.partner.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...columns(input), version: { increment: 1 } },
    });
    if (updated.count === 0) {
      throw new DomainError(
        "CONFLICT",
        `Partner ${input.id} was changed by someone else (now version ${current.version}, you edited version ${input.version}). Reload it and apply your change again.`,
      );
    }
    return { id: input.id, version: input.version + 1 };
  });
}
