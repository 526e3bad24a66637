// The data of the PDF reports, read through the services as one user may read them. A report reads through a
// ReportReader: the services on the database (serviceReader: for a signed-in user, since every report needs only
// what every role may read), or anything of the same shape, such as a tRPC caller built on the user's session (the
// print pages pass theirs, so the router's role checks apply too). The questions no list or detail read answers
// (the status changes of a year, the outcomes of activities, the milestones due or done in a year) are queries of
// records every role may read on their own pages, run only after a reader call has checked the session.
import type { Db } from "../db/prisma";
import { type ActivityType, MILESTONE_STATUSES, type MilestoneStatus } from "../domain/enums";
import { type TActivityListInput, ZActivityListInput } from "../lists/activities";
import { type TAgreementListInput, ZAgreementListInput } from "../lists/agreements";
import type { Paginated } from "../schemas/common";
import { type ActivityListItem, listActivities } from "../services/activity/list";
import { type AgreementDetail, getAgreement } from "../services/agreement/detail";
import { type AgreementListItem, listAgreements } from "../services/agreement/list";
import { listCooperationAreas } from "../services/cooperation-area";
import { cityDayStart, yearStart } from "../services/shared/dates";
import { MILESTONE_PROGRESS_LIMIT } from "../services/statistics/dashboard";
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

/**
 * The outcomes of these activities, by id. No list or agreement procedure returns them (they are long texts), and
 * every role may read them on each activity's page; call it after the reader was allowed to see the activities.
 */
export async function activityOutcomes(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.activity.findMany({
    where: { id: { in: [...ids] }, outcome: { not: null } },
    select: { id: true, outcome: true },
  });
  return new Map(rows.flatMap((row) => (row.outcome ? [[row.id, row.outcome] as const] : [])));
}

/** Per working group, how many of its milestones are in each status: a row of the milestone chart. */
export type MilestoneProgressRow = { id: number; name: string; total: number } & Record<MilestoneStatus, number>;

/** The chart rows of these groups' milestones (groups without milestones left out), in the groups' order. */
export function milestoneProgressRows(
  groups: readonly { id: number; name: string; milestones: readonly { status: MilestoneStatus }[] }[],
): MilestoneProgressRow[] {
  return groups.flatMap((group) => {
    if (group.milestones.length === 0) return [];
    const row = {
      id: group.id,
      name: group.name,
      total: group.milestones.length,
      ...(Object.fromEntries(MILESTONE_STATUSES.map((status) => [status, 0])) as Record<MilestoneStatus, number>),
    };
    for (const milestone of group.milestones) row[milestone.status] += 1;
    return [row];
  });
}

/**
 * The groups a milestone chart shows (it cannot show thousands): the `limit` with the most milestones, then by name,
 * as the dashboard's chart does (MILESTONE_PROGRESS_LIMIT).
 */
export function chartedProgress(rows: readonly MilestoneProgressRow[], limit = MILESTONE_PROGRESS_LIMIT) {
  return [...rows].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "de")).slice(0, limit);
}

/**
 * One agreement with its working groups in full (leads, members, milestones), its activities with their outcomes
 * and the people involved. `db` reads only the outcomes, after the reader's session and role were checked.
 */
export async function loadAgreementDossier(reader: ReportReader, db: Db, id: number) {
  const agreement = await reader.agreement.byId({ id });
  const [groups, outcomes] = await Promise.all([
    Promise.all(agreement.workingGroups.map((group) => reader.workingGroup.byId({ id: group.id }))),
    activityOutcomes(
      db,
      agreement.activities.map(({ activity }) => activity.id),
    ),
  ]);
  return {
    agreement,
    groups,
    outcomes,
    progress: milestoneProgressRows(groups),
    people: dossierPeople(agreement, groups),
  };
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

/** The milestones of a year: due in it or done in it. */
function milestonesOfYear(year: number) {
  const within = { gte: yearStart(year), lt: yearStart(year + 1) };
  return { OR: [{ dueOn: within }, { doneOn: within }] };
}

/**
 * The working groups' progress in `year`: each group with milestones due or done in the year, those milestones (in
 * the order they were due), and how many there are in all. Working groups and their milestones are visible to every
 * role (each group's page shows them).
 */
export async function workingGroupProgressInYear(db: Db, year: number, limit: number = REPORT_TABLE_LIMIT) {
  const where = milestonesOfYear(year);
  const [milestones, total, done] = await Promise.all([
    db.milestone.findMany({
      where,
      select: {
        id: true,
        title: true,
        status: true,
        dueOn: true,
        doneOn: true,
        workingGroup: {
          select: {
            id: true,
            name: true,
            status: true,
            agreement: {
              select: { id: true, title: true, partner: { select: { nameDe: true, nameEn: true, nameLocal: true } } },
            },
          },
        },
      },
      orderBy: [{ workingGroup: { name: "asc" } }, { workingGroupId: "asc" }, { dueOn: "asc" }, { id: "asc" }],
      take: limit,
    }),
    db.milestone.count({ where }),
    db.milestone.count({ where: { status: "DONE", doneOn: { gte: yearStart(year), lt: yearStart(year + 1) } } }),
  ]);
  type Group = (typeof milestones)[number]["workingGroup"] & {
    milestones: Omit<(typeof milestones)[number], "workingGroup">[];
  };
  const groups = new Map<number, Group>();
  for (const { workingGroup, ...milestone } of milestones) {
    const group = groups.get(workingGroup.id) ?? { ...workingGroup, milestones: [] };
    group.milestones.push(milestone);
    groups.set(workingGroup.id, group);
  }
  return { groups: [...groups.values()], milestonesShown: milestones.length, milestonesTotal: total, done };
}

/**
 * The commitments of `year`: due in it (their due date's period begins in the year) or closed in it (done or dropped,
 * the status changed in the year, Cologne's time), in the order they were due (undated last). Commitments are
 * visible to every role (each agreement's page shows them).
 */
export async function commitmentsInYear(db: Db, year: number, limit: number = REPORT_TABLE_LIMIT) {
  const within = { gte: yearStart(year), lt: yearStart(year + 1) };
  const closedWithin = { gte: cityDayStart(yearStart(year)), lt: cityDayStart(yearStart(year + 1)) };
  const where = {
    OR: [{ dueOn: within }, { status: { in: ["DONE" as const, "DROPPED" as const] }, statusChangedAt: closedWithin }],
  };
  const [items, total] = await Promise.all([
    db.commitment.findMany({
      where,
      select: {
        id: true,
        title: true,
        status: true,
        statusReason: true,
        dueOn: true,
        dueOnPrecision: true,
        ownerCologne: true,
        ownerPerson: { select: { name: true } },
        agreement: {
          select: { id: true, title: true, partner: { select: { nameDe: true, nameEn: true, nameLocal: true } } },
        },
      },
      orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: limit,
    }),
    db.commitment.count({ where }),
  ]);
  return { items, total };
}

/**
 * The annual report: agreements signed in `year`, status changes that took effect in it, activities that started in
 * it (with their outcomes), the working groups' milestones due or done in it. `db` answers the status changes,
 * outcomes and milestones; it is used only after a reader call has checked the user's session.
 */
export async function loadAnnualReport(reader: ReportReader, db: Db, year: number, limit: number = REPORT_TABLE_LIMIT) {
  // A reader call first: with a tRPC caller, a request without a session is refused before the direct queries run.
  const checked = reader.cooperationArea.list();
  const [signed, statusChanges, activities, progress, commitments] = await Promise.all([
    collectPages(
      (page, pageSize) =>
        reader.agreement.list({ yearFrom: year, yearTo: year, sort: "signedOn", dir: "asc", page, pageSize }),
      limit,
    ),
    checked.then(() => statusChangesInYear(db, year)),
    collectPages(
      (page, pageSize) => reader.activity.list({ year, sort: "startOn", dir: "asc", page, pageSize }),
      limit,
    ),
    checked.then(() => workingGroupProgressInYear(db, year, limit)),
    checked.then(() => commitmentsInYear(db, year, limit)),
  ]);
  const outcomes = await activityOutcomes(
    db,
    activities.items.map((activity) => activity.id),
  );
  return {
    year,
    signed: signed.items,
    signedTotal: signed.total,
    statusChanges,
    activities: activities.items,
    activitiesTotal: activities.total,
    outcomes,
    visits: activities.items.filter((activity) => VISIT_TYPES.includes(activity.type)).length,
    workingGroups: progress.groups,
    milestonesShown: progress.milestonesShown,
    milestonesTotal: progress.milestonesTotal,
    milestonesDone: progress.done,
    progress: milestoneProgressRows(progress.groups),
    commitments: commitments.items,
    commitmentsTotal: commitments.total,
  };
}

export type AnnualReportData = Awaited<ReturnType<typeof loadAnnualReport>>;
