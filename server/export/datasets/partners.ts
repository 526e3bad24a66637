// Partners (cities, regions, districts) as the list shows them: same filter, same order, every row.

import { partnerListInputFromSearchParams } from "@/app/partners/_components/search-params";
import type { Prisma } from "../../db/generated/client";
import { AGREEMENT_STATUSES, CONTINENTS, PARTNER_KINDS } from "../../domain/enums";
import { countryName } from "../../i18n/format";
import { PARTNER_SORT_KEYS, type TPartnerListQuery, ZPartnerListInput } from "../../schemas/partner";
import { partnerWhere } from "../../services/partner/list";
import type { ExportTexts } from "../labels";
import { oneOf, strictListQuery } from "../params";
import { type Column, keysetBatches, type SortKey, sheet } from "../table";
import { filterLines, labels, quoted, sortInWords, type TableDataset } from "./common";

const select = {
  id: true,
  nameDe: true,
  nameEn: true,
  nameLocal: true,
  countryCode: true,
  continent: true,
  kind: true,
  website: true,
  source: true,
  verified: true,
  notes: true,
  updatedAt: true,
  agreements: { select: { status: true } },
} satisfies Prisma.PartnerSelect;

type Row = Prisma.PartnerGetPayload<{ select: typeof select }>;
type Where = Prisma.PartnerWhereInput;

/** The list's order (server/services/partner/list.ts): the sort key, then the German name (unless that is it), the id. */
function sortKeys(query: TPartnerListQuery): SortKey<Row, Where>[] {
  const dir = query.dir;
  const as = (where: (f: unknown) => object) => where as (f: unknown) => Where;
  const primary: Record<TPartnerListQuery["sort"], SortKey<Row, Where>> = {
    nameDe: { dir, value: (r) => r.nameDe, where: as((f) => ({ nameDe: f })) },
    nameEn: { dir, value: (r) => r.nameEn, where: as((f) => ({ nameEn: f })) },
    countryCode: { dir, value: (r) => r.countryCode, where: as((f) => ({ countryCode: f })) },
    continent: { dir, value: (r) => r.continent, where: as((f) => ({ continent: f })), enumValues: CONTINENTS },
    updatedAt: { dir, value: (r) => r.updatedAt, where: as((f) => ({ updatedAt: f })) },
  };
  const id: SortKey<Row, Where> = { dir: "asc", value: (r) => r.id, where: as((f) => ({ id: f })) };
  return query.sort === "nameDe"
    ? [primary.nameDe, id]
    : [primary[query.sort], { dir: "asc", value: (r) => r.nameDe, where: as((f) => ({ nameDe: f })) }, id];
}

function orderBy(query: TPartnerListQuery): Prisma.PartnerOrderByWithRelationInput[] {
  const primary: Prisma.PartnerOrderByWithRelationInput = { [query.sort]: query.dir };
  return query.sort === "nameDe" ? [primary, { id: "asc" }] : [primary, { nameDe: "asc" }, { id: "asc" }];
}

function columns({ m, x }: ExportTexts, locale: "de" | "en"): Column<Row>[] {
  return [
    { type: "int", header: x.id, width: 8, get: (r) => r.id },
    { type: "text", header: m.partner.nameDe, width: 24, get: (r) => r.nameDe },
    { type: "text", header: m.partner.nameEn, width: 24, get: (r) => r.nameEn },
    { type: "text", header: m.partner.nameLocal, width: 24, get: (r) => r.nameLocal },
    { type: "text", header: m.partner.countryCode, width: 10, get: (r) => r.countryCode },
    { type: "text", header: m.common.country, width: 20, get: (r) => countryName(r.countryCode, locale) },
    { type: "text", header: m.common.continent, width: 20, get: (r) => m.enums.continent[r.continent] },
    { type: "text", header: m.partner.kind, width: 10, get: (r) => m.enums.partnerKind[r.kind] },
    { type: "text", header: m.partner.website, width: 30, get: (r) => r.website },
    { type: "int", header: x.agreementCount, width: 12, get: (r) => r.agreements.length },
    {
      type: "text",
      header: m.partner.agreementStatuses,
      width: 30,
      get: (r) =>
        AGREEMENT_STATUSES.flatMap((status) => {
          const count = r.agreements.filter((agreement) => agreement.status === status).length;
          return count ? [`${m.enums.agreementStatus[status]}: ${count}`] : [];
        }).join("; "),
    },
    { type: "bool", header: m.common.verified, width: 10, get: (r) => r.verified },
    { type: "text", header: m.common.source, width: 40, get: (r) => r.source },
    { type: "text", header: m.common.notes, width: 50, get: (r) => r.notes },
    { type: "dateTime", header: m.partner.lastUpdated, width: 20, get: (r) => r.updatedAt },
  ];
}

export const partnersDataset: TableDataset<TPartnerListQuery> = {
  minRole: "VIEWER",
  stem: "partners",
  listPath: "/partners",
  parse: (params, locale) =>
    strictListQuery(
      params,
      (p) => partnerListInputFromSearchParams(p, locale),
      [
        { name: "continent", key: "continent", many: true, expected: oneOf(CONTINENTS) },
        { name: "country", key: "country", many: true, expected: "a two-letter country code" },
        { name: "kind", key: "kind", expected: oneOf(PARTNER_KINDS) },
        { name: "q", key: "q", expected: "at most 200 characters" },
        { name: "sort", key: "sort", expected: oneOf(PARTNER_SORT_KEYS) },
        { name: "dir", key: "dir", expected: "asc or desc" },
      ],
      ZPartnerListInput,
    ),

  async build(ctx, query, texts) {
    const { db, locale } = ctx;
    const { m, x } = texts;
    const where = partnerWhere(query);
    const keys = sortKeys(query);
    const order = orderBy(query);
    const records = (signal?: AbortSignal) =>
      keysetBatches<Row, Where>({
        keys,
        signal,
        batchSize: ctx.batchSize,
        fetch: (after, take) =>
          db.partner.findMany({ where: after ? { AND: [where, after] } : where, select, orderBy: order, take }),
      });
    const table = sheet(m.nav.partners, columns(texts, locale), records);
    const sortLabels: Record<TPartnerListQuery["sort"], string> = {
      nameDe: m.partner.nameDe,
      nameEn: m.partner.nameEn,
      countryCode: m.partner.countryCode,
      continent: m.common.continent,
      updatedAt: m.partner.lastUpdated,
    };
    return {
      title: m.nav.partners,
      sheets: [table],
      csv: table,
      filter: filterLines([
        [m.common.continent, labels(query.continent, m.enums.continent)],
        [m.common.country, (query.country ?? []).map((code) => `${countryName(code, locale)} (${code})`).join(", ")],
        [m.partner.kind, query.kind ? m.enums.partnerKind[query.kind] : null],
        [x.search, query.q ? quoted(query.q, locale) : null],
      ]),
      sort: sortInWords(sortLabels[query.sort], query.dir, texts),
    };
  },
};
