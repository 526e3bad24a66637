// Listing and searching people, and the select-box options.

import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { personList, type TPersonListQuery } from "../../lists/people";
import type { TPersonSearchInput } from "../../schemas/person";
import { listPage } from "../shared/records";
import { allOf, searchIn } from "../shared/search";
import { pick } from "../shared/select";

export const personListSelect = {
  ...pick("id", "version", "name", "role", "organisation", "email", "verified", "updatedAt"),
  partner: { select: { id: true, nameDe: true, nameEn: true, countryCode: true } },
  _count: { select: { activities: true, workingGroups: true } },
} satisfies Prisma.PersonSelect;

export type PersonListItem = Prisma.PersonGetPayload<{ select: typeof personListSelect }>;

export function personWhere(query: Omit<TPersonListQuery, "sort" | "dir" | "page" | "pageSize">) {
  return allOf<Prisma.PersonWhereInput>([
    query.partnerId !== undefined && { partnerId: query.partnerId },
    query.side === "cologne" && { partnerId: null },
    query.side === "partner" && { partnerId: { not: null } },
    searchIn(query.q, ["name", "role", "organisation", "notes"]),
  ]);
}

export function listPeople(db: Db, query: TPersonListQuery) {
  return listPage(personList, query, db.person, personWhere(query), personListSelect);
}

/** A person as a select box and a picker offer them, by name. */
const personOption = pick("id", "name", "organisation", "partnerId");
const BY_NAME: Prisma.PersonOrderByWithRelationInput[] = [{ name: "asc" }, { id: "asc" }];

/**
 * Short entries for select boxes (participants, members, leads). partnerId tells the Cologne side (null) from a
 * partner's side, e.g. for a working group's two leads.
 */
export function personOptions(db: Db) {
  return db.person.findMany({ select: personOption, orderBy: BY_NAME });
}

/**
 * The people a picker offers for a typed text: those whose name or organisation contains it (trigram index on the
 * name), of one side if `side` says so, the first `limit` by name.
 */
export function searchPeople(db: Db, input: TPersonSearchInput) {
  return db.person.findMany({
    where: allOf<Prisma.PersonWhereInput>([
      searchIn(input.q, ["name", "organisation"]),
      input.side && { partnerId: input.side === "cologne" ? null : { not: null } },
    ]),
    select: personOption,
    orderBy: BY_NAME,
    take: input.limit,
  });
}
