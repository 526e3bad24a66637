// Agreements as the list shows them (same filter, same order), every matching row, with all their dates.

import { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import type { AgreementStatus, AgreementType, AreaLinkStatus, Continent, DatePrecision } from "../../domain/enums";
import { countryName, fmt, partnerName } from "../../i18n/format";
import { agreementList, type TAgreementListQuery } from "../../lists/agreements";
import {
  AGREEMENT_FIELD_NAMES,
  AGREEMENT_FIELDS,
  type AgreementDateField,
  type AgreementTextField,
} from "../../schemas/agreement";
import { fieldSelect } from "../../schemas/fields";
import { agreementWhere, searchPartnerIds } from "../../services/agreement/list";
import type { ExportTexts } from "../labels";
import { type Column, readAhead, sheet } from "../table";
import {
  type AreaNames,
  areaNames,
  fieldTableColumns,
  filterLines,
  labels,
  listRecords,
  listTableDataset,
  oneSheet,
  partialDateColumns,
  quoted,
  recordColumns,
  sortInWords,
} from "./common";

/**
 * An agreement's export row as PostgreSQL builds it (detailRows): one JSON object per agreement, keyed by these names,
 * with dates as "YYYY-MM-DD" and the last change in milliseconds. Read with one SQL query per batch: Prisma's nested
 * selects (partner, predecessor, areas: four queries and their mapping) took twice the CPU time for 100,000.
 */
interface RowJson extends FieldJson {
  id: number;
  version: number;
  type: AgreementType;
  title: string;
  status: AgreementStatus;
  statusScope: string | null;
  statusSince: string | null;
  statusSincePrecision: DatePrecision;
  source: string | null;
  verified: boolean;
  notes: string | null;
  updatedAt: number;
  partnerNameDe: string;
  partnerNameEn: string;
  partnerNameLocal: string | null;
  countryCode: string;
  continent: Continent;
  predecessorTitle: string | null;
  /** "areaId:STATUS" per linked cooperation area, comma-separated. */
  areas: string | null;
}

/** The agreement's plain fields (AGREEMENT_FIELDS) as JSON gives them: texts, and dates with their precision. */
type FieldJson = Record<AgreementTextField | AgreementDateField, string | null> &
  Record<`${AgreementDateField}Precision`, DatePrecision>;

const DATE_FIELDS = AGREEMENT_FIELD_NAMES.filter(
  (name): name is AgreementDateField => AGREEMENT_FIELDS[name].kind === "partialDate",
);

/** Each field of RowJson and the SQL that gives it: the names are checked against RowJson by the type. */
const ROW_SQL: Readonly<Record<keyof RowJson, string>> = {
  id: "a.id",
  version: "a.version",
  type: "a.type",
  title: "a.title",
  status: "a.status",
  statusScope: 'a."statusScope"',
  statusSince: 'a."statusSince"',
  statusSincePrecision: 'a."statusSincePrecision"',
  // Each plain field (and a date's precision) is the agreement's column of that name.
  ...(Object.fromEntries(
    Object.keys(fieldSelect(AGREEMENT_FIELDS)).map((column) => [column, `a."${column}"`]),
  ) as Record<keyof FieldJson, string>),
  source: "a.source",
  verified: "a.verified",
  notes: "a.notes",
  updatedAt: '(extract(epoch FROM a."updatedAt") * 1000)::bigint',
  partnerNameDe: 'p."nameDe"',
  partnerNameEn: 'p."nameEn"',
  partnerNameLocal: 'p."nameLocal"',
  countryCode: 'p."countryCode"',
  continent: "p.continent",
  predecessorTitle: "pr.title",
  areas: `(SELECT string_agg(aa."areaId"::text || ':' || aa.status::text, ',') FROM "AgreementArea" aa
      WHERE aa."agreementId" = a.id)`,
};

/** json_build_object('id', a.id, 'type', a.type, …): fixed text from ROW_SQL, no input in it. */
const ROW_OBJECT = Prisma.raw(
  `json_build_object(${Object.entries(ROW_SQL)
    .map(([name, sql]) => `'${name}', ${sql}`)
    .join(", ")})::text`,
);

/** An agreement as the export's columns read it: RowJson with its dates as Dates and its areas as a list. */
type Row = Omit<RowJson, DayField | "updatedAt" | "areas"> &
  Record<DayField, Date | null> & { updatedAt: Date; areas: string[] | null };
type DayField = "statusSince" | AgreementDateField;

/** A calendar day as JSON gives it ("2024-03-01", or null) → UTC midnight, as Prisma reads a DATE column. */
function day(value: string | null): Date | null {
  return typeof value === "string" ? new Date(`${value}T00:00:00Z`) : null;
}

/** One row of detailRows (its JSON text), read by name. */
function rowFromJson(json: string): Row {
  const v = JSON.parse(json) as RowJson;
  const row = v as unknown as Row;
  row.statusSince = day(v.statusSince);
  for (const name of DATE_FIELDS) row[name] = day(v[name]);
  row.updatedAt = new Date(v.updatedAt);
  row.areas = v.areas === null ? null : v.areas.split(",");
  return row;
}

/** An int[] parameter as PostgreSQL's text form ("{1,2,3}"): node-postgres builds it by appending element by element. */
function intArray(values: readonly number[]): string {
  return `{${values.join(",")}}`;
}

/**
 * The rows of the given agreements, in the order of `ids` (an agreement deleted since its id was read is left out),
 * each as one JSON object (text) that rowFromJson reads when the row is written. The partners' ids are passed too:
 * with them PostgreSQL looks the partners up by their key instead of hashing the whole partner table every batch.
 * The areas come as one text ("12:ACTIVE,3:PLANNED"): turning an array into JSON cost PostgreSQL more than all the
 * rest of the row.
 *
 * Prisma's mapping of a raw query's rows (a typed value per cell, then an object per row) cost twice the CPU time;
 * and a batch of parsed rows waiting to be written outlived the young generation and was promoted, while a row's
 * text is one small object. Dates come as "YYYY-MM-DD", the last change as milliseconds (exact for timestamptz(3)).
 */
async function detailRows(db: Db, ids: readonly number[], partnerIds: readonly number[]): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: number; row: string }[]>`
    SELECT a.id, ${ROW_OBJECT} AS row
    FROM "Agreement" a
    JOIN "Partner" p ON p.id = a."partnerId" AND p.id = ANY(${intArray(partnerIds)}::int[])
    LEFT JOIN "Agreement" pr ON pr.id = a."predecessorId"
    WHERE a.id = ANY(${intArray(ids)}::int[])`;
  // In the list's order (sorting in SQL by the ids' positions cost PostgreSQL a lookup per row instead of a scan).
  const position = new Map<number, number>();
  for (let index = 0; index < ids.length; index++) position.set(ids[index] as number, index);
  const ordered: (string | undefined)[] = new Array(ids.length).fill(undefined);
  for (const { id, row } of rows) {
    const index = position.get(id);
    if (index !== undefined) ordered[index] = row;
  }
  return rows.length === ids.length ? (ordered as string[]) : ordered.filter((row) => row !== undefined);
}

/**
 * What the keyset needs of a row: the id, the partner (for detailRows) and the sort key, read by Prisma with the
 * list's filter and order. Only the sort key in use is read (a title is long; the other fields are not needed).
 */
function keySelect(sort: TAgreementListQuery["sort"]) {
  const base = { id: true, partnerId: true } as const;
  switch (sort) {
    case "partner":
    case "partnerEn":
      return { ...base, partner: { select: { nameDe: true, nameEn: true } } } satisfies Prisma.AgreementSelect;
    default:
      return { ...base, [sort]: true } as typeof base & Partial<Record<typeof sort, true>>;
  }
}
type KeyRow = { id: number; partnerId: number } & Partial<
  Pick<
    Prisma.AgreementGetPayload<{ select: { title: true; type: true; status: true; signedOn: true; updatedAt: true } }>,
    "title" | "type" | "status" | "signedOn" | "updatedAt"
  >
> & { partner?: { nameDe: string; nameEn: string } };
type Where = Prisma.AgreementWhereInput;

/**
 * Agreements per read, by format: a batch should be written before V8's young generation fills twice, or it piles up
 * as old garbage (docs/PERFORMANCE.md, "Exports").
 */
export const AGREEMENT_BATCH_SIZES = { csv: 2500, xlsx: 500 } as const;

/** "12:ACTIVE" → { areaId: 12, status: "ACTIVE" }. */
function parseAreaLinks(links: string[] | null): { areaId: number; status: AreaLinkStatus }[] {
  return (links ?? []).map((link) => {
    const [id, status] = link.split(":");
    return { areaId: Number(id), status: status as AreaLinkStatus };
  });
}

function columns(texts: ExportTexts, locale: "de" | "en", areas: AreaNames): Column<Row>[] {
  const { m } = texts;
  return recordColumns<Row>(texts, { lastUpdated: m.agreement.lastUpdated }, [
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
    { type: "text", header: m.common.country, width: 20, get: (r) => countryName(r.countryCode, locale) },
    { type: "text", header: m.partner.countryCode, width: 10, get: (r) => r.countryCode },
    { type: "text", header: m.common.continent, width: 20, get: (r) => m.enums.continent[r.continent] },
    {
      type: "text",
      header: m.agreement.areas,
      width: 40,
      get: (r) =>
        areas.list(parseAreaLinks(r.areas), (link, name) => `${name} (${m.enums.areaLinkStatus[link.status]})`),
    },
    ...fieldTableColumns<Row>(AGREEMENT_FIELDS, AGREEMENT_FIELD_NAMES, texts),
    { type: "text", header: m.agreement.predecessor, width: 30, get: (r) => r.predecessorTitle },
  ]);
}

export const agreementsDataset = listTableDataset(agreementList, {
  minRole: "VIEWER",
  stem: "agreements",
  async build(ctx, query, texts) {
    const { db, locale } = ctx;
    const { m, x } = texts;
    const where = agreementWhere(query, await searchPartnerIds(db, query.q));
    const select = keySelect(query.sort);
    const batchSize = ctx.batchSize ?? (ctx.format === "xlsx" ? AGREEMENT_BATCH_SIZES.xlsx : AGREEMENT_BATCH_SIZES.csv);
    const keyBatches = listRecords<KeyRow, Where>(
      ctx,
      agreementList.order(query),
      where,
      (args) => db.agreement.findMany({ ...args, select }),
      batchSize,
    );
    async function* records(signal?: AbortSignal): AsyncGenerator<string[]> {
      // The next batch's keys are read while this batch's details are (readAhead).
      const batches = readAhead(keyBatches(signal));
      for await (const batch of batches) {
        const ids = batch.map((row) => row.id);
        const partnerIds = [...new Set(batch.map((row) => row.partnerId))];
        yield await detailRows(db, ids, partnerIds);
      }
    }
    const table = sheet(m.nav.agreements, columns(texts, locale, await areaNames(db, locale)), records, rowFromJson);

    const filterAreas = query.area?.length
      ? await db.cooperationArea.findMany({
          where: { code: { in: query.area } },
          select: { code: true, nameDe: true, nameEn: true },
        })
      : [];
    const years =
      query.yearFrom !== undefined || query.yearTo !== undefined
        ? [
            query.yearFrom !== undefined ? fmt(x.yearFrom, { year: query.yearFrom }, locale) : "",
            query.yearTo !== undefined ? fmt(x.yearTo, { year: query.yearTo }, locale) : "",
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
      validUntil: m.agreement.validUntil,
      updatedAt: m.agreement.lastUpdated,
    };
    return oneSheet(
      table,
      m.nav.agreements,
      filterLines([
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
        [m.attention.inForceFilter, query.inForce ? x.yes : null],
        [m.attention.attentionFilter, query.attention ? x.yes : null],
        [m.agreement.validUntil, query.validUntil ? m.agenda.validUntilFilter[query.validUntil] : null],
        [x.search, query.q ? quoted(query.q, locale) : null],
      ]),
      sortInWords(sortLabels[query.sort], query.dir, texts),
    );
  },
});
