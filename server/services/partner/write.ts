// Creating and editing partners.
import type { z } from "zod";
import type { Db } from "../../db/prisma";
import { invalidField } from "../../domain/errors";
import type { ZPartnerCreateInput, ZPartnerUpdateInput } from "../../schemas/partner";
import { updateVersioned } from "../shared/versioning";

type CreateInput = z.output<typeof ZPartnerCreateInput>;
type UpdateInput = z.output<typeof ZPartnerUpdateInput>;

/** A map pin needs both coordinates; one alone is a typing slip. */
function checkCoordinates(input: CreateInput) {
  const hasLatitude = input.latitude != null;
  const hasLongitude = input.longitude != null;
  if (hasLatitude && !hasLongitude) throw invalidField("longitude", "longitudeMissing");
  if (hasLongitude && !hasLatitude) throw invalidField("latitude", "latitudeMissing");
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
    const saved = await updateVersioned(
      "Partner",
      input,
      (where) => tx.partner.updateMany({ where, data: { ...columns(input), version: { increment: 1 } } }),
      () => tx.partner.findUnique({ where: { id: input.id }, select: { version: true } }),
    );
    return saved;
  });
}
