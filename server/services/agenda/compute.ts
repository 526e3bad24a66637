// The agenda computed from the records' rows: every dated obligation and occasion, never stored. Pure (no database):
// the service reads the rows (./agenda.ts), the tests feed rows of their own. "Today" is Cologne's today; dates are
// compared at their precision (a commitment due "2027-03" is due until 31 March 2027 and never gets an invented day).
import { IN_FORCE_STATUSES } from "../../domain/agreement-status";
import { isRoundAnniversary } from "../../domain/anniversaries";
import { COMMITMENT_STATUS_RULES } from "../../domain/commitment";
import { periodEnd, periodStart } from "../../domain/date-periods";
import type { AgreementStatus, CommitmentStatus, DatePrecision, MilestoneStatus } from "../../domain/enums";
import type { AgendaKind } from "../../lists/agenda";
import { MILESTONE_STATUS_RULES } from "../working-group/milestone-rules";

/** How many days ahead an agreement's "valid until" appears on the agenda, and the steps it is announced at. */
export const VALID_UNTIL_LEAD_DAYS = [180, 90, 30] as const;
/** How many months ahead the agenda looks. */
export const AGENDA_MONTHS = 12;
/** The dashboard's "due soon" figure: entries due within this many days. */
export const DUE_SOON_DAYS = 30;

export type AgendaState = "OVERDUE" | "DUE" | "NO_DEADLINE" | "OCCASION";

interface Named {
  id: number;
  nameDe: string;
  nameEn: string;
}

export interface AgendaAgreementRow {
  id: number;
  title: string;
  status: AgreementStatus;
  signedOn: Date | null;
  signedOnPrecision: DatePrecision;
  validUntil: Date | null;
  validUntilPrecision: DatePrecision;
  responsibleUnit: string | null;
  partner: Named;
  areaCodes: readonly string[];
}

export interface AgendaMilestoneRow {
  id: number;
  title: string;
  status: MilestoneStatus;
  dueOn: Date | null;
  workingGroupId: number;
  workingGroupName: string;
  lead: string | null;
  agreementId: number;
}

export interface AgendaCommitmentRow {
  id: number;
  title: string;
  status: CommitmentStatus;
  dueOn: Date | null;
  dueOnPrecision: DatePrecision;
  ownerCologne: string | null;
  ownerPartner: string | null;
  /** The Cologne-side owner person's name (none for an erased person: their name is the erasure marker). */
  ownerPersonName?: string | null;
  agreementId: number;
}

export interface AgendaReviewRow {
  partner: Named;
  nextDueOn: Date | null;
  owner: string | null;
}

export interface AgendaRows {
  agreements: readonly AgendaAgreementRow[];
  milestones: readonly AgendaMilestoneRow[];
  commitments: readonly AgendaCommitmentRow[];
  reviews: readonly AgendaReviewRow[];
}

export interface AgendaEntry {
  /** Stable across calls (the calendar feed's UID): the kind, the record and, for anniversaries, the year. */
  key: string;
  kind: AgendaKind;
  state: AgendaState;
  /** The date as known (its period's first day) and its precision; null: no deadline set. */
  date: Date | null;
  precision: DatePrecision;
  /** The last day of the date's period: the deadline (null: none). */
  until: Date | null;
  /** The record's title (a commitment, a milestone, an agreement, a partner for a review). */
  title: string;
  /** The record's page. */
  href: string;
  /** For anniversaries: how many years; for "valid until": the lead time it falls within (30, 90 or 180 days). */
  years?: number;
  leadDays?: number;
  /** For milestones: their working group. */
  context?: string;
  agreement: { id: number; title: string } | null;
  partner: Named | null;
  owner: string | null;
  areaCodes: readonly string[];
}

export interface AgendaFilter {
  /** Only overdue entries, or only those due within DUE_SOON_DAYS (the dashboard's figures). */
  due?: "overdue" | "soon";
  /** A part of the entry's title or its agreement's title. */
  q?: string;
  kind?: readonly AgendaKind[];
  owner?: string;
  partnerId?: number;
  area?: readonly string[];
}

export interface AgendaWindow {
  today: Date;
  /** The first day after the window (today + 12 months). */
  end: Date;
}

/** Today (Cologne's, as a calendar day) to the same day 12 months later (exclusive). */
export function agendaWindow(today: Date, months = AGENDA_MONTHS): AgendaWindow {
  const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
  end.setUTCDate(Math.min(today.getUTCDate(), lastDay));
  return { today, end };
}

const DAY_MS = 86_400_000;
const daysBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / DAY_MS);

/**
 * A due date's state: overdue (its period ended before today), due (its period begins before the window ends, so
 * "due in 2027" shows from the window's start), or beyond the window (null).
 */
function dueState(start: Date, until: Date, window: AgendaWindow): "OVERDUE" | "DUE" | null {
  if (until < window.today) return "OVERDUE";
  return start < window.end ? "DUE" : null;
}

/**
 * The day of the `years`th anniversary of a signing at the signing's precision. A signing on 29 February is
 * remembered on 28 February in common years.
 */
export function anniversaryDate(signedOn: Date, years: number): Date {
  const year = signedOn.getUTCFullYear() + years;
  const month = signedOn.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(signedOn.getUTCDate(), lastDay)));
}

function agreementEntries(agreement: AgendaAgreementRow, window: AgendaWindow): AgendaEntry[] {
  const entries: AgendaEntry[] = [];
  const base = {
    agreement: { id: agreement.id, title: agreement.title },
    partner: agreement.partner,
    owner: agreement.responsibleUnit,
    areaCodes: agreement.areaCodes,
    href: `/agreements/${agreement.id}`,
    title: agreement.title,
  };
  const inForce = IN_FORCE_STATUSES.includes(agreement.status);
  if (inForce && agreement.validUntil) {
    const until = periodEnd(agreement.validUntil, agreement.validUntilPrecision);
    const days = daysBetween(window.today, until);
    const lead = VALID_UNTIL_LEAD_DAYS.filter((limit) => days <= limit).at(-1);
    if (days < 0 || lead !== undefined) {
      entries.push({
        ...base,
        key: `valid-until-${agreement.id}`,
        kind: "VALID_UNTIL",
        state: days < 0 ? "OVERDUE" : "DUE",
        date: periodStart(agreement.validUntil, agreement.validUntilPrecision),
        precision: agreement.validUntilPrecision,
        until,
        ...(lead !== undefined && days >= 0 ? { leadDays: lead } : {}),
      });
    }
  }
  if (inForce && agreement.signedOn) {
    const signedYear = agreement.signedOn.getUTCFullYear();
    for (let year = window.today.getUTCFullYear(); year <= window.end.getUTCFullYear(); year++) {
      const years = year - signedYear;
      if (!isRoundAnniversary(years)) continue;
      const date = periodStart(anniversaryDate(agreement.signedOn, years), agreement.signedOnPrecision);
      const until = periodEnd(date, agreement.signedOnPrecision);
      // In the window when its period overlaps it: a year-only anniversary shows all through its year.
      if (until < window.today || date >= window.end) continue;
      entries.push({
        ...base,
        key: `anniversary-${agreement.id}-${years}`,
        kind: "ANNIVERSARY",
        state: "OCCASION",
        date,
        precision: agreement.signedOnPrecision,
        until,
        years,
      });
    }
  }
  return entries;
}

/** Every entry of the rows, unfiltered, in the agenda's order. */
export function computeAgenda(rows: AgendaRows, window: AgendaWindow): AgendaEntry[] {
  const agreements = new Map(rows.agreements.map((agreement) => [agreement.id, agreement]));
  const entries: AgendaEntry[] = rows.agreements.flatMap((agreement) => agreementEntries(agreement, window));
  const ofAgreement = (id: number) => {
    const agreement = agreements.get(id);
    return {
      agreement: agreement ? { id: agreement.id, title: agreement.title } : null,
      partner: agreement?.partner ?? null,
      areaCodes: agreement?.areaCodes ?? [],
    };
  };

  for (const milestone of rows.milestones) {
    if (!MILESTONE_STATUS_RULES[milestone.status].pending || !milestone.dueOn) continue;
    const state = dueState(milestone.dueOn, milestone.dueOn, window);
    if (!state) continue;
    entries.push({
      ...ofAgreement(milestone.agreementId),
      key: `milestone-${milestone.id}`,
      kind: "MILESTONE",
      state,
      date: milestone.dueOn,
      precision: "DAY",
      until: milestone.dueOn,
      title: milestone.title,
      context: milestone.workingGroupName,
      href: `/working-groups/${milestone.workingGroupId}`,
      owner: milestone.lead,
    });
  }

  for (const commitment of rows.commitments) {
    if (!COMMITMENT_STATUS_RULES[commitment.status].pending) continue;
    const start = commitment.dueOn ? periodStart(commitment.dueOn, commitment.dueOnPrecision) : null;
    const until = commitment.dueOn ? periodEnd(commitment.dueOn, commitment.dueOnPrecision) : null;
    const state = start && until ? dueState(start, until, window) : "NO_DEADLINE";
    if (!state) continue;
    entries.push({
      ...ofAgreement(commitment.agreementId),
      key: `commitment-${commitment.id}`,
      kind: "COMMITMENT",
      state,
      date: start,
      precision: commitment.dueOnPrecision,
      until,
      title: commitment.title,
      href: `/commitments/${commitment.id}`,
      owner:
        [commitment.ownerPersonName, commitment.ownerCologne, commitment.ownerPartner].filter(Boolean).join(" / ") ||
        null,
    });
  }

  for (const review of rows.reviews) {
    if (!review.nextDueOn) continue;
    const state = dueState(review.nextDueOn, review.nextDueOn, window);
    if (!state) continue;
    entries.push({
      key: `review-${review.partner.id}`,
      kind: "REVIEW",
      state,
      date: review.nextDueOn,
      precision: "DAY",
      until: review.nextDueOn,
      title: review.partner.nameDe,
      href: `/partners/${review.partner.id}`,
      agreement: null,
      partner: review.partner,
      owner: review.owner,
      areaCodes: [],
    });
  }
  return entries.sort(compareEntries);
}

const KIND_ORDER: Readonly<Record<AgendaKind, number>> = {
  VALID_UNTIL: 0,
  REVIEW: 1,
  COMMITMENT: 2,
  MILESTONE: 3,
  ANNIVERSARY: 4,
};

/** By date (undated last), then a finer precision first, then kind and key. */
export function compareEntries(a: AgendaEntry, b: AgendaEntry): number {
  const time = (entry: AgendaEntry) => entry.date?.getTime() ?? Number.POSITIVE_INFINITY;
  return (
    time(a) - time(b) ||
    (a.until?.getTime() ?? 0) - (b.until?.getTime() ?? 0) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    a.key.localeCompare(b.key)
  );
}

/** An obligation (not an occasion) due from `today` up to DUE_SOON_DAYS ahead. */
export function isDueSoon(entry: AgendaEntry, today: Date): boolean {
  const soon = new Date(today.getTime() + DUE_SOON_DAYS * DAY_MS);
  return entry.state === "DUE" && entry.until !== null && entry.until <= soon;
}

/**
 * The entries a filter keeps (overdue or due soon, kind, an owner's name part, a partner, a cooperation area of the
 * agreement).
 */
export function filterAgenda(entries: readonly AgendaEntry[], filter: AgendaFilter, today: Date): AgendaEntry[] {
  const owner = filter.owner?.toLocaleLowerCase("de");
  const text = filter.q?.toLocaleLowerCase("de");
  const mentions = (entry: AgendaEntry, part: string) =>
    entry.title.toLocaleLowerCase("de").includes(part) ||
    (entry.agreement?.title.toLocaleLowerCase("de").includes(part) ?? false);
  return entries.filter(
    (entry) =>
      (!text || mentions(entry, text)) &&
      (filter.due !== "overdue" || entry.state === "OVERDUE") &&
      (filter.due !== "soon" || isDueSoon(entry, today)) &&
      (!filter.kind?.length || filter.kind.includes(entry.kind)) &&
      (!owner || (entry.owner ?? "").toLocaleLowerCase("de").includes(owner)) &&
      (filter.partnerId === undefined || entry.partner?.id === filter.partnerId) &&
      (!filter.area?.length || entry.areaCodes.some((code) => filter.area?.includes(code))),
  );
}

export interface AgendaFigures {
  /** Obligations past their deadline (anniversaries are occasions, never overdue). */
  overdue: number;
  /** Obligations due from today up to DUE_SOON_DAYS ahead. */
  dueSoon: number;
}

export function agendaFigures(entries: readonly AgendaEntry[], today: Date): AgendaFigures {
  return {
    overdue: entries.filter((entry) => entry.state === "OVERDUE").length,
    dueSoon: entries.filter((entry) => isDueSoon(entry, today)).length,
  };
}

/** A group of the agenda page: the overdue entries, a month, a year (dates known only to the year), no deadline. */
export interface AgendaGroup {
  key: string;
  kind: "overdue" | "month" | "year" | "noDeadline";
  /** The group's first day (a month's or a year's). */
  start: Date | null;
  entries: AgendaEntry[];
}

/** The entries grouped as the page shows them: overdue first, then by month (or year), then those without deadline. */
export function groupAgenda(entries: readonly AgendaEntry[]): AgendaGroup[] {
  const groups = new Map<string, AgendaGroup>();
  const add = (key: string, group: Omit<AgendaGroup, "entries" | "key">, entry: AgendaEntry) => {
    const found = groups.get(key) ?? { key, ...group, entries: [] };
    found.entries.push(entry);
    groups.set(key, found);
  };
  for (const entry of entries) {
    if (entry.state === "OVERDUE") add("overdue", { kind: "overdue", start: null }, entry);
    else if (!entry.date) add("none", { kind: "noDeadline", start: null }, entry);
    else if (entry.precision === "YEAR") {
      const year = entry.date.getUTCFullYear();
      add(String(year), { kind: "year", start: new Date(Date.UTC(year, 0, 1)) }, entry);
    } else {
      const start = new Date(Date.UTC(entry.date.getUTCFullYear(), entry.date.getUTCMonth(), 1));
      add(start.toISOString().slice(0, 7), { kind: "month", start }, entry);
    }
  }
  const rank = (group: AgendaGroup) => (group.kind === "overdue" ? 0 : group.kind === "noDeadline" ? 2 : 1);
  return [...groups.values()].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.start?.getTime() ?? 0) - (b.start?.getTime() ?? 0) ||
      (a.kind === "year" ? -1 : 0) - (b.kind === "year" ? -1 : 0),
  );
}
