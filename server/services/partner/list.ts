// Listing and searching partners, the select-box options and the country filter's choices.

import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { partnerList, type TPartnerListQuery } from "../../lists/partners";
import type { TPickerSearchInput } from "../../schemas/common";
import { listPage } from "../shared/records";
import { allOf, searchIn } from "../shared/search";
import { pick } from "../shared/select";

export const partnerListSelect = {
  ...pick("id", "nameDe", "nameEn", "nameLocal", "countryCode", "continent", "kind", "verified", "updatedAt"),
  _count: { select: { agreements: true } },
  agreements: { select: { id: true, type: true, status: true }, orderBy: { id: "asc" } },
  /** The review's version shown, sent with a bulk change of the row (a review changed since is a conflict). */
  humanRightsReview: { select: { version: true } },
} satisfies Prisma.PartnerSelect;

export type PartnerListItem = Prisma.PartnerGetPayload<{ select: typeof partnerListSelect }>;

export function partnerWhere(query: Omit<TPartnerListQuery, "sort" | "dir" | "page" | "pageSize">) {
  return allOf<Prisma.PartnerWhereInput>([
    query.country?.length && { countryCode: { in: query.country } },
    query.continent?.length && { continent: { in: query.continent } },
    query.kind && { kind: query.kind },
    query.review?.length && {
      OR: [
        { humanRightsReview: { status: { in: query.review } } },
        ...(query.review.includes("NOT_REVIEWED") ? [{ humanRightsReview: null }] : []),
      ],
    },
    searchIn(query.q, ["nameDe", "nameEn", "nameLocal", "notes"]),
  ]);
}

export function listPartners(db: Db, query: TPartnerListQuery) {
  return listPage(partnerList, query, db.partner, partnerWhere(query), partnerListSelect);
}

/** Short entries for select boxes (an agreement's, activity's or person's partner). */
export function partnerOptions(db: Db) {
  return db.partner.findMany({
    select: { id: true, nameDe: true, nameEn: true, countryCode: true },
    orderBy: [{ nameDe: "asc" }, { id: "asc" }],
  });
}

/**
 * The partners a picker offers for a typed text: those whose name in any language or script contains it (trigram
 * indexes on the three names), the first `limit` by German name.
 */
export function searchPartners(db: Db, input: TPickerSearchInput) {
  return db.partner.findMany({
    where: searchIn(input.q, ["nameDe", "nameEn", "nameLocal"]),
    select: { id: true, nameDe: true, nameEn: true, nameLocal: true, countryCode: true },
    orderBy: [{ nameDe: "asc" }, { id: "asc" }],
    take: input.limit,
  });
}

/** The country codes in use with how many partners each has, for the country filter. */
export async function partnerCountries(db: Db) {
  const groups = await db.partner.groupBy({
    by: ["countryCode"],
    _count: { _all: true },
    orderBy: { countryCode: "asc" },
  });
  return groups.map((group) => ({ countryCode: group.countryCode, count: group._count._all }));
}
