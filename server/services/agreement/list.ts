// Listing and searching agreements: every filter of the list screen, applied in the database.

import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { agreementList, type TAgreementListQuery } from "../../lists/agreements";
import { prismaOrderBy } from "../../lists/define";
import { AGREEMENT_FIELDS, AGREEMENT_LIST_FIELDS } from "../../schemas/agreement";
import { countCap, paginated, type TPickerSearchInput } from "../../schemas/common";
import { fieldSelect } from "../../schemas/fields";
import { today, yearStart } from "../shared/dates";
import { relationLoadFor } from "../shared/relation-load";
import { searchIn, textContains } from "../shared/search";
import { seekPage } from "../shared/seek-page";
import { partnerSummary, pick } from "../shared/select";
import { attentionWhere } from "./attention";
import { inForceWhere } from "./in-force";
import { quietAgreementWhere } from "./quiet";
import { validUntilWhere } from "./valid-until";

export const agreementListSelect = {
  ...pick("id", "type", "title", "status", "statusScope", "statusSince", "statusSincePrecision"),
  ...fieldSelect(AGREEMENT_FIELDS, AGREEMENT_LIST_FIELDS),
  verified: true,
  updatedAt: true,
  /** The version shown, sent with a bulk change of the row (a row changed since is a conflict). */
  version: true,
  partner: { select: { ...partnerSummary, continent: true } },
  areas: { select: { status: true, area: { select: { code: true, nameDe: true, nameEn: true } } } },
} satisfies Prisma.AgreementSelect;

export type AgreementListItem = Prisma.AgreementGetPayload<{ select: typeof agreementListSelect }>;

/**
 * `searchPartnerIds`: the partners whose names contain the search text, found beforehand (searchPartnerIds()).
 * Given, the search becomes title/notes/partnerId conditions on Agreement alone, which PostgreSQL answers from the
 * trigram and partnerId indexes (a BitmapOr); without it, a join to Partner that reads every agreement.
 */
export function agreementWhere(
  query: Omit<TAgreementListQuery, "sort" | "dir" | "page" | "pageSize">,
  searchPartnerIds?: readonly number[] | null,
) {
  const and: Prisma.AgreementWhereInput[] = [];
  if (query.status?.length) and.push({ status: { in: query.status } });
  if (query.type?.length) and.push({ type: { in: query.type } });
  if (query.area?.length || query.areaStatus?.length) {
    // One link must match both, so "Economy, planned" does not match an agreement planned in culture.
    and.push({
      areas: {
        some: {
          ...(query.area?.length ? { area: { code: { in: query.area } } } : {}),
          ...(query.areaStatus?.length ? { status: { in: query.areaStatus } } : {}),
        },
      },
    });
  }
  // The partner's place as copied onto the agreement by the database: no lookup of each agreement's partner.
  if (query.country?.length) and.push({ partnerCountryCode: { in: query.country } });
  if (query.continent?.length) and.push({ partnerContinent: { in: query.continent } });
  if (query.yearFrom !== undefined) and.push({ signedOn: { gte: yearStart(query.yearFrom) } });
  if (query.yearTo !== undefined) and.push({ signedOn: { lt: yearStart(query.yearTo + 1) } });
  if (query.quiet) and.push(quietAgreementWhere(today()));
  if (query.inForce) and.push(inForceWhere(today()));
  if (query.attention) and.push(attentionWhere(today()));
  if (query.validUntil) and.push(validUntilWhere(query.validUntil, today()));
  if (query.q) {
    const contains = textContains(query.q);
    and.push({
      OR: [
        { title: contains },
        { notes: contains },
        // The text layer of an attached PDF (not of a restricted one: its words are for editors only).
        { documents: { some: { restricted: false, text: contains } } },
        searchPartnerIds
          ? { partnerId: { in: [...searchPartnerIds] } }
          : // One relation filter with the three names: Prisma joins Partner once (three filters joined it thrice).
            { partner: { OR: [{ nameDe: contains }, { nameEn: contains }, { nameLocal: contains }] } },
      ],
    });
  }
  return { AND: and } satisfies Prisma.AgreementWhereInput;
}

function orderBy(query: TAgreementListQuery) {
  return prismaOrderBy(agreementList.order(query)) as Prisma.AgreementOrderByWithRelationInput[];
}

/** Above this many matching partners the search keeps the join (a long IN list would cost more than it saves). */
const SEARCH_PARTNER_LIMIT = 500;

/**
 * The ids of the partners whose names contain `text` (as textContains matches: any case, % and _ literal), or null
 * when the text is too short for the trigram indexes (under 3 characters) or matches over SEARCH_PARTNER_LIMIT.
 */
export async function searchPartnerIds(db: Db, text: string | undefined): Promise<number[] | null> {
  if (!text || [...text].length < 3) return null;
  const pattern = `%${textContains(text).contains}%`;
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM "Partner"
    WHERE "nameDe" ILIKE ${pattern} OR "nameEn" ILIKE ${pattern} OR "nameLocal" ILIKE ${pattern}
    LIMIT ${SEARCH_PARTNER_LIMIT + 1}`;
  return rows.length > SEARCH_PARTNER_LIMIT ? null : rows.map((row) => row.id);
}

/** The orders an index reads the agreements in (signedOn both ways with NULLS LAST, title): see relationLoadFor. */
const INDEX_ORDERED_SORTS: ReadonlySet<TAgreementListQuery["sort"]> = new Set(["signedOn", "title"]);

export async function listAgreements(db: Db, query: TAgreementListQuery) {
  const where = agreementWhere(query, await searchPartnerIds(db, query.q));
  const order = orderBy(query);
  const indexOrdered = INDEX_ORDERED_SORTS.has(query.sort);
  // A deep page seeks from a known page boundary instead of skipping rows (server/services/shared/seek-page.ts).
  const { items, skip, fromPage } = await seekPage({
    db,
    key: `agreement.list ${JSON.stringify({ ...query, page: undefined })}`,
    fields: agreementList.order(query),
    where: where as Prisma.AgreementWhereInput,
    page: query.page,
    pageSize: query.pageSize,
    keysFirst: indexOrdered,
    readRows: (page) =>
      db.agreement.findMany({
        ...page,
        select: agreementListSelect,
        orderBy: order,
        relationLoadStrategy: relationLoadFor({ skip: page.skip, indexOrdered }),
      }),
    readKeys: (page) => db.agreement.findMany({ ...page, orderBy: order }) as never,
  });
  // A page that is not full is the last one: the total is known without counting (small results, last pages).
  if (items.length < query.pageSize && (items.length > 0 || query.page === 1)) {
    return paginated(items, skip + items.length, query.page, query.pageSize);
  }
  const cap = query.exactTotal ? null : countCap(query.page, query.pageSize);
  // Counts up to cap + 1 rows: "more than cap" is all a list needs to know beyond that. A page sought by its
  // boundary counts from its first row on: the rows before it are `skip`.
  const before = fromPage ? skip : 0;
  const counted =
    before +
    (await db.agreement.count({
      where: fromPage ?? where,
      ...(cap === null ? {} : { take: cap + 1 - before }),
    }));
  return cap !== null && counted > cap
    ? paginated(items, cap, query.page, query.pageSize, true)
    : paginated(items, counted, query.page, query.pageSize);
}

/** Short entries for select boxes (predecessor, working group's agreement, activity links). */
export function agreementOptions(db: Db) {
  return db.agreement.findMany({
    select: { id: true, title: true, type: true, status: true, partner: { select: { nameDe: true, nameEn: true } } },
    orderBy: [{ title: "asc" }, { id: "asc" }],
  });
}

/** How many partners matching a picker's text are looked at for their agreements (a short text matches many). */
const SEARCH_PARTNERS = 1_000;

/**
 * The agreements a picker offers for a typed text: those whose title, or whose partner's name in any language or
 * script, contains it, the first `limit` by title. The partners are found first (their trigram indexes), then the
 * agreements by title (its trigram index) or by those partners: one condition across the join would look at every
 * agreement's partner (240 ms for a text that matches nothing at 10,000 agreements; see docs/PERFORMANCE.md).
 */
export async function searchAgreements(db: Db, input: TPickerSearchInput) {
  const select = {
    id: true,
    title: true,
    type: true,
    status: true,
    partner: { select: { nameDe: true, nameEn: true } },
  } as const;
  const orderBy = [{ title: "asc" as const }, { id: "asc" as const }];
  if (!input.q) return db.agreement.findMany({ select, orderBy, take: input.limit });
  const partners = await db.partner.findMany({
    where: searchIn(input.q, ["nameDe", "nameEn", "nameLocal"]),
    select: { id: true },
    take: SEARCH_PARTNERS,
  });
  return db.agreement.findMany({
    where: { OR: [{ title: textContains(input.q) }, { partnerId: { in: partners.map((partner) => partner.id) } }] },
    select,
    orderBy,
    take: input.limit,
  });
}
