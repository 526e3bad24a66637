// The agreement list: its URL (?status=…&type=…&area=…&areaStatus=…&country=…&continent=…&from=…&to=…&quiet=1
// &inForce=1&attention=1&q=…&sort=…&dir=…&page=…), its input and its orders. Used by the list screen and its prefetch, the list service, the
// exports and the partnership report, so all of them mean the same by a URL.
import { z } from "zod";
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, AREA_LINK_STATUSES, CONTINENTS } from "../domain/enums";
import { VALID_UNTIL_FILTERS } from "../domain/valid-until";
import { AGREEMENT_LIST_FIELDS, ZAgreementStatus, ZAgreementType, ZAreaCode } from "../schemas/agreement";
import { ZCountryCode } from "../schemas/country";
import { listColumns } from "./columns";
import { defineRecordList, flag, int, many, one, oneOf } from "./define";

export { VALID_UNTIL_FILTERS, type ValidUntilFilter } from "../domain/valid-until";

const ZYear = z.number().int().min(1000).max(2200);
const YEAR = "a year from 1000 to 2200";

/** The agreement list's filters as URL parameters; the timeline filters by the same ones (server/lists/timeline.ts). */
export const AGREEMENT_FILTERS = {
  status: many("status", ZAgreementStatus, oneOf(AGREEMENT_STATUSES), 20),
  type: many("type", ZAgreementType, oneOf(AGREEMENT_TYPES), 20),
  area: many("area", ZAreaCode, "an area code, e.g. ECONOMY", 50),
  /** The status of the link to a cooperation area (with `area`: of the link to one of those areas). */
  areaStatus: many("areaStatus", z.enum(AREA_LINK_STATUSES), oneOf(AREA_LINK_STATUSES), 10),
  country: many("country", ZCountryCode, "a two-letter country code", 50),
  continent: many("continent", z.enum(CONTINENTS), oneOf(CONTINENTS), 10),
  yearFrom: int("from", ZYear, YEAR),
  yearTo: int("to", ZYear, YEAR),
  /** Only agreements in force with no activity and no status change for QUIET_YEARS years (as on the dashboard). */
  quiet: flag("quiet"),
  /** Only agreements in force today: begun, not run out, status in force (as the dashboard counts them). */
  inForce: flag("inForce"),
  /** Only agreements needing attention (the dashboard's definition, server/services/agreement/attention.ts). */
  attention: flag("attention"),
  validUntil: one("validUntil", z.enum(VALID_UNTIL_FILTERS), oneOf(VALID_UNTIL_FILTERS)),
};

export const agreementList = defineRecordList({
  path: "/agreements",
  /** The table's columns; the name links to the record and always shows. */
  columns: listColumns(["title", "partner", "type", "status", ...AGREEMENT_LIST_FIELDS, "areas"], ["title"]),
  filters: AGREEMENT_FILTERS,
  /** Count every match (reports); the list screen's count stops at countCap(page, pageSize). */
  inputOnly: { exactTotal: z.boolean().optional() },
  sorts: {
    keys: {
      title: {},
      /** By the partner's German name; "partnerEn" by its English one (the list uses the UI's language). */
      partner: { path: ["partner", "nameDe"] },
      partnerEn: { path: ["partner", "nameEn"] },
      type: { enumValues: AGREEMENT_TYPES },
      status: { enumValues: AGREEMENT_STATUSES },
      signedOn: { nullsLast: true },
      validUntil: { nullsLast: true },
      updatedAt: {},
    },
  },
  defaultSort: "signedOn",
});

export const AGREEMENT_SORT_KEYS = agreementList.sortKeys;
export const ZAgreementListInput = agreementList.schema;
export type TAgreementListInput = z.input<typeof ZAgreementListInput>;
export type TAgreementListQuery = z.output<typeof ZAgreementListInput>;
