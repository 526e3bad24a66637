// Finding the records a row names: a partner by its number or by a name in any of its languages and its country,
// an agreement by its number or its title. A name that fits several records is refused, never guessed.
import type { Prisma } from "../../db/generated/client";
import type { Tx } from "../../db/prisma";
import { COUNTRY_NAMES } from "../../i18n/country-names";
import { COUNTRY_CODES } from "../../schemas/country";
import type { Reason } from "./plan";
import { normalName } from "./values";

export interface PartnerRef {
  id: number;
  nameDe: string;
  nameEn: string;
  nameLocal: string | null;
  countryCode: string;
}

export interface PartnerIndex {
  byId: Map<number, PartnerRef>;
  byName: Map<string, PartnerRef[]>;
}

/** A partner's names, normalised (German, English, local). */
export function partnerNames(partner: { nameDe: string; nameEn: string; nameLocal?: string | null }): string[] {
  return [
    ...new Set([partner.nameDe, partner.nameEn, partner.nameLocal].filter(Boolean).map((n) => normalName(n as string))),
  ];
}

/** Every partner by each of its names. */
export async function partnerIndex(tx: Tx): Promise<PartnerIndex> {
  const partners: PartnerRef[] = await tx.partner.findMany({
    select: { id: true, nameDe: true, nameEn: true, nameLocal: true, countryCode: true },
  });
  const byName = new Map<string, PartnerRef[]>();
  for (const partner of partners) {
    for (const name of partnerNames(partner)) {
      const list = byName.get(name) ?? [];
      list.push(partner);
      byName.set(name, list);
    }
  }
  return { byName, byId: new Map(partners.map((partner) => [partner.id, partner])) };
}

const COUNTRIES = new Map<string, string>();
for (const code of COUNTRY_CODES) {
  COUNTRIES.set(normalName(code), code);
  for (const name of COUNTRY_NAMES[code] ?? []) COUNTRIES.set(normalName(name), code);
}

/** A country by its code or its German or English name ("FR", "Frankreich", "France"); "" for an empty cell. */
export function countryOf(text: string): string | null {
  if (text.trim() === "") return "";
  return COUNTRIES.get(normalName(text)) ?? null;
}

/**
 * The partner a cell names (its number, or a name in any language, within the country if one is given). A name that
 * fits several partners is refused, unless the record refers to one of them already (`current`): then the cell
 * names what the record holds (an export of a record whose partner shares its name with another one).
 */
export function matchPartner(
  index: PartnerIndex,
  text: string,
  country: string,
  current: number | null = null,
): { id: number } | Reason {
  const byId = /^\d+$/.test(text) ? index.byId.get(Number(text)) : undefined;
  const named = byId
    ? [byId]
    : (index.byName.get(normalName(text)) ?? []).filter((p) => country === "" || p.countryCode === country);
  return oneOf(named, current, {
    unknown: {
      key: country ? "dataImport.reasons.unknownPartnerIn" : "dataImport.reasons.unknownPartner",
      params: { name: text, country },
    },
    ambiguous: { key: "dataImport.reasons.ambiguousPartner", params: { name: text } },
  });
}

/**
 * The one record among those a cell names: none is `unknown`, several are `ambiguous` (with their count and ids),
 * unless the record refers to one of them already (`current`), which the cell then names.
 */
function oneOf(
  named: readonly { id: number }[],
  current: number | null,
  reasons: { unknown: Reason; ambiguous: Reason },
): { id: number } | Reason {
  if (named.length > 1 && current !== null && named.some((record) => record.id === current)) return { id: current };
  if (named.length === 0) return reasons.unknown;
  if (named.length > 1) {
    const ids = named.map((record) => record.id).join(", ");
    return { ...reasons.ambiguous, params: { ...reasons.ambiguous.params, count: named.length, ids } };
  }
  return { id: (named[0] as { id: number }).id };
}

export interface PersonIndex {
  byId: Map<number, { id: number }>;
  byName: Map<string, { id: number }[]>;
}

/** The people a row may name (e.g. not erased, of the Cologne side), by id and by name. */
export async function personIndex(tx: Tx, where: Prisma.PersonWhereInput): Promise<PersonIndex> {
  const people = await tx.person.findMany({ where, select: { id: true, name: true }, orderBy: { id: "asc" } });
  const byName = new Map<string, { id: number }[]>();
  for (const person of people) {
    const key = normalName(person.name);
    byName.set(key, [...(byName.get(key) ?? []), { id: person.id }]);
  }
  return { byId: new Map(people.map((person) => [person.id, { id: person.id }])), byName };
}

/**
 * Reads a person cell into `after[field]`: the person it names by number or by name (several of that name refused,
 * unless the record names one of them already); an empty cell is none.
 */
export function readPersonCell(index: PersonIndex, text: string, field: string, after: Record<string, unknown>) {
  if (text === "") {
    after[field] = null;
    return null;
  }
  const byId = /^\d+$/.test(text) ? index.byId.get(Number(text)) : undefined;
  const match = oneOf(byId ? [byId] : (index.byName.get(normalName(text)) ?? []), (after[field] as number) ?? null, {
    unknown: { key: "dataImport.reasons.unknownPerson", params: { name: text } },
    ambiguous: { key: "dataImport.reasons.ambiguousPerson", params: { name: text } },
  });
  if ("key" in match) return match;
  after[field] = match.id;
  return null;
}

/**
 * Reads a partner cell into the row's partnerId: the partner it names (matchPartner, within `country`), or for an
 * empty cell none (`emptyIsNone`: a person of the Cologne side, an activity without a partner) or the record's own.
 */
export function readPartnerCell(
  index: PartnerIndex,
  text: string,
  country: string,
  after: Record<string, unknown>,
  emptyIsNone: boolean,
): Reason | null {
  if (text === "") {
    if (emptyIsNone) after.partnerId = null;
    return null;
  }
  const match = matchPartner(index, text, country, (after.partnerId as number | null | undefined) ?? null);
  if ("key" in match) return match;
  after.partnerId = match.id;
  return null;
}

/** Every agreement by its title (normalised), to find the agreements a row names. */
export async function agreementIndex(tx: Tx): Promise<{ ids: Set<number>; byTitle: Map<string, number[]> }> {
  const agreements = await tx.agreement.findMany({ select: { id: true, title: true } });
  const byTitle = new Map<string, number[]>();
  for (const agreement of agreements) {
    const key = normalName(agreement.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), agreement.id]);
  }
  return { ids: new Set(agreements.map((agreement) => agreement.id)), byTitle };
}

/** The agreements a cell names, separated by ";": each by its number or its title; ids sorted. */
export function matchAgreements(
  index: Awaited<ReturnType<typeof agreementIndex>>,
  text: string,
): { ids: number[] } | Reason {
  const ids = new Set<number>();
  for (const part of text
    .split(";")
    .map((item) => item.trim())
    .filter(Boolean)) {
    if (/^\d+$/.test(part) && index.ids.has(Number(part))) {
      ids.add(Number(part));
      continue;
    }
    const named = index.byTitle.get(normalName(part)) ?? [];
    if (named.length === 0) return { key: "dataImport.reasons.unknownAgreement", params: { name: part } };
    if (named.length > 1) {
      return { key: "dataImport.reasons.ambiguousAgreement", params: { name: part, ids: named.join(", ") } };
    }
    ids.add(named[0] as number);
  }
  return { ids: [...ids].sort((a, b) => a - b) };
}

/** Reads an agreement cell (its number or title, exactly one) into `after.agreementId`; an empty cell keeps it. */
export function readAgreementCell(
  index: Awaited<ReturnType<typeof agreementIndex>>,
  text: string,
  after: Record<string, unknown>,
): Reason | null {
  if (text === "") return null;
  const match = matchAgreements(index, text);
  if ("key" in match) return match;
  if (match.ids.length !== 1) return { key: "dataImport.reasons.oneAgreement", params: { value: text } };
  after.agreementId = match.ids[0] as number;
  return null;
}
