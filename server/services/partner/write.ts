// Creating and editing partners.
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import type { Db, Tx } from "../../db/prisma";
import { invalidField } from "../../domain/errors";
import { fieldColumns } from "../../schemas/fields";
import { PARTNER_FIELDS, type ZPartnerCreateInput, type ZPartnerUpdateInput } from "../../schemas/partner";
import { createAudited, sourceColumns, updateAudited } from "../shared/records";

type CreateInput = z.output<typeof ZPartnerCreateInput>;
type UpdateInput = z.output<typeof ZPartnerUpdateInput>;

/** A map pin needs both coordinates; one alone is a typing slip. */
function checkCoordinates(input: CreateInput) {
  const hasLatitude = input.latitude != null;
  const hasLongitude = input.longitude != null;
  if (hasLatitude && !hasLongitude) throw invalidField("longitude", "longitudeMissing");
  if (hasLongitude && !hasLatitude) throw invalidField("latitude", "latitudeMissing");
}

/** The partner's columns as the input gives them (also what an import writes, services/import/partners.ts). */
export function partnerColumns(input: CreateInput) {
  return {
    ...fieldColumns(PARTNER_FIELDS, input),
    nameDe: input.nameDe,
    nameEn: input.nameEn,
    countryCode: input.countryCode,
    continent: input.continent,
    kind: input.kind,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    ...sourceColumns(input),
  };
}

const audited = (input: CreateInput) => ({
  entity: "PARTNER" as const,
  label: input.nameDe,
  snapshot: snapshotPartner,
});

export function snapshotPartner(tx: Tx, id: number) {
  return tx.partner.findUnique({ where: { id }, omit: { id: true, version: true, createdAt: true, updatedAt: true } });
}

export async function createPartner(db: Db, actor: Actor, input: CreateInput) {
  checkCoordinates(input);
  return createAudited(db, actor, audited(input), (tx) =>
    tx.partner.create({ data: partnerColumns(input), select: { id: true, version: true } }),
  );
}

export async function updatePartner(db: Db, actor: Actor, input: UpdateInput) {
  checkCoordinates(input);
  return updateAudited(db, actor, { ...audited(input), id: input.id, version: input.version }, (tx) =>
    tx.partner.update({
      where: { id: input.id },
      data: { ...partnerColumns(input), version: { increment: 1 } },
      select: { id: true, version: true },
    }),
  );
}
