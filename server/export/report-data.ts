// The data of the PDF reports, loaded as the requesting user: through the tRPC router (a caller built on the user's
// session, so each report holds only what that role may see) and, for the one question no procedure answers (the
// status changes of a year), a query of status history that every role may read on each agreement's page.
import type { Db } from "../db/prisma";
import type { ActivityType } from "../domain/enums";
import type { TAgreementListInput } from "../schemas/agreement";
import type { Paginated } from "../schemas/common";
import { yearStart } from "../services/shared/dates";
import type { createCaller } from "../trpc/root";

export type ReportCaller = ReturnType<typeof createCaller>;

/** The most rows a report table lists; beyond that, the report says how many there are (the XLSX holds them all). */
export const REPORT_TABLE_LIMIT = 1000;
/** The largest page a list procedure serves (ZPageSize). */
const PAGE_SIZE = 200;

/** Reads a paginated list page by page, up to `limit` items. */
export async function collectPages<T>(
  fetchPage: (page: number, pageSize: number) => Promise<Paginated<T>>,
  limit: number = REPORT_TABLE_LIMIT,
): Promise<{ items: T[]; total: number }> {
  const items: T[] = [];
  let total = 0;
  for (let page = 1; items.length < limit; page += 1) {
    const result = await fetchPage(page, Math.min(PAGE_SIZE, limit - items.length));
    total = result.total;
    items.push(...result.items);
    if (result.items.length === 0 || items.length >= total) break;
  }
  return { items: items.slice(0, limit), total };
}

// --- Partnership report -------------------------------------------------------------------------------------------

/** The agreements of the list's filter (every page, in the list's order) and the area names for the filter text. */
export async function loadPartnershipReport(
  caller: ReportCaller,
  input: TAgreementListInput,
  limit: number = REPORT_TABLE_LIMIT,
) {
  const [areas, agreements] = await Promise.all([
    caller.cooperationArea.list(),
    collectPages((page, pageSize) => caller.agreement.list({ ...input, page, pageSize, exactTotal: true }), limit),
  ]);
  return { input, areas, agreements: agreements.items, total: agreements.total };
}

export type PartnershipReportData = Awaited<ReturnType<typeof loadPartnershipReport>>;

// --- Agreement dossier --------------------------------------------------------------------------------------------

export interface DossierPerson {
  id: number;
  name: string;
  role: string | null;
  organisation: string | null;
  /** What the person took part in, e.g. "Delegationsreise 2019 (Delegationsleitung)". */
  involvedIn: string[];
}

type AgreementDetail = Awaited<ReturnType<ReportCaller["agreement"]["byId"]>>;
type WorkingGroupDetail = Awaited<ReturnType<ReportCaller["workingGroup"]["byId"]>>;

/** Everyone the agreement's activities and working groups name, once each, by name, with what they took part in. */
export function dossierPeople(agreement: AgreementDetail, groups: readonly WorkingGroupDetail[]): DossierPerson[] {
  const people = new Map<number, DossierPerson>();
  const add = (
    person: { id: number; name: string; role?: string | null; organisation: string | null },
    what: string,
  ) => {
    const entry = people.get(person.id) ?? {
      id: person.id,
      name: person.name,
      role: person.role ?? null,
      organisation: person.organisation,
      involvedIn: [],
    };
    entry.role ??= person.role ?? null;
    if (!entry.involvedIn.includes(what)) entry.involvedIn.push(what);
    people.set(person.id, entry);
  };
  const labelled = (name: string, role: string | null | undefined) => (role ? `${name} (${role})` : name);
  for (const { activity } of agreement.activities) {
    for (const participant of activity.participants)
      add(participant.person, labelled(activity.title, participant.role));
  }
  for (const group of groups) {
    if (group.leadCologne) add(group.leadCologne, group.name);
    if (group.leadPartner) add(group.leadPartner, group.name);
    for (const member of group.members) add(member.person, labelled(group.name, member.role));
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, "de") || a.id - b.id);
}

/** One agreement with its working groups in full (leads, members, milestones) and the people involved. */
export async function loadAgreementDossier(caller: ReportCaller, id: number) {
  const agreement = await caller.agreement.byId({ id });
  const groups = await Promise.all(agreement.workingGroups.map((group) => caller.workingGroup.byId({ id: group.id })));
  return { agreement, groups, people: dossierPeople(agreement, groups) };
}

export type AgreementDossierData = Awaited<ReturnType<typeof loadAgreementDossier>>;

// --- Annual report ------------------------------------------------------------------------------------------------

/** Visits in the narrow sense, counted apart in the annual report's figures. */
export const VISIT_TYPES: readonly ActivityType[] = ["VISIT", "DELEGATION"];

/**
 * Every status change that took effect in `year` (effectiveOn within it), with its agreement and partner, in the
 * order they took effect. Status histories are visible to every role (each agreement's page shows its history).
 */
export function statusChangesInYear(db: Db, year: number) {
  return db.statusChange.findMany({
    where: { effectiveOn: { gte: yearStart(year), lt: yearStart(year + 1) } },
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      scope: true,
      reason: true,
      effectiveOn: true,
      effectiveOnPrecision: true,
      agreement: {
        select: {
          id: true,
          title: true,
          type: true,
          partner: { select: { nameDe: true, nameEn: true, nameLocal: true } },
        },
      },
    },
    orderBy: [{ effectiveOn: "asc" }, { id: "asc" }],
  });
}

/**
 * The annual report: agreements signed in `year`, status changes that took effect in it, activities that started in
 * it. `db` answers only the status changes; pass it after the user's session was checked (the print page does).
 */
export async function loadAnnualReport(caller: ReportCaller, db: Db, year: number, limit: number = REPORT_TABLE_LIMIT) {
  const [signed, statusChanges, activities] = await Promise.all([
    collectPages(
      (page, pageSize) =>
        caller.agreement.list({ yearFrom: year, yearTo: year, sort: "signedOn", dir: "asc", page, pageSize }),
      limit,
    ),
    // A caller call first, so a request without a session is refused before the direct query runs.
    caller.cooperationArea.list().then(() => statusChangesInYear(db, year)),
    collectPages(
      (page, pageSize) => caller.activity.list({ year, sort: "startOn", dir: "asc", page, pageSize }),
      limit,
    ),
  ]);
  return {
    year,
    signed: signed.items,
    signedTotal: signed.total,
    statusChanges,
    activities: activities.items,
    activitiesTotal: activities.total,
    visits: activities.items.filter((activity) => VISIT_TYPES.includes(activity.type)).length,
  };
}

export type AnnualReportData = Awaited<ReturnType<typeof loadAnnualReport>>;
