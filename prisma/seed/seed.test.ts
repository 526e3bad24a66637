import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../server/db/prisma";
import { canTransition } from "../../server/domain/agreement-status";
import { COOPERATION_AREAS } from "../../server/domain/cooperation-areas";
import { createTestDatabase } from "../../server/test/database";
import { ACTIVITIES, AGREEMENT_AREAS, AGREEMENTS, PARTNERS, PEOPLE } from "./data";
import { parseSourceDate } from "./dates";
import { isDatabaseEmpty, replaceWithDemoData, type SeedSummary, seedDemoData } from "./index";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function countAll(db: Db) {
  return {
    cooperationAreas: await db.cooperationArea.count(),
    partners: await db.partner.count(),
    agreements: await db.agreement.count(),
    statusChanges: await db.statusChange.count(),
    agreementAreas: await db.agreementArea.count(),
    people: await db.person.count(),
    workingGroups: await db.workingGroup.count(),
    workingGroupMembers: await db.workingGroupMember.count(),
    milestones: await db.milestone.count(),
    activities: await db.activity.count(),
    activityAgreements: await db.activityAgreement.count(),
    activityAreas: await db.activityArea.count(),
    activityParticipants: await db.activityParticipant.count(),
  } satisfies SeedSummary;
}

describe("parseSourceDate", () => {
  it("maps year, month and day to UTC midnight with their precision", () => {
    expect(parseSourceDate("1952")).toEqual({ date: utc(1952, 1, 1), precision: "YEAR" });
    expect(parseSourceDate("1988-06")).toEqual({ date: utc(1988, 6, 1), precision: "MONTH" });
    expect(parseSourceDate("1963-05-29")).toEqual({ date: utc(1963, 5, 29), precision: "DAY" });
  });

  it("rejects malformed and impossible dates", () => {
    expect(() => parseSourceDate("1988-13")).toThrow();
    expect(() => parseSourceDate("2023-02-29")).toThrow();
    expect(() => parseSourceDate("88-06-01")).toThrow();
  });
});

describe("seedDemoData on an empty database", () => {
  let db: Db;
  let summary: SeedSummary;
  let emptyBefore: boolean;

  beforeAll(async () => {
    ({ db } = await createTestDatabase("empty"));
    emptyBefore = await isDatabaseEmpty(db);
    summary = await seedDemoData(db);
  });

  it("reports the database empty before and not empty after", async () => {
    expect(emptyBefore).toBe(true);
    expect(await isDatabaseEmpty(db)).toBe(false);
  });

  it("writes the expected number of rows, and the summary matches the tables", async () => {
    expect(await countAll(db)).toEqual(summary);
    expect(summary).toEqual({
      cooperationAreas: COOPERATION_AREAS.length,
      partners: 28,
      agreements: 33,
      statusChanges: 33 + 3,
      agreementAreas: 10,
      people: 5,
      workingGroups: 1,
      workingGroupMembers: 0,
      milestones: 2,
      activities: 2,
      activityAgreements: 2,
      activityAreas: 5,
      activityParticipants: 5,
    });
    expect(PARTNERS.length).toBe(28);
    expect(AGREEMENTS.length).toBe(33);
    expect(AGREEMENT_AREAS.length).toBe(10);
    expect(PEOPLE.length).toBe(5);
    expect(ACTIVITIES.length).toBe(2);
  });

  it("seeds the cooperation areas in the reference order", async () => {
    const areas = await db.cooperationArea.findMany({ orderBy: { sortOrder: "asc" } });
    expect(areas.map((area) => [area.code, area.nameDe, area.sortOrder])).toEqual(
      COOPERATION_AREAS.map((area, index) => [area.code, area.nameDe, index]),
    );
  });

  it("seeds 25 partnership partners (23 international + 2 Berlin districts) and 3 further partners", async () => {
    const partnerships = await db.agreement.findMany({
      where: { type: "PARTNERSHIP", status: { not: "PROPOSED" } },
      include: { partner: true },
    });
    expect(partnerships).toHaveLength(25);
    const districts = partnerships.filter((agreement) => agreement.partner.kind === "DISTRICT");
    expect(districts.map((agreement) => agreement.partner.nameDe).sort()).toEqual([
      "Berlin-Neukölln",
      "Berlin-Treptow-Köpenick",
    ]);
    expect(districts.every((agreement) => agreement.partner.countryCode === "DE")).toBe(true);
    expect(partnerships.filter((agreement) => agreement.partner.countryCode !== "DE")).toHaveLength(23);

    const others = await db.partner.findMany({
      where: { nameDe: { in: ["Chongqing", "Yarinacocha", "Grand-Bassam"] } },
      orderBy: { nameDe: "asc" },
    });
    expect(others.map((partner) => [partner.nameDe, partner.countryCode, partner.continent])).toEqual([
      ["Chongqing", "CN", "ASIA"],
      ["Grand-Bassam", "CI", "AFRICA"],
      ["Yarinacocha", "PE", "SOUTH_AMERICA"],
    ]);
  });

  it("stores local names and countries", async () => {
    const chongqing = await db.partner.findFirstOrThrow({ where: { nameDe: "Chongqing" } });
    expect(chongqing.nameLocal).toBe("重庆");
    expect(chongqing.latitude).toBeCloseTo(29.563);
    const kyoto = await db.partner.findFirstOrThrow({ where: { nameEn: "Kyoto" } });
    expect(kyoto.nameLocal).toBe("京都市");
    const bethlehem = await db.partner.findFirstOrThrow({ where: { nameDe: "Bethlehem" } });
    expect(bethlehem.countryCode).toBe("PS");
    expect(bethlehem.continent).toBe("ASIA");
    const indianapolis = await db.partner.findFirstOrThrow({ where: { nameDe: "Indianapolis" } });
    expect(indianapolis.continent).toBe("NORTH_AMERICA");
  });

  it("gives every agreement a status history that leads to its current status", async () => {
    const agreements = await db.agreement.findMany({
      include: { statusChanges: { orderBy: [{ recordedAt: "asc" }, { id: "asc" }] } },
    });
    expect(agreements).toHaveLength(33);
    for (const agreement of agreements) {
      const history = agreement.statusChanges;
      const first = history[0];
      const latest = history[history.length - 1];
      expect(first, agreement.title).toBeDefined();
      expect(latest, agreement.title).toBeDefined();
      if (!first || !latest) continue;
      expect(first.fromStatus, agreement.title).toBeNull();
      // A proposal that was neither decided nor signed is dated by its proposal (statusSince), nothing else.
      const firstDate = agreement.signedOn ?? agreement.councilDecisionOn;
      if (firstDate === null) expect(agreement.status, agreement.title).toBe("PROPOSED");
      expect(first.effectiveOn, agreement.title).toEqual(firstDate ?? agreement.statusSince);
      expect(first.changedBy).toBe("Datenübernahme (Seed)");
      for (let i = 1; i < history.length; i++) {
        const previous = history[i - 1];
        const current = history[i];
        if (!previous || !current) continue;
        expect(current.fromStatus).toBe(previous.toStatus);
        expect(canTransition(previous.toStatus, current.toStatus), agreement.title).toBe(true);
      }
      expect(latest.toStatus, agreement.title).toBe(agreement.status);
      expect(agreement.statusSince, agreement.title).toEqual(latest.effectiveOn);
      expect(agreement.responsibleUnit).toBe("Büro für Internationale Angelegenheiten");
    }
  });

  it("stores dates with their precision", async () => {
    const liverpool = await db.agreement.findFirstOrThrow({ where: { title: "Städtepartnerschaft Köln–Liverpool" } });
    expect(liverpool.signedOn).toEqual(utc(1952, 1, 1));
    expect(liverpool.signedOnPrecision).toBe("YEAR");
    // The sources give no validity dates; none are invented.
    expect(liverpool.validFrom).toBeNull();
    const cork = await db.agreement.findFirstOrThrow({ where: { title: "Städtepartnerschaft Köln–Cork" } });
    expect(cork.signedOn).toEqual(utc(1988, 6, 27));
    expect(cork.signedOnPrecision).toBe("DAY");
    const kyoto = await db.agreement.findFirstOrThrow({ where: { title: "Städtepartnerschaft Köln–Kyoto" } });
    expect(kyoto.councilDecisionOn).toEqual(utc(1963, 1, 21));
    expect(kyoto.signedOn).toEqual(utc(1963, 5, 29));
    expect(kyoto.signedOnPrecision).toBe("DAY");
    const indy = await db.agreement.findFirstOrThrow({ where: { title: "Städtepartnerschaft Köln–Indianapolis" } });
    expect(indy.signedOn).toEqual(utc(1988, 11, 28));
    expect(indy.countersignedOn).toEqual(utc(1990, 1, 1));
    expect(indy.countersignedOnPrecision).toBe("YEAR");
  });

  it("records Wolgograd as suspended since 2022-03-03 with a scope", async () => {
    const volgograd = await db.agreement.findFirstOrThrow({
      where: { type: "PARTNERSHIP", partner: { nameDe: "Wolgograd" } },
      include: { statusChanges: { orderBy: { recordedAt: "asc" } }, areas: { include: { area: true } } },
    });
    expect(volgograd.status).toBe("SUSPENDED");
    expect(volgograd.statusSince).toEqual(utc(2022, 3, 3));
    expect(volgograd.statusScope).toMatch(/Zwangsarbeiter/);
    expect(volgograd.statusChanges.map((change) => [change.fromStatus, change.toStatus])).toEqual([
      [null, "ACTIVE"],
      ["ACTIVE", "SUSPENDED"],
    ]);
    expect(volgograd.statusChanges[1]?.scope).toBe(volgograd.statusScope);
    expect(volgograd.areas.map((link) => link.area.code)).toEqual(["CIVIL_SOCIETY"]);
  });

  it("records Corinto as dormant and Grand-Bassam as an unverified proposal", async () => {
    const corinto = await db.agreement.findFirstOrThrow({
      where: { type: "PARTNERSHIP", partner: { countryCode: "NI" } },
    });
    expect(corinto.status).toBe("DORMANT");
    expect(corinto.statusSince).toEqual(utc(2022, 1, 1));
    expect(corinto.statusScope).toMatch(/koeln-corinto\.de/);

    const grandBassam = await db.agreement.findFirstOrThrow({ where: { partner: { nameDe: "Grand-Bassam" } } });
    expect(grandBassam.status).toBe("PROPOSED");
    expect(grandBassam.verified).toBe(false);
    expect(grandBassam.councilDecisionOn).toBeNull();
    expect(grandBassam.signedOn).toBeNull();
    expect(grandBassam.statusSince).toEqual(utc(2020, 1, 1));
    expect(grandBassam.statusSincePrecision).toBe("YEAR");
  });

  it("links the Dnipro partnership to its predecessor, the ended 2022 project partnership", async () => {
    const dnipro = await db.agreement.findFirstOrThrow({
      where: { type: "PARTNERSHIP", partner: { nameDe: "Dnipro" } },
      include: { predecessor: true },
    });
    expect(dnipro.status).toBe("ACTIVE");
    expect(dnipro.councilDecisionOn).toEqual(utc(2024, 5, 16));
    expect(dnipro.signedOn).toEqual(utc(2024, 8, 28));
    expect(dnipro.predecessor?.type).toBe("PROJECT_PARTNERSHIP");
    expect(dnipro.predecessor?.signedOn).toEqual(utc(2022, 10, 27));
    expect(dnipro.predecessor?.status).toBe("ENDED");
    expect(dnipro.predecessor?.statusSince).toEqual(utc(2024, 8, 28));
  });

  it("seeds the Chongqing MoU with its areas, working group and the 2019 visit", async () => {
    const mou = await db.agreement.findFirstOrThrow({
      where: { type: "MEMORANDUM_OF_UNDERSTANDING", partner: { nameDe: "Chongqing" } },
      include: {
        areas: { include: { area: true } },
        workingGroups: { include: { milestones: true, members: true } },
        activities: {
          include: { activity: { include: { participants: { include: { person: true } }, areas: true } } },
        },
      },
    });
    expect(mou.status).toBe("ACTIVE");
    expect(mou.verified).toBe(true);
    expect(mou.signedOn).toEqual(utc(2019, 8, 1));
    expect(mou.signedOnPrecision).toBe("MONTH");
    expect(mou.areas.map((link) => link.area.code).sort()).toEqual([
      "CULTURE",
      "ECONOMY",
      "ELDERLY_CARE",
      "ENVIRONMENTAL_TECHNOLOGY",
      "SPORT",
    ]);
    expect(mou.areas.every((link) => link.status === "PLANNED")).toBe(true);

    expect(mou.workingGroups).toHaveLength(1);
    const group = mou.workingGroups[0];
    expect(group?.name).toBe("Direkte Bahnverbindung Chongqing–Köln");
    expect(group?.status).toBe("ANNOUNCED");
    expect(group?.verified).toBe(false);
    expect(group?.leadCologneId).toBeNull();
    expect(group?.leadPartnerId).toBeNull();
    expect(group?.members).toHaveLength(0);
    expect(group?.milestones.map((milestone) => [milestone.title, milestone.status, milestone.dueOn]).sort()).toEqual([
      ["Arbeitsgruppe bilden", "OPEN", null],
      ["Rahmenbedingungen für die Umsetzung erarbeiten", "OPEN", null],
    ]);

    expect(mou.activities).toHaveLength(1);
    const visit = mou.activities[0]?.activity;
    expect(visit?.type).toBe("VISIT");
    expect(visit?.startOn).toEqual(utc(2019, 8, 25));
    expect(visit?.endOn).toEqual(utc(2019, 8, 26));
    expect(visit?.verified).toBe(true);
    expect(visit?.areas).toHaveLength(5);
    expect(visit?.participants.map((participant) => participant.person.name).sort()).toEqual([
      "Henriette Reker",
      "Michael Josipovic",
      "Oberbürgermeister Tang",
      "Vizebürgermeisterin Pan",
      "Zhou Meng",
    ]);
  });

  it("refuses a second run and leaves the data unchanged", async () => {
    const before = await countAll(db);
    await expect(seedDemoData(db)).rejects.toThrow(/already holds data/);
    expect(await countAll(db)).toEqual(before);
  });
});

describe("the seeded template database", () => {
  it("holds the demo data", async () => {
    const { db } = await createTestDatabase("seeded");
    expect(await isDatabaseEmpty(db)).toBe(false);
    expect(await db.partner.count()).toBe(28);
  });
});

describe("replaceWithDemoData", () => {
  it("replaces all data with the demo data, only when asked", async () => {
    const { db } = await createTestDatabase("seeded");
    const before = await countAll(db);
    await db.partner.create({ data: { nameDe: "Extra", nameEn: "Extra", countryCode: "FR", continent: "EUROPE" } });
    await expect(seedDemoData(db)).rejects.toThrow();
    const summary = await replaceWithDemoData(db);
    expect(summary).toEqual(before);
    expect(await countAll(db)).toEqual(before);
    expect(await db.partner.count({ where: { nameDe: "Extra" } })).toBe(0);
  });
});
