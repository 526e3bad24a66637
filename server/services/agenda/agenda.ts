// The agenda: what is due, overdue or coming up, computed from the records (./compute.ts holds the rules).
// Reads only the rows that can give an entry: agreements in force whose "valid until" lies within the longest lead
// time (or has passed) or whose signing has a round anniversary in the window, pending milestones with a due date,
// pending commitments, partners whose next human-rights review is set. The app's pages and the dashboard read it
// through a cache that holds the day's unfiltered entries until a committed change (../shared/until-change.ts), so
// a request only filters; computing it again costs what the rows of the window cost.

import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { IN_FORCE_STATUSES } from "../../domain/agreement-status";
import { isRoundAnniversary } from "../../domain/anniversaries";
import { PENDING_COMMITMENT_STATUSES } from "../../domain/commitment";
import type { TAgendaQuery } from "../../lists/agenda";
import { today as cityToday } from "../shared/dates";
import { pick } from "../shared/select";
import { cachedUntilChange } from "../shared/until-change";
import { PENDING_MILESTONE_STATUSES } from "../working-group/milestone-rules";
import {
  type AgendaEntry,
  type AgendaFigures,
  type AgendaFilter,
  type AgendaGroup,
  type AgendaRows,
  type AgendaWindow,
  agendaFigures,
  agendaWindow,
  computeAgenda,
  filterAgenda,
  groupAgenda,
  VALID_UNTIL_LEAD_DAYS,
} from "./compute";

const DAY_MS = 86_400_000;

/** The signing years whose round anniversaries fall in the window's years. */
export function anniversarySigningYears(window: AgendaWindow): number[] {
  const years = new Set<number>();
  for (let year = window.today.getUTCFullYear(); year <= window.end.getUTCFullYear(); year++) {
    for (let age = 1; age <= year; age++) if (isRoundAnniversary(age)) years.add(year - age);
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * The ids of the agreements in force that can give an entry in the window: "valid until" at most the longest lead
 * time ahead (its stored day is its period's start, never after its end) or already passed, or a signing in a year
 * with a round anniversary in the window.
 */
async function agreementIdsInWindow(db: Db, window: AgendaWindow): Promise<number[]> {
  const leadEnd = new Date(window.today.getTime() + Math.max(...VALID_UNTIL_LEAD_DAYS) * DAY_MS);
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM "Agreement"
    WHERE status::text = ANY(${[...IN_FORCE_STATUSES]}::text[])
      AND ("validUntil" <= ${leadEnd}::date
        OR EXTRACT(YEAR FROM "signedOn")::int = ANY(${anniversarySigningYears(window)}::int[]))`;
  return rows.map((row) => row.id);
}

/** An agreement as its entries and those of its milestones and commitments name it (partner, unit, areas). */
const agreementNamed = {
  ...pick("id", "title", "status", "responsibleUnit"),
  partner: { select: { id: true, nameDe: true, nameEn: true } },
  areas: { select: { area: { select: { code: true } } } },
} satisfies Prisma.AgreementSelect;

/** The rows the agenda is computed from: with a window, only the agreements that can give an entry in it. */
export async function readAgendaRows(db: Db, window?: AgendaWindow): Promise<AgendaRows> {
  const inWindow = window ? await agreementIdsInWindow(db, window) : null;
  const [agreements, milestones, commitments, reviews] = await Promise.all([
    db.agreement.findMany({
      where: inWindow
        ? { id: { in: inWindow } }
        : {
            status: { in: [...IN_FORCE_STATUSES] },
            OR: [{ validUntil: { not: null } }, { signedOn: { not: null } }],
          },
      select: {
        ...agreementNamed,
        ...pick("signedOn", "signedOnPrecision", "validUntil", "validUntilPrecision"),
      },
    }),
    db.milestone.findMany({
      where: { status: { in: [...PENDING_MILESTONE_STATUSES] }, dueOn: { not: null } },
      select: {
        id: true,
        title: true,
        status: true,
        dueOn: true,
        workingGroup: {
          select: { id: true, name: true, agreementId: true, leadCologne: { select: { name: true } } },
        },
      },
    }),
    db.commitment.findMany({
      where: { status: { in: [...PENDING_COMMITMENT_STATUSES] } },
      select: {
        id: true,
        title: true,
        status: true,
        dueOn: true,
        dueOnPrecision: true,
        ownerCologne: true,
        ownerPartner: true,
        ownerPerson: { select: { name: true, erasedAt: true } },
        agreementId: true,
      },
    }),
    db.humanRightsReview.findMany({
      where: { nextDueOn: { not: null } },
      select: { nextDueOn: true, partner: { select: { id: true, nameDe: true, nameEn: true } } },
    }),
  ]);
  // Milestones and commitments name their agreement: one without its agreement among the rows (an agreement not in
  // force, or without dates) still needs its partner and title.
  const known = new Set(agreements.map((agreement) => agreement.id));
  const missing = [
    ...new Set([...milestones.map((ms) => ms.workingGroup.agreementId), ...commitments.map((c) => c.agreementId)]),
  ].filter((id) => !known.has(id));
  const extra = missing.length
    ? await db.agreement.findMany({ where: { id: { in: missing } }, select: agreementNamed })
    : [];
  return {
    agreements: [
      ...agreements.map(({ areas, ...agreement }) => ({
        ...agreement,
        areaCodes: areas.map((link) => link.area.code),
      })),
      // Only named by their milestones and commitments: no dates of their own on the agenda.
      ...extra.map(({ areas, ...agreement }) => ({
        ...agreement,
        signedOn: null,
        signedOnPrecision: "DAY" as const,
        validUntil: null,
        validUntilPrecision: "DAY" as const,
        areaCodes: areas.map((link) => link.area.code),
      })),
    ],
    milestones: milestones.map((ms) => ({
      id: ms.id,
      title: ms.title,
      status: ms.status,
      dueOn: ms.dueOn,
      workingGroupId: ms.workingGroup.id,
      workingGroupName: ms.workingGroup.name,
      lead: ms.workingGroup.leadCologne?.name ?? null,
      agreementId: ms.workingGroup.agreementId,
    })),
    commitments: commitments.map(({ ownerPerson, ...commitment }) => ({
      ...commitment,
      ownerPersonName: ownerPerson && !ownerPerson.erasedAt ? ownerPerson.name : null,
    })),
    reviews: reviews.map((review) => ({ partner: review.partner, nextDueOn: review.nextDueOn, owner: null })),
  };
}

export interface Agenda {
  today: Date;
  end: Date;
  entries: AgendaEntry[];
  groups: AgendaGroup[];
}

interface DayAgenda {
  window: AgendaWindow;
  entries: AgendaEntry[];
}

async function computeDay(db: Db, now: Date): Promise<DayAgenda> {
  const window = agendaWindow(cityToday(now));
  return { window, entries: computeAgenda(await readAgendaRows(db, window), window) };
}

/** Today's unfiltered entries, kept until a committed change or the next day. */
const cachedDay = cachedUntilChange("agenda", (db) => computeDay(db, new Date()));

function filtered({ window, entries }: DayAgenda, query: AgendaFilter): Agenda {
  const chosen = filterAgenda(entries, query, window.today);
  return { today: window.today, end: window.end, entries: chosen, groups: groupAgenda(chosen) };
}

/** The agenda as of Cologne's today (or `now`), filtered, computed from the rows now. */
export async function getAgenda(db: Db, query: AgendaFilter, now: Date = new Date()): Promise<Agenda> {
  return filtered(await computeDay(db, now), query);
}

/** The agenda as of Cologne's today, filtered, from the cached entries (the app's pages). */
export async function getCachedAgenda(db: Db, query: AgendaFilter): Promise<Agenda> {
  return filtered(await cachedDay(db), query);
}

/** How many entries one page of the agenda shows (the rest follow on the next pages, in the same order). */
export const AGENDA_PAGE_SIZE = 200;

/** A group of one page: its entries on this page, and how many it holds in all. */
export interface AgendaPageGroup extends AgendaGroup {
  total: number;
}

export interface AgendaPage {
  today: Date;
  end: Date;
  /** Entries matching the filter, on all pages. */
  total: number;
  page: number;
  pageCount: number;
  groups: AgendaPageGroup[];
}

/**
 * One page of an agenda: its entries in the agenda's order, under their groups (a month may go on over two pages).
 * At country scale the agenda holds thousands of entries: the page receives 200 at a time, not megabytes.
 */
export function agendaPage(agenda: Agenda, page: number, pageSize = AGENDA_PAGE_SIZE): AgendaPage {
  const total = agenda.entries.length;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  const from = (current - 1) * pageSize;
  const to = from + pageSize;
  const groups: AgendaPageGroup[] = [];
  let index = 0;
  for (const group of agenda.groups) {
    const start = index;
    index += group.entries.length;
    if (index <= from || start >= to) continue;
    const entries = group.entries.slice(Math.max(0, from - start), to - start);
    groups.push({ ...group, entries, total: group.entries.length });
  }
  return { today: agenda.today, end: agenda.end, total, page: current, pageCount, groups };
}

/** The dashboard's figures from the cached entries. */
export async function getCachedAgendaFigures(db: Db): Promise<AgendaFigures> {
  const { window, entries } = await cachedDay(db);
  return agendaFigures(entries, window.today);
}

/** The agenda's page input (the list shape) as its filter. */
export function agendaFilterOf(query: TAgendaQuery): AgendaFilter {
  return {
    due: query.due,
    q: query.q,
    kind: query.kind,
    owner: query.owner,
    partnerId: query.partnerId,
    area: query.area,
  };
}

/** The dashboard's figures: overdue, and due within 30 days (all entries, no filter). */
export async function getAgendaFigures(db: Db, now: Date = new Date()): Promise<AgendaFigures> {
  const { window, entries } = await computeDay(db, now);
  return agendaFigures(entries, window.today);
}
