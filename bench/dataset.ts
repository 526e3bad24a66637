// The generated benchmark data set, built in memory from a scale and a seed (no database, no clock, no
// Math.random): the same inputs give the same rows, byte for byte. Rows follow the domain rules of server/domain/:
// every agreement's status history is a path through AGREEMENT_TRANSITIONS that ends at its current status, with
// non-decreasing effective dates up to the reference day, a scope only on dormant/suspended changes, dates stored
// with their precision (historic ones often only to the year or month), and statusSince equal to the latest change.
import { AGREEMENT_TRANSITIONS, SCOPED_STATUSES } from "../server/domain/agreement-status";
import { COOPERATION_AREAS } from "../server/domain/cooperation-areas";
import {
  type ActivityType,
  AGREEMENT_STATUSES,
  type AgreementStatus,
  type AgreementType,
  type AreaLinkStatus,
  type MilestoneStatus,
  type PartnerKind,
  type WorkingGroupStatus,
} from "../server/domain/enums";
import type { CopyValue } from "./copy";
import { localScriptName, personName, placeName, slug } from "./data/names";
import { COUNTRIES, type Country, GERMAN_MUNICIPALITIES, parseCities } from "./data/places";
import * as T from "./data/texts";
import {
  DAY,
  DAY_MS,
  IMPORT_DAY,
  IMPORT_MS,
  isoDay,
  isoTime,
  MONTH,
  NOW_MS,
  PRECISIONS,
  REFERENCE_DAY,
  truncate,
  YEAR,
  yearOf,
} from "./dates";
import { at, Random, WeightedTable } from "./random";
import { GENERATED_SCALES, type GeneratedScale, type ScaleCounts } from "./scales";

/** The tables the generator fills, in the order they are loaded (parents first). */
export const TABLE_NAMES = [
  "CooperationArea",
  "Partner",
  "Agreement",
  "StatusChange",
  "AgreementArea",
  "Person",
  "WorkingGroup",
  "WorkingGroupMember",
  "Milestone",
  "Activity",
  "ActivityAgreement",
  "ActivityArea",
  "ActivityParticipant",
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** What the rows need from the database they go into: the ids of the cooperation areas, by index in COOPERATION_AREAS. */
export interface LoadContext {
  areaIds: readonly number[];
}

export interface TableData {
  name: Exclude<TableName, "CooperationArea">;
  columns: readonly string[];
  rowCount: number;
  /** Tables whose ids the generator sets: their sequence must be moved past them after loading. */
  serialId: boolean;
  rows(context: LoadContext): Iterable<readonly CopyValue[]>;
}

export interface Dataset {
  scale: GeneratedScale;
  seed: number;
  tables: TableData[];
  /** Rows per table once loaded (CooperationArea included). */
  counts: Record<TableName, number>;
}

// ---------------------------------------------------------------------------------------------------------------
// Status paths
// ---------------------------------------------------------------------------------------------------------------

type Status = AgreementStatus;
const STATUS = Object.fromEntries(AGREEMENT_STATUSES.map((status, index) => [status, index])) as Record<Status, number>;
const SCOPED = new Set(SCOPED_STATUSES.map((status) => STATUS[status]));
const NEXT: number[][] = AGREEMENT_STATUSES.map((status) => AGREEMENT_TRANSITIONS[status].map((to) => STATUS[to]));
/** Histories are at most this long (rows per agreement). */
const MAX_LENGTH = 40;

/** reach[s][r]: bit mask of the statuses an agreement in status s can be in after exactly r more changes. */
const REACH: number[][] = (() => {
  const reach = AGREEMENT_STATUSES.map((_, s) => [1 << s]);
  for (let r = 1; r < MAX_LENGTH; r++) {
    for (let s = 0; s < AGREEMENT_STATUSES.length; s++) {
      let mask = 0;
      for (const t of at(NEXT, s)) mask |= at(at(reach, t), r - 1);
      at(reach, s).push(mask);
    }
  }
  return reach;
})();

const canReach = (from: number, changes: number, to: number) => (at(at(REACH, from), changes) & (1 << to)) !== 0;

/** How likely each allowed transition is when more than one keeps the path on course (unlisted: weight 1). */
const TRANSITION_WEIGHTS: Partial<Record<Status, Partial<Record<Status, number>>>> = {
  PROPOSED: { IN_NEGOTIATION: 9, ENDED: 1 },
  IN_NEGOTIATION: { SIGNED: 8, PROPOSED: 2, ENDED: 1 },
  SIGNED: { ACTIVE: 19, ENDED: 1 },
  ACTIVE: { DORMANT: 6, SUSPENDED: 2, ENDED: 1 },
  DORMANT: { ACTIVE: 7, SUSPENDED: 1, ENDED: 2 },
  SUSPENDED: { ACTIVE: 6, DORMANT: 3, ENDED: 1 },
};
const weightOf = (from: number, to: number) =>
  TRANSITION_WEIGHTS[at(AGREEMENT_STATUSES, from)]?.[at(AGREEMENT_STATUSES, to)] ?? 1;

const FIRST_STATUSES = ["PROPOSED", "IN_NEGOTIATION", "SIGNED", "ACTIVE", "DORMANT", "SUSPENDED"].map(
  (status) => STATUS[status as Status],
);
const FALLBACK_FINAL = ["ACTIVE", "DORMANT", "SUSPENDED", "ENDED", "SIGNED", "IN_NEGOTIATION", "PROPOSED"].map(
  (status) => STATUS[status as Status],
);

/** The first status and the final one for a history of `length` rows, as close to the wishes as the table allows. */
function choosePath(
  preferredFirst: readonly number[],
  final: number,
  length: number,
): { first: number; final: number } {
  for (const end of [final, ...FALLBACK_FINAL]) {
    for (const first of [...preferredFirst, ...FIRST_STATUSES]) {
      if (canReach(first, length - 1, end)) return { first, final: end };
    }
  }
  throw new Error(`no status path of ${length} rows exists`);
}

/** A random path of `length` statuses from `first` to `final`, each step an allowed transition. */
function walk(random: Random, first: number, final: number, length: number): number[] {
  const path = [first];
  let current = first;
  for (let k = 1; k < length; k++) {
    const remaining = length - 1 - k;
    const options = at(NEXT, current).filter((next) => canReach(next, remaining, final));
    current = at(options, random.weighted(options.map((next) => weightOf(current, next))));
    path.push(current);
  }
  return path;
}

/** The fewest rows a history from one of `firsts` to `final` needs. */
function minimumLength(firsts: readonly number[], final: number): number {
  for (let length = 1; length <= MAX_LENGTH; length++) {
    if (firsts.some((first) => canReach(first, length - 1, final))) return length;
  }
  return 1;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------------

class StringPool {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  intern(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(value, i);
    }
    return i;
  }
}

interface FuzzyDay {
  /** The stored (truncated) day. */
  day: number;
  /** The day it really was, before truncation (for ordering further dates). */
  raw: number;
  precision: number;
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const exponential = (random: Random) => -Math.log(1 - random.next());
const dateOrNull = (value: FuzzyDay | null) => (value ? isoDay(value.day) : null);
const precisionOrDay = (value: FuzzyDay | null) => at(PRECISIONS, value ? value.precision : DAY);
const AREA_INDEX = new Map<string, number>(COOPERATION_AREAS.map((area, index) => [area.code, index]));
const areaIndex = (code: string) => {
  const index = AREA_INDEX.get(code);
  if (index === undefined) throw new Error(`unknown cooperation area ${code}`);
  return index;
};

function pickWeighted<K extends string>(random: Random, weights: Readonly<Record<K, number>>): K {
  const keys = Object.keys(weights) as K[];
  return at(keys, random.weighted(keys.map((key) => weights[key])));
}

// ---------------------------------------------------------------------------------------------------------------
// Plans of the rows that other rows refer to
// ---------------------------------------------------------------------------------------------------------------

interface PartnerPlan {
  index: number;
  id: number;
  country: Country;
  nameDe: string;
  nameEn: string;
  nameLocal: string | null;
  latin: string;
  kind: PartnerKind;
  row: CopyValue[];
  weight: number;
  agreements: number[];
  people: number[];
}

interface AgreementPlan {
  index: number;
  id: number;
  partner: PartnerPlan;
  townIndex: number;
  town: string;
  type: AgreementType;
  status: number;
  startDay: number;
  /** From when activities make sense: the signing (or the first record). */
  activeFrom: number;
  /** The last day activities make sense: the end, or (for quiet agreements) the start of their quiet status. */
  lastActive: number;
  endDay: number | null;
  signed: FuzzyDay | null;
  topic: (typeof T.TOPICS)[number];
  areas: number[];
  createdMs: number;
  row: CopyValue[];
}

const TYPE_WEIGHTS: Record<"europe" | "far" | "asia", Readonly<Record<AgreementType, number>>> = {
  europe: {
    PARTNERSHIP: 58,
    FRIENDSHIP: 14,
    PROJECT_PARTNERSHIP: 8,
    CONTACT: 9,
    MEMORANDUM_OF_UNDERSTANDING: 4,
    COOPERATION_AGREEMENT: 4,
    CLIMATE_PARTNERSHIP: 3,
  },
  far: {
    PARTNERSHIP: 30,
    FRIENDSHIP: 10,
    PROJECT_PARTNERSHIP: 20,
    CONTACT: 10,
    MEMORANDUM_OF_UNDERSTANDING: 8,
    COOPERATION_AGREEMENT: 7,
    CLIMATE_PARTNERSHIP: 15,
  },
  asia: {
    PARTNERSHIP: 30,
    FRIENDSHIP: 20,
    PROJECT_PARTNERSHIP: 8,
    CONTACT: 10,
    MEMORANDUM_OF_UNDERSTANDING: 17,
    COOPERATION_AGREEMENT: 12,
    CLIMATE_PARTNERSHIP: 3,
  },
};

/** Years in which agreements of each type were typically first recorded. */
const TYPE_YEARS: Readonly<Record<AgreementType, readonly [number, number][]>> = {
  PARTNERSHIP: [
    [1950, 1988],
    [1989, 2004],
    [2005, 2026],
  ],
  FRIENDSHIP: [
    [1955, 1988],
    [1989, 2004],
    [2005, 2026],
  ],
  PROJECT_PARTNERSHIP: [[1990, 2026]],
  CONTACT: [[1975, 2026]],
  MEMORANDUM_OF_UNDERSTANDING: [[2000, 2026]],
  COOPERATION_AGREEMENT: [[1995, 2026]],
  CLIMATE_PARTNERSHIP: [[2009, 2026]],
};
const ERA_WEIGHTS = [35, 40, 25];

const TITLE_PREFIX: Readonly<Record<AgreementType, string>> = {
  PARTNERSHIP: "Städtepartnerschaft",
  FRIENDSHIP: "Städtefreundschaft",
  PROJECT_PARTNERSHIP: "Projektpartnerschaft",
  CONTACT: "Kontakt",
  MEMORANDUM_OF_UNDERSTANDING: "Memorandum of Understanding",
  COOPERATION_AGREEMENT: "Kooperationsvereinbarung",
  CLIMATE_PARTNERSHIP: "Klimapartnerschaft",
};

const AREA_LINK_WEIGHTS: Readonly<Record<Status, Partial<Record<AreaLinkStatus, number>>>> = {
  PROPOSED: { PLANNED: 1 },
  IN_NEGOTIATION: { PLANNED: 1 },
  SIGNED: { PLANNED: 3, ACTIVE: 1 },
  ACTIVE: { ACTIVE: 75, PLANNED: 12, DORMANT: 10, ENDED: 3 },
  DORMANT: { DORMANT: 70, ACTIVE: 15, ENDED: 15 },
  SUSPENDED: { DORMANT: 50, ACTIVE: 30, ENDED: 20 },
  ENDED: { ENDED: 85, DORMANT: 15 },
};

const GROUP_STATUS_WEIGHTS: Readonly<Record<Status, Partial<Record<WorkingGroupStatus, number>>>> = {
  PROPOSED: { ANNOUNCED: 1 },
  IN_NEGOTIATION: { ANNOUNCED: 3, FORMING: 1 },
  SIGNED: { ANNOUNCED: 1, FORMING: 2, ACTIVE: 1 },
  ACTIVE: { ACTIVE: 60, FORMING: 10, ANNOUNCED: 5, PAUSED: 5, CONCLUDED: 20 },
  DORMANT: { PAUSED: 50, CONCLUDED: 30, DISSOLVED: 20 },
  SUSPENDED: { PAUSED: 70, DISSOLVED: 30 },
  ENDED: { CONCLUDED: 60, DISSOLVED: 40 },
};

const ACTIVITY_TYPE_WEIGHTS: Readonly<Record<ActivityType, number>> = {
  VISIT: 22,
  DELEGATION: 15,
  CONFERENCE: 8,
  SIGNING: 2,
  MEETING: 25,
  EXCHANGE: 18,
  EVENT: 10,
};

// ---------------------------------------------------------------------------------------------------------------
// The builder
// ---------------------------------------------------------------------------------------------------------------

export function buildDataset(scale: GeneratedScale, seed: number): Dataset {
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`The seed must be a non-negative integer, not ${seed}`);
  const counts: ScaleCounts = GENERATED_SCALES[scale];
  const stream = (name: string) => new Random(seed, `${scale}:${name}`);

  const partners = buildPartners(stream("partners"), counts.partners);
  const towns = new WeightedTable(GERMAN_MUNICIPALITIES.map((_, rank) => 1 / (rank + 1) ** 0.75));
  const agreements = buildAgreements(stream, counts, partners, towns);
  const people = buildPeople(stream("people"), counts.people, partners, agreements.plans, towns);
  const groups = buildWorkingGroups(stream("groups"), counts, agreements.plans, people);
  const activities = buildActivities(stream("activities"), counts.activities, agreements.plans, people);

  const area = (context: LoadContext, index: number) => at(context.areaIds, index);
  const tables: TableData[] = [
    table(
      "Partner",
      PARTNER_COLUMNS,
      true,
      partners.map((partner) => partner.row),
    ),
    table(
      "Agreement",
      AGREEMENT_COLUMNS,
      true,
      agreements.plans.map((plan) => plan.row),
    ),
    {
      name: "StatusChange",
      columns: STATUS_CHANGE_COLUMNS,
      rowCount: agreements.changes.count,
      serialId: true,
      rows: () => agreements.changes.rows(),
    },
    {
      name: "AgreementArea",
      columns: ["agreementId", "areaId", "status", "notes"],
      rowCount: agreements.areaLinks.length,
      serialId: false,
      *rows(context) {
        for (const [agreementId, index, status, notes] of agreements.areaLinks) {
          yield [agreementId, area(context, index), status, notes];
        }
      },
    },
    table("Person", PERSON_COLUMNS, true, people.rows),
    table("WorkingGroup", WORKING_GROUP_COLUMNS, true, groups.groups),
    table("WorkingGroupMember", ["workingGroupId", "personId", "role"], false, groups.members),
    table("Milestone", MILESTONE_COLUMNS, true, groups.milestones),
    table("Activity", ACTIVITY_COLUMNS, true, activities.activities),
    table("ActivityAgreement", ["activityId", "agreementId"], false, activities.agreements),
    {
      name: "ActivityArea",
      columns: ["activityId", "areaId"],
      rowCount: activities.areas.length,
      serialId: false,
      *rows(context) {
        for (const [activityId, index] of activities.areas) yield [activityId, area(context, index)];
      },
    },
    table("ActivityParticipant", ["activityId", "personId", "role"], false, activities.participants),
  ];

  const rowCounts = Object.fromEntries(tables.map((t) => [t.name, t.rowCount])) as Record<TableName, number>;
  rowCounts.CooperationArea = COOPERATION_AREAS.length;
  return { scale, seed, tables, counts: rowCounts };
}

function table(
  name: TableData["name"],
  columns: readonly string[],
  serialId: boolean,
  rows: readonly (readonly CopyValue[])[],
): TableData {
  return { name, columns, rowCount: rows.length, serialId, rows: () => rows };
}

// ---------------------------------------------------------------------------------------------------------------
// Partners
// ---------------------------------------------------------------------------------------------------------------

const PARTNER_COLUMNS = [
  "id",
  "nameDe",
  "nameEn",
  "nameLocal",
  "countryCode",
  "continent",
  "kind",
  "latitude",
  "longitude",
  "website",
  "notes",
  "source",
  "verified",
  "version",
  "createdAt",
  "updatedAt",
] as const;

function buildPartners(random: Random, count: number): PartnerPlan[] {
  const countries = new WeightedTable(COUNTRIES.map((country) => country.weight));
  const cityLists = COUNTRIES.map((country) => parseCities(country.cities));
  const nextCity = COUNTRIES.map(() => 0);
  const usedNames = COUNTRIES.map(() => new Set<string>());
  const partners: PartnerPlan[] = [];

  for (let index = 0; index < count; index++) {
    const c = countries.draw(random);
    const country = at(COUNTRIES, c);
    const cities = at(cityLists, c);
    const used = at(usedNames, c);
    let latin: string;
    let de: string;
    let en: string;
    let local: string | null;
    let weight = 1;
    const cityIndex = at(nextCity, c);
    if (cityIndex < cities.length) {
      const city = at(cities, cityIndex);
      nextCity[c] = cityIndex + 1;
      ({ latin, de, en } = city);
      local = city.local;
      // The biggest and best-known cities come first in each list and have many German partners.
      weight = 1 + 12 / (cityIndex + 1);
    } else {
      latin = placeName(random, country.language);
      for (let attempt = 0; attempt < 12 && used.has(latin); attempt++) latin = placeName(random, country.language);
      de = latin;
      en = latin;
      local = localScriptName(latin, country.language);
    }
    used.add(latin);

    const kindDraw = random.next();
    const kind: PartnerKind = kindDraw < 0.88 ? "CITY" : kindDraw < 0.94 ? "DISTRICT" : "REGION";
    if (kind === "DISTRICT") {
      de = `Bezirk ${de}`;
      en = `${en} District`;
    } else if (kind === "REGION") {
      de = `Region ${de}`;
      en = `${en} Region`;
    }
    const hasPosition = random.chance(0.9);
    const jitter = () => (random.next() + random.next() - 1) * country.spread;
    const latitude = hasPosition ? clamp(Math.round((country.lat + jitter()) * 1000) / 1000, -89, 89) : null;
    const longitude = hasPosition ? clamp(Math.round((country.lon + jitter() * 1.4) * 1000) / 1000, -179, 179) : null;
    const website = random.chance(0.35) ? `https://www.${slug(latin)}.${country.tld}` : null;
    const notes = random.chance(0.08) ? random.pick(T.PARTNER_NOTES) : null;
    const verified = random.chance(0.55);
    const version = random.chance(0.2) ? random.int(2, 4) : 1;
    const updatedMs = NOW_MS - random.int(1, 3_000) * 3_600_000;
    const id = index + 1;
    const row: CopyValue[] = [
      id,
      de,
      en,
      local,
      country.code,
      country.continent,
      kind,
      latitude,
      longitude,
      website,
      notes,
      T.SOURCE,
      verified,
      version,
      null, // createdAt: set once the partner's agreements are known
      isoTime(updatedMs),
    ];
    partners.push({
      index,
      id,
      country,
      nameDe: de,
      nameEn: en,
      nameLocal: local,
      latin,
      kind,
      row,
      weight,
      agreements: [],
      people: [],
    });
  }
  return partners;
}

// ---------------------------------------------------------------------------------------------------------------
// Agreements, their status history and their cooperation areas
// ---------------------------------------------------------------------------------------------------------------

const AGREEMENT_COLUMNS = [
  "id",
  "type",
  "title",
  "partnerId",
  "councilDecisionOn",
  "councilDecisionOnPrecision",
  "signedOn",
  "signedOnPrecision",
  "countersignedOn",
  "countersignedOnPrecision",
  "validFrom",
  "validFromPrecision",
  "validUntil",
  "validUntilPrecision",
  "status",
  "statusScope",
  "statusSince",
  "statusSincePrecision",
  "responsibleUnit",
  "predecessorId",
  "source",
  "verified",
  "notes",
  "version",
  "createdAt",
  "updatedAt",
] as const;

const STATUS_CHANGE_COLUMNS = [
  "id",
  "agreementId",
  "fromStatus",
  "toStatus",
  "scope",
  "reason",
  "effectiveOn",
  "effectiveOnPrecision",
  "changedBy",
  "recordedAt",
] as const;

/** The status history of all agreements, column by column (a million rows stay compact). */
class StatusChanges {
  readonly agreementId: Int32Array;
  readonly from: Int8Array;
  readonly to: Int8Array;
  readonly scope: Int32Array;
  readonly reason: Int32Array;
  readonly day: Int32Array;
  readonly precision: Int8Array;
  readonly changedBy: Int32Array;
  readonly recordedMs: Float64Array;
  readonly strings = new StringPool();
  count = 0;

  constructor(readonly capacity: number) {
    this.agreementId = new Int32Array(capacity);
    this.from = new Int8Array(capacity);
    this.to = new Int8Array(capacity);
    this.scope = new Int32Array(capacity);
    this.reason = new Int32Array(capacity);
    this.day = new Int32Array(capacity);
    this.precision = new Int8Array(capacity);
    this.changedBy = new Int32Array(capacity);
    this.recordedMs = new Float64Array(capacity);
  }

  *rows(): Iterable<readonly CopyValue[]> {
    const text = this.strings.values;
    const string = (index: number) => (index < 0 ? null : at(text, index));
    for (let i = 0; i < this.count; i++) {
      const from = this.from[i] ?? -1;
      yield [
        i + 1,
        this.agreementId[i] ?? 0,
        from < 0 ? null : at(AGREEMENT_STATUSES, from),
        at(AGREEMENT_STATUSES, this.to[i] ?? 0),
        string(this.scope[i] ?? -1),
        string(this.reason[i] ?? -1),
        isoDay(this.day[i] ?? 0),
        at(PRECISIONS, this.precision[i] ?? 0),
        string(this.changedBy[i] ?? -1),
        isoTime(this.recordedMs[i] ?? 0),
      ];
    }
  }
}

interface Skeleton {
  partner: PartnerPlan;
  townIndex: number;
  type: AgreementType;
  startDay: number;
  imported: boolean;
  firsts: number[];
  final: number;
  length: number;
  extraWeight: number;
}

function buildAgreements(
  stream: (name: string) => Random,
  counts: ScaleCounts,
  partners: PartnerPlan[],
  towns: WeightedTable,
): { plans: AgreementPlan[]; changes: StatusChanges; areaLinks: [number, number, AreaLinkStatus, string | null][] } {
  const random = stream("agreements");

  // Every partner has at least one agreement; the rest go mostly to the big, well-known cities.
  const partnerTable = new WeightedTable(partners.map((partner) => partner.weight));
  const assignment: number[] = [];
  for (let i = 0; i < counts.agreements; i++) {
    assignment.push(i < partners.length ? i : partnerTable.draw(random));
  }
  random.shuffle(assignment);

  // 1. The shape of each agreement: partner, German municipality, type, start, and where its history ends.
  const skeletons: Skeleton[] = assignment.map((partnerIndex) => {
    const partner = at(partners, partnerIndex);
    const country = partner.country;
    let townIndex = towns.draw(random);
    for (let attempt = 0; attempt < 5 && at(GERMAN_MUNICIPALITIES, townIndex) === partner.latin; attempt++) {
      townIndex = towns.draw(random);
    }
    const region =
      country.continent === "EUROPE"
        ? "europe"
        : country.continent === "ASIA" && country.code !== "IL"
          ? "asia"
          : "far";
    const type = pickWeighted(random, TYPE_WEIGHTS[region]);
    const eras = TYPE_YEARS[type];
    const [from, to] = at(eras, eras.length > 1 ? random.weighted(ERA_WEIGHTS) : 0);
    let year = random.int(from, to);
    if (year < country.since) year = country.since + random.int(0, Math.floor((2026 - country.since) * 0.5));
    const startDay = Math.min(Date.UTC(year, 0, 1) / DAY_MS + random.int(0, 364), REFERENCE_DAY - 1);
    const imported = random.chance(year < 2000 ? 0.75 : year < 2012 ? 0.4 : 0.1);
    const recent = startDay > REFERENCE_DAY - 3 * 365;

    let final: Status;
    if ((country.code === "RU" || country.code === "BY") && year < 2022) {
      final = pickWeighted(random, { SUSPENDED: 60, DORMANT: 25, ENDED: 10, ACTIVE: 5 });
    } else if (recent && !imported) {
      final = pickWeighted(random, { PROPOSED: 18, IN_NEGOTIATION: 22, SIGNED: 15, ACTIVE: 40, ENDED: 5 });
    } else {
      const shortLived =
        (type === "PROJECT_PARTNERSHIP" || type === "MEMORANDUM_OF_UNDERSTANDING" || type === "CONTACT") &&
        startDay < REFERENCE_DAY - 8 * 365;
      // Long-stalled proposals and negotiations exist, but rarely.
      final = pickWeighted(random, {
        ACTIVE: 62,
        DORMANT: 17,
        SUSPENDED: 2,
        ENDED: shortLived ? 34 : 14,
        SIGNED: 1.5,
        IN_NEGOTIATION: 0.5,
        PROPOSED: 0.5,
      });
    }
    const finalIndex = STATUS[final];
    const firsts = imported
      ? final === "SIGNED"
        ? [STATUS.SIGNED, STATUS.ACTIVE]
        : [STATUS.ACTIVE, STATUS.SIGNED]
      : [STATUS.PROPOSED, STATUS.IN_NEGOTIATION];
    const years = (REFERENCE_DAY - startDay) / 365;
    const inForceOrEnded = ["ACTIVE", "DORMANT", "SUSPENDED", "ENDED"].includes(final);
    return {
      partner,
      townIndex,
      type,
      startDay,
      imported,
      firsts,
      final: finalIndex,
      length: minimumLength(firsts, finalIndex),
      // Older agreements have longer histories; the noise (a gamma(3) draw, mean 1) keeps few at MAX_LENGTH.
      extraWeight:
        (inForceOrEnded ? Math.max(0.5, years) : 0.15) *
        ((exponential(random) + exponential(random) + exponential(random)) / 3),
    };
  });

  // 2. History lengths: each agreement's minimum plus a share of the rest, so that the total is exactly the target.
  distributeLengths(random, skeletons, counts.statusChanges);

  // 3. Each history, its dates, and the agreement row that follows from it.
  const history = stream("history");
  const changes = new StatusChanges(counts.statusChanges);
  const staff = Array.from({ length: 60 }, () => personName(history, "de").full);
  const plans: AgreementPlan[] = [];
  const areaLinks: [number, number, AreaLinkStatus, string | null][] = [];

  skeletons.forEach((skeleton, index) => {
    const id = index + 1;
    const { partner, townIndex, type, startDay, length } = skeleton;
    const town = at(GERMAN_MUNICIPALITIES, townIndex);
    const path = choosePath(skeleton.firsts, skeleton.final, length);
    const statuses = walk(history, path.first, path.final, length);
    const imported = path.first !== STATUS.PROPOSED && path.first !== STATUS.IN_NEGOTIATION;

    // Effective days: steps before the signing follow each other within months; the later ones spread over the
    // years until the reference day.
    const gaps: number[] = [0];
    const preSigning: boolean[] = [false];
    for (let k = 1; k < length; k++) {
      const from = at(statuses, k - 1);
      const to = at(statuses, k);
      const early = from === STATUS.PROPOSED || from === STATUS.IN_NEGOTIATION || from === STATUS.SIGNED;
      preSigning.push(early);
      gaps.push(early ? (to === STATUS.ACTIVE ? history.int(0, 240) : history.int(20, 320)) : exponential(history));
    }
    const available = REFERENCE_DAY - startDay;
    let early = 0;
    let later = 0;
    for (let k = 1; k < length; k++) {
      if (at(preSigning, k)) early += at(gaps, k);
      else later += at(gaps, k);
    }
    const earlyScale = early > available ? available / early : 1;
    const budget = Math.max(0, available - early * earlyScale) * (0.55 + 0.43 * history.next());
    const rawDays: number[] = [startDay];
    for (let k = 1; k < length; k++) {
      const gap = at(preSigning, k) ? at(gaps, k) * earlyScale : later > 0 ? (at(gaps, k) / later) * budget : 0;
      rawDays.push(Math.min(REFERENCE_DAY, at(rawDays, k - 1) + Math.floor(gap)));
    }

    // Historic facts are known less precisely: before yearUntil only the year, before monthUntil the month.
    const yearUntil = imported ? history.int(1950, 1982) : 0;
    const monthUntil = imported ? history.int(yearUntil, 2003) : 0;
    const precisionOf = (day: number) => {
      const year = yearOf(day);
      return year < yearUntil ? YEAR : year < monthUntil ? MONTH : DAY;
    };
    const fuzzy = (raw: number): FuzzyDay => {
      const precision = precisionOf(raw);
      return { day: truncate(raw, precision), raw, precision };
    };

    const first = changes.count;
    let lastScope: string | null = null;
    let version = 1;
    const townStaff = (k: number) => at(staff, (townIndex * 7 + k) % staff.length);
    for (let k = 0; k < length; k++) {
      const to = at(statuses, k);
      const from = k === 0 ? -1 : at(statuses, k - 1);
      const date = fuzzy(at(rawDays, k));
      const scopes = T.SCOPES[at(AGREEMENT_STATUSES, to)];
      const scope = SCOPED.has(to) && scopes && history.chance(0.45) ? history.pick(scopes) : null;
      const key =
        k === 0
          ? `${imported ? "IMPORT" : "NEW"}>${at(AGREEMENT_STATUSES, to)}`
          : `${at(AGREEMENT_STATUSES, from)}>${at(AGREEMENT_STATUSES, to)}`;
      const reason = history.pick(T.REASONS[key] ?? T.REASONS["IMPORT>ACTIVE"] ?? ["Status erfasst."]);
      const beforeImport = date.raw < IMPORT_DAY;
      const recordedMs = beforeImport
        ? IMPORT_MS + k * 1000
        : date.raw * DAY_MS + 6 * 3_600_000 + k * 60_000 + history.int(0, 59) * 1000;
      if (k > 0 && !beforeImport) version++;
      const i = changes.count++;
      changes.agreementId[i] = id;
      changes.from[i] = from;
      changes.to[i] = to;
      changes.scope[i] = scope === null ? -1 : changes.strings.intern(scope);
      changes.reason[i] = changes.strings.intern(reason);
      changes.day[i] = date.day;
      changes.precision[i] = date.precision;
      changes.changedBy[i] = changes.strings.intern(
        beforeImport || (k === 0 && imported) ? T.CHANGED_BY_IMPORT : townStaff(k),
      );
      changes.recordedMs[i] = recordedMs;
      lastScope = scope;
    }
    const last = first + length - 1;
    const status = at(statuses, length - 1);
    const statusSince: FuzzyDay = {
      day: changes.day[last] ?? 0,
      raw: at(rawDays, length - 1),
      precision: changes.precision[last] ?? DAY,
    };

    // Dates of the agreement itself, consistent with its history.
    const signedAt = statuses.indexOf(STATUS.SIGNED);
    const signedIndex =
      signedAt >= 0 ? signedAt : [STATUS.ACTIVE, STATUS.DORMANT, STATUS.SUSPENDED].includes(path.first) ? 0 : -1;
    const signed = signedIndex >= 0 ? fuzzy(at(rawDays, signedIndex)) : null;
    const negotiationAt = statuses.indexOf(STATUS.IN_NEGOTIATION);
    let council: FuzzyDay | null = null;
    if (!imported && negotiationAt > 0 && history.chance(0.5)) council = fuzzy(at(rawDays, negotiationAt));
    else if (signed && imported && history.chance(0.45)) council = fuzzy(signed.raw - history.int(14, 200));
    const countersigned =
      signed && history.chance(0.08) ? fuzzy(Math.min(REFERENCE_DAY, signed.raw + history.int(7, 120))) : null;
    const validFrom = signed && history.chance(0.25) ? signed : null;
    const endedAt = status === STATUS.ENDED ? length - 1 : -1;
    const endDay = endedAt >= 0 ? at(rawDays, endedAt) : null;
    let validUntil: FuzzyDay | null = null;
    if (signed && endDay !== null && history.chance(0.5)) validUntil = fuzzy(endDay);
    else if (
      signed &&
      endDay === null &&
      (type === "PROJECT_PARTNERSHIP" || type === "CLIMATE_PARTNERSHIP" || type === "COOPERATION_AGREEMENT") &&
      history.chance(0.35)
    ) {
      const raw = signed.raw + 365 * history.int(3, 6);
      validUntil = { day: truncate(raw, signed.precision), raw, precision: signed.precision };
    }

    const topic = history.pick(T.TOPICS);
    const withTopic = type === "PROJECT_PARTNERSHIP" || type === "COOPERATION_AGREEMENT";
    const title = `${TITLE_PREFIX[type]} ${town}–${partner.nameDe}${withTopic ? `: ${topic.name}` : ""}`;
    const notes = history.chance(0.18)
      ? fill(history.pick(T.AGREEMENT_NOTES), { town, partner: partner.nameDe })
      : null;
    const edits = history.chance(0.3) ? history.int(1, 3) : 0;
    const createdMs = changes.recordedMs[first] ?? IMPORT_MS;
    const lastRecorded = changes.recordedMs[last] ?? IMPORT_MS;
    const updatedMs = edits ? Math.min(NOW_MS, lastRecorded + history.int(1, 400) * 3_600_000) : lastRecorded;
    const quiet = status === STATUS.DORMANT || status === STATUS.SUSPENDED;

    const row: CopyValue[] = [
      id,
      type,
      title,
      partner.id,
      dateOrNull(council),
      precisionOrDay(council),
      dateOrNull(signed),
      precisionOrDay(signed),
      dateOrNull(countersigned),
      precisionOrDay(countersigned),
      dateOrNull(validFrom),
      precisionOrDay(validFrom),
      dateOrNull(validUntil),
      precisionOrDay(validUntil),
      at(AGREEMENT_STATUSES, status),
      lastScope,
      isoDay(statusSince.day),
      at(PRECISIONS, statusSince.precision),
      `Stadt ${town}, ${at(T.RESPONSIBLE_UNITS, townIndex % T.RESPONSIBLE_UNITS.length)}`,
      null, // predecessorId: below, once all agreements are known
      T.SOURCE,
      history.chance(imported ? 0.7 : 0.85),
      notes,
      version + edits,
      isoTime(createdMs),
      isoTime(updatedMs),
    ];

    // Cooperation areas: climate partnerships always cover climate, project partnerships their topic.
    const areas: number[] = [];
    if (type === "CLIMATE_PARTNERSHIP") areas.push(areaIndex("CLIMATE"));
    if (withTopic || type === "MEMORANDUM_OF_UNDERSTANDING") areas.push(areaIndex(topic.area));
    const wanted = random.weighted([12, 33, 27, 16, 12]);
    while (areas.length < wanted) {
      const candidate = random.int(0, COOPERATION_AREAS.length - 1);
      if (!areas.includes(candidate)) areas.push(candidate);
    }
    const linkWeights = AREA_LINK_WEIGHTS[at(AGREEMENT_STATUSES, status)];
    for (const areaIdx of areas) {
      const linkStatus = pickWeighted(random, linkWeights as Record<AreaLinkStatus, number>);
      const linkNotes = random.chance(0.06) ? `Schwerpunkt seit ${yearOf(signed?.raw ?? startDay)}.` : null;
      areaLinks.push([id, areaIdx, linkStatus, linkNotes]);
    }

    partner.agreements.push(index);
    plans.push({
      index,
      id,
      partner,
      townIndex,
      town,
      type,
      status,
      startDay,
      activeFrom: signed?.raw ?? startDay,
      lastActive: endDay ?? (quiet ? statusSince.raw : REFERENCE_DAY),
      endDay,
      signed,
      topic,
      areas,
      createdMs,
      row,
    });
  });

  // Successors: a new agreement with the same partner after an earlier one ended.
  const used = new Set<number>();
  for (const plan of plans) {
    if (plan.type === "CONTACT" || !random.chance(0.5)) continue;
    const predecessor = plan.partner.agreements
      .map((i) => at(plans, i))
      .find(
        (other) => other.id < plan.id && other.endDay !== null && other.endDay <= plan.startDay && !used.has(other.id),
      );
    if (predecessor) {
      used.add(predecessor.id);
      plan.row[AGREEMENT_COLUMNS.indexOf("predecessorId")] = predecessor.id;
    }
  }

  // A partner was recorded together with its first agreement.
  const createdAt = PARTNER_COLUMNS.indexOf("createdAt");
  const updatedAt = PARTNER_COLUMNS.indexOf("updatedAt");
  for (const partner of partners) {
    let firstRecorded = Number.POSITIVE_INFINITY;
    for (const i of partner.agreements) firstRecorded = Math.min(firstRecorded, at(plans, i).createdMs);
    const createdMs = Number.isFinite(firstRecorded) ? firstRecorded - 60_000 : IMPORT_MS;
    partner.row[createdAt] = isoTime(createdMs);
    if (Date.parse(String(partner.row[updatedAt])) < createdMs) partner.row[updatedAt] = isoTime(createdMs);
  }

  return { plans, changes, areaLinks };
}

function distributeLengths(random: Random, skeletons: Skeleton[], target: number): void {
  let minimum = 0;
  let totalWeight = 0;
  for (const skeleton of skeletons) {
    minimum += skeleton.length;
    totalWeight += skeleton.extraWeight;
  }
  const extra = target - minimum;
  if (extra < 0) {
    throw new Error(`${target} status changes are too few: ${skeletons.length} agreements need at least ${minimum}`);
  }
  let given = 0;
  for (const skeleton of skeletons) {
    const share = Math.floor((extra * skeleton.extraWeight) / totalWeight);
    const add = Math.min(share, MAX_LENGTH - skeleton.length);
    skeleton.length += add;
    given += add;
  }
  const byWeight = new WeightedTable(skeletons.map((skeleton) => skeleton.extraWeight + 1e-9));
  let left = extra - given;
  for (let attempts = 0; left > 0; attempts++) {
    if (attempts > 100 * target) throw new Error("could not distribute the status changes");
    const skeleton = at(skeletons, byWeight.draw(random));
    if (skeleton.length < MAX_LENGTH) {
      skeleton.length++;
      left--;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------------------------

const PERSON_COLUMNS = [
  "id",
  "name",
  "role",
  "organisation",
  "partnerId",
  "email",
  "notes",
  "source",
  "verified",
  "version",
  "createdAt",
  "updatedAt",
] as const;

interface People {
  rows: CopyValue[][];
  /** Person ids on the German side, by index in GERMAN_MUNICIPALITIES. */
  byTown: number[][];
}

function buildPeople(
  random: Random,
  count: number,
  partners: PartnerPlan[],
  agreements: AgreementPlan[],
  towns: WeightedTable,
): People {
  const germanSide = Math.round(count * 0.25);
  const byTown: number[][] = GERMAN_MUNICIPALITIES.map(() => []);
  // Municipalities and partners with more agreements have more people in the data.
  const townWeights = GERMAN_MUNICIPALITIES.map(() => 0);
  for (const plan of agreements) townWeights[plan.townIndex] = (townWeights[plan.townIndex] ?? 0) + 1;
  const townTable = agreements.length ? new WeightedTable(townWeights) : towns;
  const partnerTable = new WeightedTable(partners.map((partner) => partner.agreements.length));
  const rows: CopyValue[][] = [];

  for (let index = 0; index < count; index++) {
    const id = index + 1;
    const german = index < germanSide;
    let name: ReturnType<typeof personName>;
    let role: string;
    let organisation: string;
    let partnerId: number | null = null;
    let email: string | null = null;
    if (german) {
      const townIndex = townTable.draw(random);
      const town = at(GERMAN_MUNICIPALITIES, townIndex);
      at(byTown, townIndex).push(id);
      name = personName(random, "de");
      const employer = random.pick(T.GERMAN_ORGANISATIONS);
      role = random.pick(employer.roles);
      organisation = fill(employer.name, { town });
      if (random.chance(0.4)) email = `${slug(name.given)}.${slug(name.family)}@${slug(town)}.example`;
    } else {
      const partner = at(partners, partnerTable.draw(random));
      partner.people.push(id);
      partnerId = partner.id;
      name = personName(random, partner.country.language);
      const employer = random.pick(T.PARTNER_ORGANISATIONS);
      role = random.pick(employer.roles);
      organisation = fill(employer.name, { partner: partner.nameDe });
      if (random.chance(0.3)) email = `${slug(name.given)}.${slug(name.family)}@${slug(partner.latin)}.example`;
    }
    const createdMs = IMPORT_MS + random.int(0, Math.floor((NOW_MS - IMPORT_MS) / 3_600_000) - 1) * 3_600_000;
    const updatedMs = random.chance(0.3) ? Math.min(NOW_MS, createdMs + random.int(1, 20_000) * 3_600_000) : createdMs;
    rows.push([
      id,
      name.full,
      role,
      organisation,
      partnerId,
      email,
      random.chance(0.05) ? "Ansprechperson für Schulpartnerschaften." : null,
      T.SOURCE,
      random.chance(0.6),
      updatedMs > createdMs ? 2 : 1,
      isoTime(createdMs),
      isoTime(updatedMs),
    ]);
  }
  return { rows, byTown };
}

// ---------------------------------------------------------------------------------------------------------------
// Working groups and milestones
// ---------------------------------------------------------------------------------------------------------------

const WORKING_GROUP_COLUMNS = [
  "id",
  "agreementId",
  "name",
  "goal",
  "status",
  "leadCologneId",
  "leadPartnerId",
  "source",
  "verified",
  "notes",
  "version",
  "createdAt",
  "updatedAt",
] as const;

const MILESTONE_COLUMNS = [
  "id",
  "workingGroupId",
  "title",
  "dueOn",
  "status",
  "doneOn",
  "notes",
  "createdAt",
  "updatedAt",
] as const;

const GROUP_STATUS_FACTOR: Readonly<Record<Status, number>> = {
  PROPOSED: 0.3,
  IN_NEGOTIATION: 0.5,
  SIGNED: 2,
  ACTIVE: 4,
  DORMANT: 1,
  SUSPENDED: 1,
  ENDED: 1,
};
const GROUP_TYPE_FACTOR: Readonly<Record<AgreementType, number>> = {
  PARTNERSHIP: 1.5,
  FRIENDSHIP: 0.7,
  PROJECT_PARTNERSHIP: 3,
  CONTACT: 0.3,
  MEMORANDUM_OF_UNDERSTANDING: 1,
  COOPERATION_AGREEMENT: 2,
  CLIMATE_PARTNERSHIP: 3,
};

/** Picks up to `count` distinct ids from `pool`. */
function someOf(random: Random, pool: readonly number[], count: number): number[] {
  return random.distinct(pool.length, count).map((i) => at(pool, i));
}

function milestoneStatus(random: Random, group: WorkingGroupStatus, due: number | null): MilestoneStatus {
  const past = due !== null && due < REFERENCE_DAY;
  switch (group) {
    case "CONCLUDED":
      return pickWeighted(random, { DONE: 85, CANCELLED: 15 });
    case "DISSOLVED":
      return past ? pickWeighted(random, { DONE: 30, CANCELLED: 70 }) : "CANCELLED";
    case "PAUSED":
      return past ? pickWeighted(random, { DONE: 50, OPEN: 30, CANCELLED: 20 }) : "OPEN";
    default:
      if (due === null) return pickWeighted(random, { OPEN: 70, IN_PROGRESS: 30 });
      return past
        ? pickWeighted(random, { DONE: 70, IN_PROGRESS: 12, OPEN: 10, CANCELLED: 8 })
        : pickWeighted(random, { OPEN: 65, IN_PROGRESS: 30, DONE: 5 });
  }
}

function buildWorkingGroups(
  random: Random,
  counts: ScaleCounts,
  agreements: AgreementPlan[],
  people: People,
): { groups: CopyValue[][]; members: CopyValue[][]; milestones: CopyValue[][] } {
  const table = new WeightedTable(
    agreements.map((plan) => GROUP_STATUS_FACTOR[at(AGREEMENT_STATUSES, plan.status)] * GROUP_TYPE_FACTOR[plan.type]),
  );
  const milestoneCounts = Array.from({ length: counts.workingGroups }, () => 1);
  for (let i = counts.workingGroups; i < counts.milestones; i++) {
    const g = random.int(0, counts.workingGroups - 1);
    milestoneCounts[g] = (milestoneCounts[g] ?? 0) + 1;
  }

  const groups: CopyValue[][] = [];
  const members: CopyValue[][] = [];
  const milestones: CopyValue[][] = [];
  for (let index = 0; index < counts.workingGroups; index++) {
    const id = index + 1;
    const plan = at(agreements, table.draw(random));
    const topic = random.pick(T.TOPICS);
    const name = `Arbeitsgruppe ${topic.name}${random.chance(0.5) ? ` ${plan.town}–${plan.partner.nameDe}` : ""}`;
    const status = pickWeighted(
      random,
      GROUP_STATUS_WEIGHTS[at(AGREEMENT_STATUSES, plan.status)] as Record<WorkingGroupStatus, number>,
    );
    const startDay = Math.min(REFERENCE_DAY, plan.activeFrom + random.int(0, 3 * 365));
    const townPeople = at(people.byTown, plan.townIndex);
    const partnerPeople = plan.partner.people;
    const leadCologne = townPeople.length && random.chance(0.85) ? random.pick(townPeople) : null;
    const leadPartner = partnerPeople.length && random.chance(0.7) ? random.pick(partnerPeople) : null;
    const memberIds = [
      ...someOf(random, townPeople, random.int(1, 3)),
      ...someOf(random, partnerPeople, random.int(0, 3)),
    ];
    for (const personId of memberIds) members.push([id, personId, random.pick(T.GROUP_ROLES)]);

    const createdMs = Math.max(IMPORT_MS, Math.min(NOW_MS - 3_600_000, startDay * DAY_MS + 9 * 3_600_000));
    let updatedMs = createdMs;
    let cursor = startDay + random.int(14, 120);
    let titleIndex = random.int(0, 3);
    for (let m = 0; m < at(milestoneCounts, index); m++) {
      cursor += random.int(45, 400);
      const due = random.chance(0.08) ? null : cursor;
      const milestone = milestoneStatus(random, status, due);
      let doneOn: number | null = null;
      if (milestone === "DONE") {
        doneOn =
          due === null
            ? Math.min(REFERENCE_DAY, startDay + random.int(30, 700))
            : clamp(due + random.int(-60, 60), startDay, REFERENCE_DAY);
      }
      const touchedMs =
        doneOn === null ? createdMs : Math.max(createdMs, Math.min(NOW_MS, doneOn * DAY_MS + 10 * 3_600_000));
      updatedMs = Math.max(updatedMs, touchedMs);
      milestones.push([
        milestones.length + 1,
        id,
        at(T.MILESTONE_TITLES, titleIndex++ % T.MILESTONE_TITLES.length),
        due === null ? null : isoDay(due),
        milestone,
        doneOn === null ? null : isoDay(doneOn),
        random.chance(0.08) ? random.pick(T.MILESTONE_NOTES) : null,
        isoTime(createdMs),
        isoTime(touchedMs),
      ]);
    }
    groups.push([
      id,
      plan.id,
      name,
      fill(random.pick(T.GROUP_GOALS), { topic: topic.name }),
      status,
      leadCologne,
      leadPartner,
      T.SOURCE,
      random.chance(0.6),
      random.chance(0.1) ? "Treffen abwechselnd in beiden Städten, dazwischen online." : null,
      random.chance(0.3) ? random.int(2, 5) : 1,
      isoTime(createdMs),
      isoTime(updatedMs),
    ]);
  }
  return { groups, members, milestones };
}

// ---------------------------------------------------------------------------------------------------------------
// Activities
// ---------------------------------------------------------------------------------------------------------------

const ACTIVITY_COLUMNS = [
  "id",
  "type",
  "title",
  "startOn",
  "endOn",
  "place",
  "partnerId",
  "description",
  "outcome",
  "source",
  "verified",
  "version",
  "createdAt",
  "updatedAt",
] as const;

const ACTIVITY_STATUS_FACTOR: Readonly<Record<Status, number>> = {
  PROPOSED: 0.2,
  IN_NEGOTIATION: 0.5,
  SIGNED: 1.5,
  ACTIVE: 3,
  DORMANT: 0.6,
  SUSPENDED: 0.4,
  ENDED: 0.8,
};

const DURATION_DAYS: Readonly<Record<ActivityType, readonly [number, number] | null>> = {
  VISIT: [1, 6],
  DELEGATION: [2, 8],
  CONFERENCE: [0, 3],
  SIGNING: null,
  MEETING: null,
  EXCHANGE: [5, 14],
  EVENT: [0, 2],
};

/** Titles by type, for activities in the partner's place ("abroad") and in the German municipality ("home"). */
const ACTIVITY_TITLES: Readonly<Record<ActivityType, Readonly<Record<"abroad" | "home", readonly string[]>>>> = {
  VISIT: {
    abroad: [
      "Besuch einer Delegation aus {town} in {partner}",
      "Bürgerreise nach {partner}",
      "Besuch der Verwaltungsspitze in {partner}",
    ],
    home: ["Besuch aus {partner} in {town}", "Empfang einer Delegation aus {partner} im Rathaus"],
  },
  DELEGATION: {
    abroad: ["Delegationsreise {topic} nach {partner}", "Fachdelegation {topic} in {partner}"],
    home: ["Wirtschaftsdelegation aus {partner}", "Fachdelegation {topic} aus {partner}"],
  },
  CONFERENCE: {
    abroad: ["Partnerschaftskonferenz {year} in {place}", "Fachkonferenz {topic} in {place}"],
    home: ["Netzwerktreffen der Partnerstädte {year} in {place}", "Fachkonferenz {topic} in {place}"],
  },
  SIGNING: {
    abroad: ["Unterzeichnung in {place}", "Feierliche Unterzeichnung {town}–{partner}"],
    home: ["Unterzeichnung im Rathaus {place}", "Feierliche Unterzeichnung {town}–{partner}"],
  },
  MEETING: {
    abroad: ["Arbeitstreffen {topic} in {place}", "Jahresgespräch {town}–{partner}"],
    home: [
      "Arbeitstreffen {topic}",
      "Online-Treffen der Partnerschaftsvereine",
      "Abstimmung zum Jahresprogramm {year}",
    ],
  },
  EXCHANGE: {
    abroad: ["Schüleraustausch {town}–{partner} {year}", "Jugendbegegnung in {place}", "Hospitation in {place}"],
    home: [
      "Schüleraustausch {partner}–{town} {year}",
      "Sportbegegnung {year} in {place}",
      "Jugendbegegnung in {place}",
    ],
  },
  EVENT: {
    abroad: ["Partnerschaftsfest in {place}", "Kulturtage {town} in {partner}"],
    home: [
      "Kulturtage {partner} in {town}",
      "Stand aus {partner} auf dem Weihnachtsmarkt",
      "Partnerschaftsfest in {place}",
    ],
  },
};

function activityTitle(
  random: Random,
  type: ActivityType,
  abroad: boolean,
  values: Record<string, string>,
  years: number,
): string {
  if (type === "EVENT" && years >= 5 && years % 5 === 0)
    return fill("{years} Jahre Partnerschaft {town}–{partner}", values);
  return fill(random.pick(ACTIVITY_TITLES[type][abroad ? "abroad" : "home"]), values);
}

function buildActivities(
  random: Random,
  count: number,
  agreements: AgreementPlan[],
  people: People,
): { activities: CopyValue[][]; agreements: CopyValue[][]; areas: [number, number][]; participants: CopyValue[][] } {
  // Some agreements are lively, most are not: the liveliness is drawn once per agreement.
  const table = new WeightedTable(
    agreements.map((plan) => ACTIVITY_STATUS_FACTOR[at(AGREEMENT_STATUSES, plan.status)] * exponential(random) ** 2),
  );
  const byTown = new Map<number, number[]>();
  for (const plan of agreements) {
    const list = byTown.get(plan.townIndex) ?? [];
    list.push(plan.index);
    byTown.set(plan.townIndex, list);
  }
  const activities: CopyValue[][] = [];
  const links: CopyValue[][] = [];
  const areas: [number, number][] = [];
  const participants: CopyValue[][] = [];

  for (let index = 0; index < count; index++) {
    const id = index + 1;
    const plan = at(agreements, table.draw(random));
    const planned = (plan.status === STATUS.ACTIVE || plan.status === STATUS.SIGNED) && random.chance(0.03);
    const lo = plan.startDay;
    const hi = Math.max(lo, random.chance(0.85) ? plan.lastActive : (plan.endDay ?? REFERENCE_DAY));
    let start = planned ? REFERENCE_DAY + random.int(1, 240) : random.int(lo, hi);
    let type = pickWeighted(random, ACTIVITY_TYPE_WEIGHTS);
    if (type === "SIGNING") {
      if (plan.signed && plan.signed.precision === DAY) start = plan.signed.raw;
      else type = "MEETING";
    }
    const duration = DURATION_DAYS[type];
    const endOn =
      duration === null ? (type === "MEETING" && random.chance(0.4) ? start : null) : start + random.int(...duration);
    const abroad = random.chance(0.5);
    const place = abroad ? plan.partner.nameDe : plan.town;
    const year = yearOf(start);
    const years = plan.signed ? year - yearOf(plan.signed.raw) : 0;
    const values = {
      town: plan.town,
      partner: plan.partner.nameDe,
      place,
      topic: plan.topic.name,
      year: String(year),
      years: String(years),
    };
    const createdMs = clamp(start * DAY_MS - random.int(7, 90) * DAY_MS + 8 * 3_600_000, IMPORT_MS, NOW_MS - 3_600_000);
    const updatedMs = Math.min(NOW_MS, createdMs + random.int(0, 60) * DAY_MS);
    activities.push([
      id,
      type,
      activityTitle(random, type, abroad, values, years),
      isoDay(start),
      endOn === null ? null : isoDay(endOn),
      place,
      random.chance(0.92) ? plan.partner.id : null,
      random.chance(0.45) ? fill(random.pick(T.ACTIVITY_DESCRIPTIONS), values) : null,
      start <= REFERENCE_DAY && random.chance(0.25) ? fill(random.pick(T.ACTIVITY_OUTCOMES), values) : null,
      T.SOURCE,
      random.chance(0.5),
      updatedMs > createdMs ? 2 : 1,
      isoTime(createdMs),
      isoTime(updatedMs),
    ]);

    links.push([id, plan.id]);
    if (random.chance(0.08)) {
      const pool = random.chance(0.5) ? plan.partner.agreements : (byTown.get(plan.townIndex) ?? []);
      const other = pool.length ? at(agreements, random.pick(pool)) : plan;
      if (other.id !== plan.id) links.push([id, other.id]);
    }

    const areaCount = random.weighted([25, 45, 20, 10]);
    const chosen = plan.areas.slice(0, areaCount);
    while (chosen.length < areaCount) {
      const candidate = random.int(0, COOPERATION_AREAS.length - 1);
      if (!chosen.includes(candidate)) chosen.push(candidate);
    }
    for (const area of chosen) areas.push([id, area]);

    // People from both sides, drawn from the two lists as one without copying them (Berlin's list is long).
    const townPeople = at(people.byTown, plan.townIndex);
    const partnerPeople = plan.partner.people;
    const size = townPeople.length + partnerPeople.length;
    for (const i of random.distinct(size, random.weighted([35, 25, 20, 12, 8]))) {
      const personId = i < townPeople.length ? at(townPeople, i) : at(partnerPeople, i - townPeople.length);
      participants.push([id, personId, random.chance(0.8) ? random.pick(T.PARTICIPANT_ROLES) : null]);
    }
  }
  return { activities, agreements: links, areas, participants };
}
