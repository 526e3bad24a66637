// People (personal data: editors and admins only) as the list shows them: same filter, same order, every row.

import { personListInputFromSearchParams } from "@/app/people/_components/search-params";
import { hasRole } from "../../auth/roles";
import type { Prisma } from "../../db/generated/client";
import { countryName, partnerName } from "../../i18n/format";
import { PERSON_SIDES, PERSON_SORT_KEYS, type TPersonListQuery, ZPersonListInput } from "../../schemas/person";
import { personWhere } from "../../services/person/list";
import type { ExportTexts } from "../labels";
import { oneOf, strictListQuery } from "../params";
import { type Column, keysetBatches, type SortKey, sheet } from "../table";
import { filterLines, quoted, sortInWords, type TableDataset } from "./common";

const select = {
  id: true,
  name: true,
  role: true,
  organisation: true,
  email: true,
  source: true,
  verified: true,
  notes: true,
  updatedAt: true,
  partner: { select: { nameDe: true, nameEn: true, countryCode: true } },
  _count: { select: { activities: true, workingGroups: true } },
} satisfies Prisma.PersonSelect;

type Row = Prisma.PersonGetPayload<{ select: typeof select }>;
type Where = Prisma.PersonWhereInput;

/** The list's order (server/services/person/list.ts): the sort key, then the name (unless that is the key), the id. */
function sortKeys(query: TPersonListQuery): SortKey<Row, Where>[] {
  const dir = query.dir;
  const as = (where: (f: unknown) => object) => where as (f: unknown) => Where;
  const name = (d: "asc" | "desc"): SortKey<Row, Where> => ({
    dir: d,
    value: (r) => r.name,
    where: as((f) => ({ name: f })),
  });
  const id: SortKey<Row, Where> = { dir: "asc", value: (r) => r.id, where: as((f) => ({ id: f })) };
  switch (query.sort) {
    case "name":
      return [name(dir), id];
    case "organisation":
      return [
        { dir, value: (r) => r.organisation, where: as((f) => ({ organisation: f })), nullsLast: true },
        name("asc"),
        id,
      ];
    default:
      return [{ dir, value: (r) => r.updatedAt, where: as((f) => ({ updatedAt: f })) }, name("asc"), id];
  }
}

function orderBy(query: TPersonListQuery): Prisma.PersonOrderByWithRelationInput[] {
  const dir = query.dir;
  const primary: Prisma.PersonOrderByWithRelationInput =
    query.sort === "organisation" ? { organisation: { sort: dir, nulls: "last" } } : { [query.sort]: dir };
  return query.sort === "name" ? [primary, { id: "asc" }] : [primary, { name: "asc" }, { id: "asc" }];
}

function columns({ m, x }: ExportTexts, locale: "de" | "en", withContact: boolean): Column<Row>[] {
  return [
    { type: "int", header: x.id, width: 8, get: (r) => r.id },
    { type: "text", header: m.common.name, width: 28, get: (r) => r.name },
    { type: "text", header: m.common.role, width: 28, get: (r) => r.role },
    { type: "text", header: m.common.organisation, width: 30, get: (r) => r.organisation },
    {
      type: "text",
      header: m.person.side,
      width: 14,
      get: (r) => (r.partner ? m.person.sidePartner : m.person.sideCologne),
    },
    {
      type: "text",
      header: m.common.partner,
      width: 22,
      get: (r) => (r.partner ? partnerName(r.partner, locale) : null),
    },
    {
      type: "text",
      header: m.common.country,
      width: 18,
      get: (r) => (r.partner ? countryName(r.partner.countryCode, locale) : null),
    },
    // Personal contact data: only ever for editors and admins (the kind needs EDITOR; this is a second lock).
    ...(withContact
      ? [{ type: "text", header: m.person.email, width: 30, get: (r: Row) => r.email } satisfies Column<Row>]
      : []),
    { type: "int", header: x.activityCount, width: 12, get: (r) => r._count.activities },
    { type: "int", header: x.workingGroupCount, width: 12, get: (r) => r._count.workingGroups },
    { type: "bool", header: m.common.verified, width: 10, get: (r) => r.verified },
    { type: "text", header: m.common.source, width: 40, get: (r) => r.source },
    { type: "text", header: m.common.notes, width: 50, get: (r) => r.notes },
    { type: "dateTime", header: m.person.lastUpdated, width: 20, get: (r) => r.updatedAt },
  ];
}

export const peopleDataset: TableDataset<TPersonListQuery> = {
  minRole: "EDITOR",
  stem: "people",
  listPath: "/people",
  parse: (params) =>
    strictListQuery(
      params,
      personListInputFromSearchParams,
      [
        { name: "side", key: "side", expected: oneOf(PERSON_SIDES) },
        { name: "partner", key: "partnerId", expected: "a partner's id" },
        { name: "q", key: "q", expected: "at most 200 characters" },
        { name: "sort", key: "sort", expected: oneOf(PERSON_SORT_KEYS) },
        { name: "dir", key: "dir", expected: "asc or desc" },
      ],
      ZPersonListInput,
    ),

  async build(ctx, query, texts) {
    const { db, locale } = ctx;
    const { m, x } = texts;
    const where = personWhere(query);
    const keys = sortKeys(query);
    const order = orderBy(query);
    const records = (signal?: AbortSignal) =>
      keysetBatches<Row, Where>({
        keys,
        signal,
        batchSize: ctx.batchSize,
        fetch: (after, take) =>
          db.person.findMany({ where: after ? { AND: [where, after] } : where, select, orderBy: order, take }),
      });
    const table = sheet(m.nav.people, columns(texts, locale, hasRole(ctx.actor.role, "EDITOR")), records);

    const partner =
      query.partnerId !== undefined
        ? await db.partner.findUnique({ where: { id: query.partnerId }, select: { nameDe: true, nameEn: true } })
        : null;
    const sortLabels: Record<TPersonListQuery["sort"], string> = {
      name: m.common.name,
      organisation: m.common.organisation,
      updatedAt: m.person.lastUpdated,
    };
    return {
      title: m.nav.people,
      sheets: [table],
      csv: table,
      filter: filterLines([
        [
          m.person.side,
          query.side === "cologne" ? m.person.sideCologne : query.side === "partner" ? m.person.sidePartner : null,
        ],
        [
          m.common.partner,
          query.partnerId === undefined
            ? null
            : `${partner ? partnerName(partner, locale) : "?"} (${x.id} ${query.partnerId})`,
        ],
        [x.search, query.q ? quoted(query.q, locale) : null],
      ]),
      sort: sortInWords(sortLabels[query.sort], query.dir, texts),
    };
  },
};
