// Listing and searching agreements: every filter of the list screen, applied in the database.

import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import type { TAgreementListQuery } from "../../schemas/agreement";
import { paginated } from "../../schemas/common";
import { today, yearStart } from "../shared/dates";
import { textContains } from "../shared/search";
import { quietAgreementWhere } from "./quiet";

export const agreementListSelect = {
  id: true,
  type: true,
  title: true,
  status: true,
  statusScope: true,
  statusSince: true,
  statusSincePrecision: true,
  signedOn: true,
  signedOnPrecision: true,
  verified: true,
  updatedAt: true,
  partner: { select: { id: true, nameDe: true, nameEn: true, nameLocal: true, countryCode: true, continent: true } },
  areas: { select: { status: true, area: { select: { code: true, nameDe: true, nameEn: true } } } },
} satisfies Prisma.AgreementSelect;

export type AgreementListItem = Prisma.AgreementGetPayload<{ select: typeof agreementListSelect }>;

export function agreementWhere(query: Omit<TAgreementListQuery, "sort" | "dir" | "page" | "pageSize">) {
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
  if (query.country?.length) and.push({ partner: { countryCode: { in: query.country } } });
  if (query.continent?.length) and.push({ partner: { continent: { in: query.continent } } });
  if (query.yearFrom !== undefined) and.push({ signedOn: { gte: yearStart(query.yearFrom) } });
  if (query.yearTo !== undefined) and.push({ signedOn: { lt: yearStart(query.yearTo + 1) } });
  if (query.quiet) and.push(quietAgreementWhere(today()));
  if (query.q) {
    const contains = textContains(query.q);
    and.push({
      OR: [
        { title: contains },
        { notes: contains },
        { partner: { nameDe: contains } },
        { partner: { nameEn: contains } },
        { partner: { nameLocal: contains } },
      ],
    });
  }
  return { AND: and } satisfies Prisma.AgreementWhereInput;
}

function orderBy(query: TAgreementListQuery): Prisma.AgreementOrderByWithRelationInput[] {
  const dir = query.dir;
  const primary: Prisma.AgreementOrderByWithRelationInput =
    query.sort === "partner"
      ? { partner: { nameDe: dir } }
      : query.sort === "partnerEn"
        ? { partner: { nameEn: dir } }
        : query.sort === "signedOn"
          ? { signedOn: { sort: dir, nulls: "last" } }
          : { [query.sort]: dir };
  return [primary, { id: "asc" }];
}

export async function listAgreements(db: Db, query: TAgreementListQuery) {
  const where = agreementWhere(query);
  const [items, total] = await Promise.all([
    db.agreement.findMany({
      where,
      select: agreementListSelect,
      orderBy: orderBy(query),
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.agreement.count({ where }),
  ]);
  return paginated(items, total, query.page, query.pageSize);
}

/** Short entries for select boxes (predecessor, working group's agreement, activity links). */
export function agreementOptions(db: Db) {
  return db.agreement.findMany({
    select: { id: true, title: true, type: true, status: true, partner: { select: { nameDe: true, nameEn: true } } },
    orderBy: [{ title: "asc" }, { id: "asc" }],
  });
}
