// One partner with everything its detail page shows.

import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { found } from "../shared/records";
import { pick } from "../shared/select";

export const partnerDetailSelect = {
  ...pick(
    "id",
    "nameDe",
    "nameEn",
    "nameLocal",
    "countryCode",
    "continent",
    "kind",
    "latitude",
    "longitude",
    "website",
    "notes",
    "source",
    "verified",
    "version",
    "createdAt",
    "updatedAt",
  ),
  agreements: {
    select: { id: true, type: true, title: true, status: true, signedOn: true, signedOnPrecision: true },
    orderBy: [{ signedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  },
  people: {
    select: { id: true, name: true, role: true, organisation: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  },
  activities: {
    select: { id: true, type: true, title: true, startOn: true },
    orderBy: [{ startOn: "desc" }, { id: "desc" }],
  },
} satisfies Prisma.PartnerSelect;

export type PartnerDetail = Prisma.PartnerGetPayload<{ select: typeof partnerDetailSelect }>;

export async function getPartner(db: Db, id: number): Promise<PartnerDetail> {
  return found(db.partner.findUnique({ where: { id }, select: partnerDetailSelect }), "Partner", id);
}
