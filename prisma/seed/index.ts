// The demo seed: Cologne's real international partnerships (see ./data.ts for the facts and their sources).
// Everything is written in one transaction, so a failure leaves nothing half-written. It refuses to run on a
// database that already holds data; the caller decides whether to call it.
import { DERIVED_TABLES } from "../../server/db/derived-tables";
import type { Db, Tx } from "../../server/db/prisma";
import { canTransition } from "../../server/domain/agreement-status";
import { COOPERATION_AREAS } from "../../server/domain/cooperation-areas";
import type { AgreementStatus } from "../../server/domain/enums";
import { sourceColumns } from "../../server/services/shared/records";
import {
  ACTIVITIES,
  AGREEMENT_AREAS,
  AGREEMENTS,
  type AgreementSeed,
  COMMITMENTS,
  PARTNERS,
  PEOPLE,
  RESPONSIBLE_UNIT,
  SEED_CHANGED_BY,
  WORKING_GROUPS,
} from "./data";
import { type FuzzyDate, parseExactDate, parseSourceDate } from "./dates";

/** How many rows the seed wrote, per table. */
export interface SeedSummary {
  cooperationAreas: number;
  partners: number;
  agreements: number;
  statusChanges: number;
  agreementAreas: number;
  people: number;
  workingGroups: number;
  workingGroupMembers: number;
  milestones: number;
  commitments: number;
  activities: number;
  activityAgreements: number;
  activityAreas: number;
  activityParticipants: number;
}

export const SEED_NOT_EMPTY_MESSAGE =
  "The database already holds data (partners, agreements, activities, people, working groups or cooperation " +
  "areas); the demo seed was not run and nothing was written.";

/** True when none of the core tables (Partner, Agreement, Activity, Person, WorkingGroup, CooperationArea) has rows. */
export async function isDatabaseEmpty(db: Db | Tx): Promise<boolean> {
  const counts = await Promise.all([
    db.partner.count(),
    db.agreement.count(),
    db.activity.count(),
    db.person.count(),
    db.workingGroup.count(),
    db.cooperationArea.count(),
  ]);
  return counts.every((count) => count === 0);
}

/** Writes Cologne's partnership data into an empty database, in one transaction. Throws if the database is not empty. */
export async function seedDemoData(db: Db): Promise<SeedSummary> {
  return db.$transaction((tx) => writeSeed(tx), { maxWait: 10_000, timeout: 60_000 });
}

/** Every table of the app's data, children first; the one list a reset empties. */
const APP_TABLES = [
  ...DERIVED_TABLES,
  "Document",
  "AgreementPin",
  "HumanRightsReview",
  "CommitmentMilestone",
  "CommitmentActivity",
  "Commitment",
  "ActivityParticipant",
  "ActivityArea",
  "ActivityAgreement",
  "Activity",
  "Milestone",
  "WorkingGroupMember",
  "WorkingGroup",
  "AgreementArea",
  "StatusChange",
  "Agreement",
  "Person",
  "Partner",
  "CooperationArea",
] as const;

/**
 * Deletes all data and writes the demo data again, in one transaction: if seeding fails, the old data stays.
 * Only for an explicit request (`npm run db:seed -- --replace`).
 */
export async function replaceWithDemoData(db: Db): Promise<SeedSummary> {
  return db.$transaction(
    async (tx) => {
      // Ids are not restarted: the audit trail (kept) must never point at a new record with an old record's id.
      await tx.$executeRawUnsafe(`TRUNCATE ${APP_TABLES.map((table) => `"${table}"`).join(", ")}`);
      const summary = await writeSeed(tx);
      // The seed writes no audit events: a running app server hears of the replacement through the change feed
      // (delivered at commit) and drops every kept answer; open pages refetch everything.
      await tx.$executeRaw`SELECT pg_notify('record_changes', '{"id":0,"entity":"ALL","entityId":"","action":"REPLACE"}')`;
      return summary;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}

// ---------------------------------------------------------------------------------------------------------------

interface StatusRow {
  fromStatus: AgreementStatus | null;
  toStatus: AgreementStatus;
  effectiveOn: FuzzyDate;
  reason: string;
  scope: string | null;
}

interface PlannedAgreement {
  seed: AgreementSeed;
  signedOn: FuzzyDate | null;
  councilDecisionOn: FuzzyDate | null;
  countersignedOn: FuzzyDate | null;
  validUntil: FuzzyDate | null;
  history: StatusRow[];
}

/** Derives each agreement's dates and full status history, and checks the history follows the lifecycle. */
function planAgreement(seed: AgreementSeed): PlannedAgreement {
  const signedOn = seed.signedOn ? parseSourceDate(seed.signedOn) : null;
  const councilDecisionOn = seed.councilDecisionOn ? parseSourceDate(seed.councilDecisionOn) : null;
  if (seed.proposedOn !== undefined && seed.initialStatus !== "PROPOSED") {
    throw new Error(`Seed agreement "${seed.key}": proposedOn is only for a proposal (initialStatus PROPOSED)`);
  }
  const proposedOn = seed.proposedOn ? parseSourceDate(seed.proposedOn) : null;
  const first = signedOn ?? councilDecisionOn ?? proposedOn;
  if (!first) throw new Error(`Seed agreement "${seed.key}" has neither signedOn, councilDecisionOn nor proposedOn`);

  const history: StatusRow[] = [
    {
      fromStatus: null,
      toStatus: seed.initialStatus,
      effectiveOn: first,
      reason: `Übernahme aus den Quellen der Stadt Köln und ihrer Partner (${seed.source}).`,
      scope: null,
    },
  ];
  for (const change of seed.laterChanges ?? []) {
    const previous = history[history.length - 1];
    if (!previous) throw new Error("unreachable: empty status history");
    if (!canTransition(previous.toStatus, change.toStatus)) {
      throw new Error(`Seed agreement "${seed.key}": ${previous.toStatus} → ${change.toStatus} is not allowed`);
    }
    const effectiveOn = parseSourceDate(change.effectiveOn);
    if (effectiveOn.date < previous.effectiveOn.date) {
      throw new Error(`Seed agreement "${seed.key}": status change on ${change.effectiveOn} predates the previous one`);
    }
    history.push({
      fromStatus: previous.toStatus,
      toStatus: change.toStatus,
      effectiveOn,
      reason: change.reason,
      scope: change.scope ?? null,
    });
  }

  return {
    seed,
    signedOn,
    councilDecisionOn,
    countersignedOn: seed.countersignedOn ? parseSourceDate(seed.countersignedOn) : null,
    validUntil: seed.validUntil ? parseSourceDate(seed.validUntil) : null,
    history,
  };
}

function lookup(map: ReadonlyMap<string, number>, key: string, what: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`Seed: unknown ${what} "${key}"`);
  return id;
}

/**
 * Maps the keys of the seed data to the ids the database returned, matching seed and row on `column` (a field unique
 * within the seed).
 */
function idsByKey<C extends string, S extends Record<C, string>, K extends string>(
  seeds: readonly S[],
  rows: readonly ({ id: number } & Record<C, string>)[],
  column: C,
  key: (seed: S) => K,
  what: string,
): Map<K, number> {
  const byField = new Map<string, number>();
  for (const row of rows) {
    if (byField.has(row[column])) throw new Error(`Seed: duplicate ${what} "${row[column]}"`);
    byField.set(row[column], row.id);
  }
  const result = new Map<K, number>();
  for (const seed of seeds) {
    const id = byField.get(seed[column]);
    if (id === undefined) throw new Error(`Seed: ${what} "${seed[column]}" was not written`);
    result.set(key(seed), id);
  }
  return result;
}

async function writeSeed(tx: Tx): Promise<SeedSummary> {
  if (!(await isDatabaseEmpty(tx))) throw new Error(SEED_NOT_EMPTY_MESSAGE);

  const planned = AGREEMENTS.map((seed) => planAgreement(seed));

  // Cooperation areas
  const areaRows = await tx.cooperationArea.createManyAndReturn({
    data: COOPERATION_AREAS.map((area, index) => ({
      code: area.code,
      nameDe: area.nameDe,
      nameEn: area.nameEn,
      sortOrder: index,
    })),
    select: { id: true, code: true },
  });
  const areaIds = idsByKey(COOPERATION_AREAS, areaRows, "code", (area) => area.code, "cooperation area");

  // Partners
  const partnerRows = await tx.partner.createManyAndReturn({
    data: PARTNERS.map(({ key: _key, ...partner }) => partner),
    select: { id: true, nameDe: true },
  });
  const partnerIds = idsByKey(PARTNERS, partnerRows, "nameDe", (partner) => partner.key, "partner");

  // Agreements: first those without a predecessor, then their successors (which need the predecessor's id).
  const agreementIds = new Map<string, number>();
  const withoutPredecessor = planned.filter((plan) => plan.seed.predecessor === undefined);
  const withPredecessor = planned.filter((plan) => plan.seed.predecessor !== undefined);
  for (const batch of [withoutPredecessor, withPredecessor]) {
    if (batch.length === 0) continue;
    const rows = await tx.agreement.createManyAndReturn({
      data: batch.map((plan) => {
        const { seed, history } = plan;
        const latest = history[history.length - 1];
        if (!latest) throw new Error("unreachable: empty status history");
        return {
          type: seed.type,
          title: seed.title,
          partnerId: lookup(partnerIds, seed.partner, "partner"),
          councilDecisionOn: plan.councilDecisionOn?.date ?? null,
          councilDecisionOnPrecision: plan.councilDecisionOn?.precision ?? "DAY",
          signedOn: plan.signedOn?.date ?? null,
          signedOnPrecision: plan.signedOn?.precision ?? "DAY",
          countersignedOn: plan.countersignedOn?.date ?? null,
          countersignedOnPrecision: plan.countersignedOn?.precision ?? "DAY",
          validUntil: plan.validUntil?.date ?? null,
          validUntilPrecision: plan.validUntil?.precision ?? "DAY",
          status: latest.toStatus,
          statusScope: latest.scope,
          statusSince: latest.effectiveOn.date,
          statusSincePrecision: latest.effectiveOn.precision,
          responsibleUnit: RESPONSIBLE_UNIT,
          predecessorId:
            seed.predecessor === undefined ? null : lookup(agreementIds, seed.predecessor, "predecessor agreement"),
          ...sourceColumns(seed),
        };
      }),
      select: { id: true, title: true },
    });
    const seeds = batch.map((plan) => plan.seed);
    for (const [key, id] of idsByKey(seeds, rows, "title", (seed) => seed.key, "agreement")) agreementIds.set(key, id);
  }

  // Status history. recordedAt is set explicitly (1 ms apart) so that "latest" is unambiguous even though every
  // row is written in the same transaction (whose CURRENT_TIMESTAMP is constant).
  const recordedBase = Date.now();
  const statusChanges = await tx.statusChange.createMany({
    data: planned.flatMap((plan) =>
      plan.history.map((row, index) => ({
        agreementId: lookup(agreementIds, plan.seed.key, "agreement"),
        fromStatus: row.fromStatus,
        toStatus: row.toStatus,
        scope: row.scope,
        reason: row.reason,
        effectiveOn: row.effectiveOn.date,
        effectiveOnPrecision: row.effectiveOn.precision,
        changedBy: SEED_CHANGED_BY,
        recordedAt: new Date(recordedBase + index),
      })),
    ),
  });

  const agreementAreas = await tx.agreementArea.createMany({
    data: AGREEMENT_AREAS.map((link) => ({
      agreementId: lookup(agreementIds, link.agreement, "agreement"),
      areaId: lookup(areaIds, link.area, "cooperation area"),
      status: link.status,
      notes: link.notes,
    })),
  });

  // People
  const personRows = await tx.person.createManyAndReturn({
    data: PEOPLE.map((person) => ({
      name: person.name,
      role: person.role,
      organisation: person.organisation,
      partnerId: "partner" in person ? lookup(partnerIds, person.partner, "partner") : null,
      ...sourceColumns(person),
    })),
    select: { id: true, name: true },
  });
  const personIds = idsByKey(PEOPLE, personRows, "name", (person) => person.key, "person");

  // Working groups, their members and milestones
  let workingGroupMembers = 0;
  let milestones = 0;
  const workingGroupIds = new Map<string, number>();
  for (const group of WORKING_GROUPS) {
    const created = await tx.workingGroup.create({
      data: {
        agreementId: lookup(agreementIds, group.agreement, "agreement"),
        name: group.name,
        goal: group.goal,
        status: group.status,
        leadCologneId: group.leadCologne === null ? null : lookup(personIds, group.leadCologne, "person"),
        leadPartnerId: group.leadPartner === null ? null : lookup(personIds, group.leadPartner, "person"),
        ...sourceColumns(group),
      },
      select: { id: true },
    });
    workingGroupIds.set(group.name, created.id);
    const members: readonly { person: string; role: string | null }[] = group.members;
    if (members.length > 0) {
      const result = await tx.workingGroupMember.createMany({
        data: members.map((member) => ({
          workingGroupId: created.id,
          personId: lookup(personIds, member.person, "person"),
          role: member.role,
        })),
      });
      workingGroupMembers += result.count;
    }
    const result = await tx.milestone.createMany({
      data: group.milestones.map((milestone) => ({
        workingGroupId: created.id,
        title: milestone.title,
        status: milestone.status,
        dueOn: milestone.dueOn === null ? null : parseExactDate(milestone.dueOn),
        notes: milestone.notes,
      })),
    });
    milestones += result.count;
  }

  // Commitments (no owners, no dates: the sources name none)
  const commitments = await tx.commitment.createMany({
    data: COMMITMENTS.map((commitment) => ({
      agreementId: lookup(agreementIds, commitment.agreement, "agreement"),
      title: commitment.title,
      quote: commitment.quote,
      quoteLanguage: commitment.quoteLanguage,
      workingGroupId:
        commitment.workingGroup === null ? null : lookup(workingGroupIds, commitment.workingGroup, "working group"),
      ...sourceColumns(commitment),
    })),
  });

  // Activities and their links
  const activityRows = await tx.activity.createManyAndReturn({
    data: ACTIVITIES.map((activity) => ({
      type: activity.type,
      title: activity.title,
      startOn: parseExactDate(activity.startOn),
      endOn: activity.endOn === null ? null : parseExactDate(activity.endOn),
      place: activity.place,
      partnerId: activity.partner === null ? null : lookup(partnerIds, activity.partner, "partner"),
      description: activity.description,
      outcome: activity.outcome,
      source: activity.source,
      verified: activity.verified,
    })),
    select: { id: true, title: true },
  });
  const activityIds = idsByKey(ACTIVITIES, activityRows, "title", (activity) => activity.title, "activity");
  const activityId = (title: string) => lookup(activityIds, title, "activity");

  const activityAgreements = await tx.activityAgreement.createMany({
    data: ACTIVITIES.flatMap((activity) =>
      activity.agreements.map((agreement) => ({
        activityId: activityId(activity.title),
        agreementId: lookup(agreementIds, agreement, "agreement"),
      })),
    ),
  });
  const activityAreas = await tx.activityArea.createMany({
    data: ACTIVITIES.flatMap((activity) =>
      activity.areas.map((area) => ({
        activityId: activityId(activity.title),
        areaId: lookup(areaIds, area, "cooperation area"),
      })),
    ),
  });
  const activityParticipants = await tx.activityParticipant.createMany({
    data: ACTIVITIES.flatMap((activity) =>
      activity.participants.map((participant) => ({
        activityId: activityId(activity.title),
        personId: lookup(personIds, participant.person, "person"),
        role: participant.role,
      })),
    ),
  });

  return {
    cooperationAreas: areaRows.length,
    partners: partnerRows.length,
    agreements: agreementIds.size,
    statusChanges: statusChanges.count,
    agreementAreas: agreementAreas.count,
    people: personRows.length,
    workingGroups: WORKING_GROUPS.length,
    workingGroupMembers,
    milestones,
    commitments: commitments.count,
    activities: activityRows.length,
    activityAgreements: activityAgreements.count,
    activityAreas: activityAreas.count,
    activityParticipants: activityParticipants.count,
  };
}
