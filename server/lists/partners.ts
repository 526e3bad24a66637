// The partner list: its URL (?q=…&continent=…&country=…&kind=…&sort=…&dir=…&page=…), its input and its orders.
import type { z } from "zod";
import { CONTINENTS, HUMAN_RIGHTS_REVIEW_STATUSES, PARTNER_KINDS } from "../domain/enums";
import { ZCountryCode } from "../schemas/country";
import { ZHumanRightsReviewStatus } from "../schemas/human-rights-review";
import { ZContinent, ZPartnerKind } from "../schemas/partner";
import { listColumns } from "./columns";
import { defineRecordList, many, one, oneOf } from "./define";

const FILTERS = {
  continent: many("continent", ZContinent, oneOf(CONTINENTS), 10),
  country: many("country", ZCountryCode, "a two-letter country code", 50),
  kind: one("kind", ZPartnerKind, oneOf(PARTNER_KINDS)),
  /** The human-rights review's status ("not reviewed" includes partners without a review). */
  review: many("review", ZHumanRightsReviewStatus, oneOf(HUMAN_RIGHTS_REVIEW_STATUSES), 3),
};

/** q searches the German, English and local names and the notes. */
export const partnerList = defineRecordList({
  path: "/partners",
  /** The table's columns; the name links to the record and always shows. */
  columns: listColumns(["name", "country", "continent", "kind", "agreements"], ["name"]),
  filters: FILTERS,
  sorts: {
    keys: { nameDe: {}, nameEn: {}, countryCode: {}, continent: { enumValues: CONTINENTS }, updatedAt: {} },
    tieBreakers: [{ path: ["nameDe"] }, { path: ["id"] }],
  },
  defaultSort: "nameDe",
  // Without a sort in the URL, partners are listed by their name in the interface's language.
  defaultSortFor: (language) => (language === "en" ? "nameEn" : "nameDe"),
});

export const ZPartnerListInput = partnerList.schema;
export type TPartnerListInput = z.input<typeof ZPartnerListInput>;
export type TPartnerListQuery = z.output<typeof ZPartnerListInput>;
