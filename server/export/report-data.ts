// The data of the PDF reports, read through the services as one user may read them. A report reads through a
// ReportReader: the services on the database (serviceReader: for a signed-in user, since every report needs only
// what every role may read), or anything of the same shape, such as a tRPC caller built on the user's session (the
// print pages pass theirs, so the router's role checks apply too). The status changes of a year, which no list
// answers, come from the status history that every role reads on each agreement's page.
import type { Db } from "../db/prisma";
import type { ActivityType } from "../domain/enums";
import { type TActivityListInput, ZActivityListInput } from "../lists/activities";
import { type TAgreementListInput, ZAgreementListInput } from "../lists/agreements";
import type { Paginated } from "../schemas/common";
import { type ActivityListItem, listActivities } from "../services/activity/list";
import { type AgreementDetail, getAgreement } from "../services/agreement/detail";
import { type AgreementListItem, listAgreements } from "../services/agreement/list";
import { listCooperationAreas } from "../services/cooperation-area";
import { yearStart } from "../services/shared/dates";
import { getWorkingGroup, type WorkingGroupDetail } from "../services/working-group/detail";

/** What a report reads: the list and detail reads of the services, by the names of the tRPC procedures. */
export interface ReportReader {
  agreement: {
    list(input: TAgreementListInput): Promise<Paginated<AgreementListItem>>;
    byId(input: { id: number }): Promise<AgreementDetail>;
  };
  workingGroup: { byId(input: { id: number }): Promise<WorkingGroupDetail> };
  activity: { list(input: TActivityListInput): Promise<Paginated<ActivityListItem>> };
  cooperationArea: { list(): Promise<{ id: number; code: string; nameDe: string; nameEn: string }[]> };
}

/** The services as a ReportReader (inputs checked by the same schemas as the procedures'). */
export function serviceReader(db: Db): ReportReader {
  return {
    agreement: {
      list: (input) => listAgreements(db, ZAgreementListInput.parse(input)),
      byId: ({ id }) => getAgreement(db, id),
    },
    workingGroup: { byId: ({ id }) => getWorkingGroup(db, id) },
    activity: { list: (input) => listActivities(db, ZActivityListInput.parse(input)) },
    cooperationArea: { list: () => listCooperationAreas(db) },
  };
}

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
  reader: ReportReader,
  input: TAgreementListInput,
  limit: number = REPORT_TABLE_LIMIT,
) {
  const [areas, agreements] = await Promise.all([
    reader.cooperationArea.list(),
    collectPages((page, pageSize) => reader.agreement.list({ ...input, page, pageSize, exactTotal: true }), limit),
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
export async function loadAgreementDossier(reader: ReportReader, id: number) {
  const agreement = await reader.agreement.byId({ id });
  const groups = await Promise.all(agreement.workingGroups.map((group) => reader.workingGroup.byId({ id: group.id })));
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
export async function loadAnnualReport(reader: ReportReader, db: Db, year: number, limit: number = REPORT_TABLE_LIMIT) {
  const [signed, statusChanges, activities] = await Promise.all([
    collectPages(
      (page, pageSize) =>
        reader.agreement.list({ yearFrom: year, yearTo: year, sort: "signedOn", dir: "asc", page, pageSize }),
      limit,
    ),
    // A reader call first: with a tRPC caller, a request without a session is refused before the direct query runs.
    reader.cooperationArea.list().then(() => statusChangesInYear(db, year)),
    collectPages(
      (page, pageSize) => reader.activity.list({ year, sort: "startOn", dir: "asc", page, pageSize }),
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
