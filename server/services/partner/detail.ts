// One partner with everything its detail page shows.

import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { fieldSelect } from "../../schemas/fields";
import { PARTNER_FIELDS } from "../../schemas/partner";
import { found } from "../shared/records";
import { personSummary, pick } from "../shared/select";

export const partnerDetailSelect = {
  ...pick(
    "id",
    "countryCode",
    "continent",
    "kind",
    "latitude",
    "longitude",
    "notes",
    "source",
    "verified",
    "version",
    "createdAt",
    "updatedAt",
  ),
  ...fieldSelect(PARTNER_FIELDS),
  humanRightsReview: { select: { status: true, lastReviewedOn: true, nextDueOn: true, note: true, version: true } },
  agreements: {
    select: { id: true, type: true, title: true, status: true, signedOn: true, signedOnPrecision: true },
    orderBy: [{ signedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  },
  people: {
    select: personSummary,
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
