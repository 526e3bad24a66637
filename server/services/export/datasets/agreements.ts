// Agreements as the list shows them (same filter, same order), every matching row, with all their dates.
import { countryName, fmt, partnerName } from "@/app/_i18n/format";
import type { Prisma } from "../../../db/generated/client";
import type { Db } from "../../../db/prisma";
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  type AgreementStatus,
  type AgreementType,
  AREA_LINK_STATUSES,
  type AreaLinkStatus,
  CONTINENTS,
  type Continent,
  type DatePrecision,
} from "../../../domain/enums";
import {
  AGREEMENT_SORT_KEYS,
  agreementListInputFromSearchParams,
  type TAgreementListQuery,
  ZAgreementListInput,
} from "../../../schemas/agreement";
import { agreementWhere } from "../../agreement/list";
import type { ExportTexts } from "../labels";
import { oneOf, strictListQuery } from "../params";
import { type Column, keysetBatches, type SortKey, sheet } from "../table";
import {
  type AreaNames,
  areaNames,
  countryNames,
  filterLines,
  labels,
  partialDateColumns,
  quoted,
  sortInWords,
  type TableDataset,
} from "./common";

/**
 * An agreement as the export writes it. Read with one SQL query per batch (detailRows): Prisma's nested selects
 * (partner, predecessor, areas: four queries and their mapping) took twice the CPU time for 100,000 agreements.
 */
interface Row {
  id: number;
  type: AgreementType;
  title: string;
  status: AgreementStatus;
  statusScope: string | null;
  statusSince: Date | null;
  statusSincePrecision: DatePrecision;
  councilDecisionOn: Date | null;
  councilDecisionOnPrecision: DatePrecision;
  signedOn: Date | null;
  signedOnPrecision: DatePrecision;
  countersignedOn: Date | null;
  countersignedOnPrecision: DatePrecision;
  validFrom: Date | null;
  validFromPrecision: DatePrecision;
  validUntil: Date | null;
  validUntilPrecision: DatePrecision;
  responsibleUnit: string | null;
  source: string | null;
  verified: boolean;
  notes: string | null;
  updatedAt: Date;
  partnerNameDe: string;
  partnerNameEn: string;
  partnerNameLocal: string | null;
  countryCode: string;
  continent: Continent;
  predecessorTitle: string | null;
  /** "areaId:STATUS" per linked cooperation area. */
  areas: string[] | null;
}

/**
 * The rows of the given agreements (any order). The partners' ids are passed too: with them PostgreSQL looks the
 * partners up by their key instead of hashing the whole partner table for every batch.
 */
function detailRows(db: Db, ids: number[], partnerIds: number[]): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    SELECT a.id, a.type::text AS type, a.title, a.status::text AS status, a."statusScope",
      a."statusSince", a."statusSincePrecision"::text AS "statusSincePrecision",
      a."councilDecisionOn", a."councilDecisionOnPrecision"::text AS "councilDecisionOnPrecision",
      a."signedOn", a."signedOnPrecision"::text AS "signedOnPrecision",
      a."countersignedOn", a."countersignedOnPrecision"::text AS "countersignedOnPrecision",
      a."validFrom", a."validFromPrecision"::text AS "validFromPrecision",
      a."validUntil", a."validUntilPrecision"::text AS "validUntilPrecision",
      a."responsibleUnit", a.source, a.verified, a.notes, a."updatedAt",
      p."nameDe" AS "partnerNameDe", p."nameEn" AS "partnerNameEn", p."nameLocal" AS "partnerNameLocal",
      p."countryCode", p.continent::text AS continent, pr.title AS "predecessorTitle",
      (SELECT array_agg(aa."areaId"::text || ':' || aa.status::text) FROM "AgreementArea" aa
        WHERE aa."agreementId" = a.id) AS areas
    FROM "Agreement" a
    JOIN "Partner" p ON p.id = a."partnerId" AND p.id = ANY(${partnerIds})
    LEFT JOIN "Agreement" pr ON pr.id = a."predecessorId"
    WHERE a.id = ANY(${ids})`;
}

/** What the keyset needs of a row: the id and the sort key (read by Prisma with the list's filter and order). */
const keySelect = {
  id: true,
  partnerId: true,
  title: true,
  type: true,
  status: true,
  signedOn: true,
  updatedAt: true,
} satisfies Prisma.AgreementSelect;
const keySelectWithPartner = {
  ...keySelect,
  partner: { select: { nameDe: true, nameEn: true } },
} satisfies Prisma.AgreementSelect;
type KeyRow = Prisma.AgreementGetPayload<{ select: typeof keySelect }> & {
  partner?: { nameDe: string; nameEn: string };
};
type Where = Prisma.AgreementWhereInput;

/** "12:ACTIVE" → { areaId: 12, status: "ACTIVE" }. */
function parseAreaLinks(links: string[] | null): { areaId: number; status: AreaLinkStatus }[] {
  return (links ?? []).map((link) => {
    const [id, status] = link.split(":");
    return { areaId: Number(id), status: status as AreaLinkStatus };
  });
}

/** The list's order (server/services/agreement/list.ts) as keyset keys: the sort key, then the id. */
function sortKeys(query: TAgreementListQuery): SortKey<KeyRow, Where>[] {
  const dir = query.dir;
  const as = (where: (f: unknown) => object) => where as (f: unknown) => Where;
  const primary: Record<TAgreementListQuery["sort"], SortKey<KeyRow, Where>> = {
    title: { dir, value: (r) => r.title, where: as((f) => ({ title: f })) },
    partner: { dir, value: (r) => r.partner?.nameDe, where: as((f) => ({ partner: { nameDe: f } })) },
    partnerEn: { dir, value: (r) => r.partner?.nameEn, where: as((f) => ({ partner: { nameEn: f } })) },
    type: { dir, value: (r) => r.type, where: as((f) => ({ type: f })), enumValues: AGREEMENT_TYPES },
    status: { dir, value: (r) => r.status, where: as((f) => ({ status: f })), enumValues: AGREEMENT_STATUSES },
    signedOn: { dir, value: (r) => r.signedOn, where: as((f) => ({ signedOn: f })), nullsLast: true },
    updatedAt: { dir, value: (r) => r.updatedAt, where: as((f) => ({ updatedAt: f })) },
  };
  return [primary[query.sort], { dir: "asc", value: (r) => r.id, where: as((f) => ({ id: f })) }];
}

function orderBy(query: TAgreementListQuery): Prisma.AgreementOrderByWithRelationInput[] {
  const dir = query.dir;
  const first: Prisma.AgreementOrderByWithRelationInput =
    query.sort === "partner"
      ? { partner: { nameDe: dir } }
      : query.sort === "partnerEn"
        ? { partner: { nameEn: dir } }
        : query.sort === "signedOn"
          ? { signedOn: { sort: dir, nulls: "last" } }
          : { [query.sort]: dir };
  return [first, { id: "asc" }];
}

function columns({ m, x }: ExportTexts, locale: "de" | "en", areas: AreaNames): Column<Row>[] {
  const texts = { m, x };
  const country = countryNames(locale);
  const dates = (
    header: string,
    field: "councilDecisionOn" | "signedOn" | "countersignedOn" | "validFrom" | "validUntil",
  ) => {
    const precision = `${field}Precision` as const;
    return partialDateColumns<Row>(header, (r) => ({ date: r[field], precision: r[precision] }), texts);
  };
  return [
    { type: "int", header: x.id, width: 8, get: (r) => r.id },
    { type: "text", header: m.common.title, width: 48, get: (r) => r.title },
    { type: "text", header: m.common.type, width: 26, get: (r) => m.enums.agreementType[r.type] },
    { type: "text", header: m.common.status, width: 16, get: (r) => m.enums.agreementStatus[r.status] },
    ...partialDateColumns<Row>(
      m.agreement.statusSince,
      (r) => ({ date: r.statusSince, precision: r.statusSincePrecision }),
      texts,
    ),
    { type: "text", header: m.agreement.statusScope, width: 30, get: (r) => r.statusScope },
    {
      type: "text",
      header: m.common.partner,
      width: 24,
      get: (r) => (locale === "de" ? r.partnerNameDe : r.partnerNameEn),
    },
    { type: "text", header: m.partner.nameLocal, width: 20, get: (r) => r.partnerNameLocal },
    { type: "text", header: m.common.country, width: 20, get: (r) => country(r.countryCode) },
    { type: "text", header: m.partner.countryCode, width: 10, get: (r) => r.countryCode },
    { type: "text", header: m.common.continent, width: 20, get: (r) => m.enums.continent[r.continent] },
    {
      type: "text",
      header: m.agreement.areas,
      width: 40,
      get: (r) =>
        areas.list(parseAreaLinks(r.areas), (link, name) => `${name} (${m.enums.areaLinkStatus[link.status]})`),
    },
    ...dates(m.agreement.councilDecisionOn, "councilDecisionOn"),
    ...dates(m.agreement.signedOn, "signedOn"),
    ...dates(m.agreement.countersignedOn, "countersignedOn"),
    ...dates(m.agreement.validFrom, "validFrom"),
    ...dates(m.agreement.validUntil, "validUntil"),
    { type: "text", header: m.agreement.responsibleUnit, width: 24, get: (r) => r.responsibleUnit },
    { type: "text", header: m.agreement.predecessor, width: 30, get: (r) => r.predecessorTitle },
    { type: "bool", header: m.common.verified, width: 10, get: (r) => r.verified },
    { type: "text", header: m.common.source, width: 40, get: (r) => r.source },
    { type: "text", header: m.common.notes, width: 50, get: (r) => r.notes },
    { type: "dateTime", header: m.agreement.lastUpdated, width: 20, get: (r) => r.updatedAt },
  ];
}

export const agreementsDataset: TableDataset<TAgreementListQuery> = {
  minRole: "VIEWER",
  stem: "agreements",
  listPath: "/agreements",
  parse: (params) =>
    strictListQuery(
      params,
      agreementListInputFromSearchParams,
      [
        { name: "status", key: "status", many: true, expected: oneOf(AGREEMENT_STATUSES) },
        { name: "type", key: "type", many: true, expected: oneOf(AGREEMENT_TYPES) },
        { name: "area", key: "area", many: true, expected: "an area code, e.g. ECONOMY" },
        { name: "areaStatus", key: "areaStatus", many: true, expected: oneOf(AREA_LINK_STATUSES) },
        { name: "country", key: "country", many: true, expected: "a two-letter country code" },
        { name: "continent", key: "continent", many: true, expected: oneOf(CONTINENTS) },
        { name: "from", key: "yearFrom", expected: "a year from 1000 to 2200" },
        { name: "to", key: "yearTo", expected: "a year from 1000 to 2200" },
        { name: "quiet", key: "quiet", expected: "1" },
        { name: "q", key: "q", expected: "at most 200 characters" },
        { name: "sort", key: "sort", expected: oneOf(AGREEMENT_SORT_KEYS) },
        { name: "dir", key: "dir", expected: "asc or desc" },
      ],
      ZAgreementListInput,
    ),

  async build(ctx, query, texts) {
    const { db, locale } = ctx;
    const { m, x } = texts;
    const where = agreementWhere(query);
    const keys = sortKeys(query);
    const order = orderBy(query);
    const withPartner = query.sort === "partner" || query.sort === "partnerEn";
    async function* records(signal?: AbortSignal): AsyncGenerator<Row[]> {
      const batches = keysetBatches<KeyRow, Where>({
        keys,
        signal,
        batchSize: ctx.batchSize,
        fetch: (after, take) =>
          db.agreement.findMany({
            where: after ? { AND: [where, after] } : where,
            select: withPartner ? keySelectWithPartner : keySelect,
            orderBy: order,
            take,
          }),
      });
      for await (const batch of batches) {
        const ids = batch.map((row) => row.id);
        const partnerIds = [...new Set(batch.map((row) => row.partnerId))];
        const byId = new Map((await detailRows(db, ids, partnerIds)).map((row) => [row.id, row]));
        // In the list's order; an agreement deleted since its id was read is left out.
        yield ids.flatMap((id) => byId.get(id) ?? []);
      }
    }
    const table = sheet(m.nav.agreements, columns(texts, locale, await areaNames(db, locale)), records);

    const filterAreas = query.area?.length
      ? await db.cooperationArea.findMany({
          where: { code: { in: query.area } },
          select: { code: true, nameDe: true, nameEn: true },
        })
      : [];
    const years =
      query.yearFrom !== undefined || query.yearTo !== undefined
        ? [
            query.yearFrom !== undefined ? fmt(x.yearFrom, { year: query.yearFrom }) : "",
            query.yearTo !== undefined ? fmt(x.yearTo, { year: query.yearTo }) : "",
          ]
            .filter(Boolean)
            .join(" ")
        : null;
    const sortLabels: Record<TAgreementListQuery["sort"], string> = {
      title: m.common.title,
      partner: `${m.common.partner} – ${m.partner.nameDe}`,
      partnerEn: `${m.common.partner} – ${m.partner.nameEn}`,
      type: m.common.type,
      status: m.common.status,
      signedOn: m.agreement.signedOn,
      updatedAt: m.agreement.lastUpdated,
    };
    return {
      title: m.nav.agreements,
      sheets: [table],
      csv: table,
      filter: filterLines([
        [m.common.status, labels(query.status, m.enums.agreementStatus)],
        [m.common.type, labels(query.type, m.enums.agreementType)],
        [
          m.agreement.areas,
          (query.area ?? [])
            .map((code) => {
              const area = filterAreas.find((a) => a.code === code);
              return area ? partnerName(area, locale) : code;
            })
            .join(", "),
        ],
        [m.agreement.areaStatus, labels(query.areaStatus, m.enums.areaLinkStatus)],
        [m.common.country, (query.country ?? []).map((code) => `${countryName(code, locale)} (${code})`).join(", ")],
        [m.common.continent, labels(query.continent, m.enums.continent)],
        [x.yearRange, years],
        [m.agreement.quietFilter, query.quiet ? x.yes : null],
        [x.search, query.q ? quoted(query.q, locale) : null],
      ]),
      sort: sortInWords(sortLabels[query.sort], query.dir, texts),
    };
  },
};
