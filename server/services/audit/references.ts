// The records an audit event's changed fields point to, by name: "Partner: Chongqing", not "Partner: 29". Events
// keep ids (names change, ids do not); the names are looked up when the trail is read, in one query per kind.
import type { Db } from "../../db/prisma";

export type ReferenceKind = "PARTNER" | "AGREEMENT" | "PERSON" | "WORKING_GROUP" | "MILESTONE" | "ACTIVITY" | "AREA";

/** A referenced record's name in both languages (most records have one name; partners and areas have two). */
export type ReferenceName = { de: string; en: string };
/** Names by reference key ("PARTNER:29", "AREA:ECONOMY"). */
export type ReferenceNames = Record<string, ReferenceName>;

/** Fields whose value is the id of another record, or a list of them. */
export const REFERENCE_FIELDS: Readonly<Record<string, ReferenceKind>> = {
  partnerId: "PARTNER",
  predecessorId: "AGREEMENT",
  agreementId: "AGREEMENT",
  agreementIds: "AGREEMENT",
  leadCologneId: "PERSON",
  leadPartnerId: "PERSON",
  ownerPersonId: "PERSON",
  workingGroupId: "WORKING_GROUP",
  milestoneIds: "MILESTONE",
  activityIds: "ACTIVITY",
  personId: "PERSON",
};

/** Fields that list people with a role ({ personId, role }): a working group's members, an activity's participants. */
export const PEOPLE_FIELDS: readonly string[] = ["memberships", "participants"];

export function referenceKey(kind: ReferenceKind, id: string | number): string {
  return `${kind}:${id}`;
}

/** The reference keys one recorded value holds (none for a value that points nowhere). */
export function referencesIn(field: string, value: unknown): string[] {
  if (value === null || value === undefined) return [];
  const kind = Object.hasOwn(REFERENCE_FIELDS, field) ? REFERENCE_FIELDS[field] : undefined;
  if (kind) {
    const ids = Array.isArray(value) ? value : [value];
    return ids.filter((id) => typeof id === "number" || typeof id === "string").map((id) => referenceKey(kind, id));
  }
  if (!Array.isArray(value)) return [];
  if (PEOPLE_FIELDS.includes(field)) {
    return value.flatMap((entry) =>
      entry && typeof entry === "object" && typeof (entry as { personId?: unknown }).personId === "number"
        ? [referenceKey("PERSON", (entry as { personId: number }).personId)]
        : [],
    );
  }
  if (field === "areas") {
    return value.flatMap((entry) => {
      const code = typeof entry === "string" ? entry : (entry as { code?: unknown } | null)?.code;
      return typeof code === "string" ? [referenceKey("AREA", code)] : [];
    });
  }
  return [];
}

/** Every reference key of an event's changes. */
export function referencesOf(changes: unknown): string[] {
  if (!changes || typeof changes !== "object" || Array.isArray(changes)) return [];
  const keys = new Set<string>();
  for (const [field, change] of Object.entries(changes)) {
    if (!change || typeof change !== "object") continue;
    const { before, after } = change as { before?: unknown; after?: unknown };
    for (const key of [...referencesIn(field, before), ...referencesIn(field, after)]) keys.add(key);
  }
  return [...keys];
}

function idsOf(keys: readonly string[], kind: ReferenceKind): number[] {
  const prefix = `${kind}:`;
  return keys
    .filter((key) => key.startsWith(prefix))
    .map((key) => Number(key.slice(prefix.length)))
    .filter((id) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647);
}

/** The names of the records the keys point to (records since deleted are left out: shown by their id). */
export async function referenceNames(db: Db, keys: readonly string[]): Promise<ReferenceNames> {
  const names: ReferenceNames = {};
  if (keys.length === 0) return names;
  const areaCodes = keys.filter((key) => key.startsWith("AREA:")).map((key) => key.slice(5));
  const [partners, agreements, people, groups, milestones, activities, areas] = await Promise.all([
    db.partner.findMany({
      where: { id: { in: idsOf(keys, "PARTNER") } },
      select: { id: true, nameDe: true, nameEn: true },
    }),
    db.agreement.findMany({ where: { id: { in: idsOf(keys, "AGREEMENT") } }, select: { id: true, title: true } }),
    db.person.findMany({ where: { id: { in: idsOf(keys, "PERSON") } }, select: { id: true, name: true } }),
    db.workingGroup.findMany({ where: { id: { in: idsOf(keys, "WORKING_GROUP") } }, select: { id: true, name: true } }),
    db.milestone.findMany({ where: { id: { in: idsOf(keys, "MILESTONE") } }, select: { id: true, title: true } }),
    db.activity.findMany({ where: { id: { in: idsOf(keys, "ACTIVITY") } }, select: { id: true, title: true } }),
    db.cooperationArea.findMany({
      where: { code: { in: areaCodes } },
      select: { code: true, nameDe: true, nameEn: true },
    }),
  ]);
  for (const p of partners) names[referenceKey("PARTNER", p.id)] = { de: p.nameDe, en: p.nameEn };
  for (const a of agreements) names[referenceKey("AGREEMENT", a.id)] = { de: a.title, en: a.title };
  for (const p of people) names[referenceKey("PERSON", p.id)] = { de: p.name, en: p.name };
  for (const g of groups) names[referenceKey("WORKING_GROUP", g.id)] = { de: g.name, en: g.name };
  for (const ms of milestones) names[referenceKey("MILESTONE", ms.id)] = { de: ms.title, en: ms.title };
  for (const a of activities) names[referenceKey("ACTIVITY", a.id)] = { de: a.title, en: a.title };
  for (const a of areas) names[referenceKey("AREA", a.code)] = { de: a.nameDe, en: a.nameEn };
  return names;
}

/** Events with the names their changes point to (each event carries only its own). */
export async function withReferenceNames<E extends { changes: unknown }>(
  db: Db,
  events: E[],
): Promise<(E & { names: ReferenceNames })[]> {
  const perEvent = events.map((event) => referencesOf(event.changes));
  const names = await referenceNames(db, [...new Set(perEvent.flat())]);
  return events.map((event, index) => ({
    ...event,
    names: Object.fromEntries((perEvent[index] ?? []).flatMap((key) => (names[key] ? [[key, names[key]]] : []))),
  }));
}
