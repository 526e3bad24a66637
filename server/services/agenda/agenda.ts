// The agenda: what is due, overdue or coming up, computed from the records each time (./compute.ts holds the rules).
// Reads only the rows that can give an entry: agreements in force with a "valid until" or a signing (anniversaries),
// pending milestones with a due date, pending commitments, partners whose next human-rights review is set.

import type { Db } from "../../db/prisma";
import { IN_FORCE_STATUSES } from "../../domain/agreement-status";
import { PENDING_COMMITMENT_STATUSES } from "../../domain/commitment";
import type { TAgendaQuery } from "../../lists/agenda";
import { today as cityToday } from "../shared/dates";
import { PENDING_MILESTONE_STATUSES } from "../working-group/milestone-rules";
import {
  type AgendaEntry,
  type AgendaFigures,
  type AgendaFilter,
  type AgendaGroup,
  type AgendaRows,
  agendaFigures,
  agendaWindow,
  computeAgenda,
  filterAgenda,
  groupAgenda,
} from "./compute";

/** The rows the agenda is computed from. */
export async function readAgendaRows(db: Db): Promise<AgendaRows> {
  const [agreements, milestones, commitments, reviews] = await Promise.all([
    db.agreement.findMany({
      where: {
        status: { in: [...IN_FORCE_STATUSES] },
        OR: [{ validUntil: { not: null } }, { signedOn: { not: null } }],
      },
      select: {
        id: true,
        title: true,
        status: true,
        signedOn: true,
        signedOnPrecision: true,
        validUntil: true,
        validUntilPrecision: true,
        responsibleUnit: true,
        partner: { select: { id: true, nameDe: true, nameEn: true } },
        areas: { select: { area: { select: { code: true } } } },
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
    ? await db.agreement.findMany({
        where: { id: { in: missing } },
        select: {
          id: true,
          title: true,
          status: true,
          responsibleUnit: true,
          partner: { select: { id: true, nameDe: true, nameEn: true } },
          areas: { select: { area: { select: { code: true } } } },
        },
      })
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
    commitments,
    reviews: reviews.map((review) => ({ partner: review.partner, nextDueOn: review.nextDueOn, owner: null })),
  };
}

export interface Agenda {
  today: Date;
  end: Date;
  entries: AgendaEntry[];
  groups: AgendaGroup[];
}

/** The agenda as of Cologne's today (or `now`), filtered. */
export async function getAgenda(db: Db, query: AgendaFilter, now: Date = new Date()): Promise<Agenda> {
  const window = agendaWindow(cityToday(now));
  const entries = filterAgenda(computeAgenda(await readAgendaRows(db), window), query, window.today);
  return { today: window.today, end: window.end, entries, groups: groupAgenda(entries) };
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
  const window = agendaWindow(cityToday(now));
  return agendaFigures(computeAgenda(await readAgendaRows(db), window), window.today);
}
