import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../server/db/prisma";
import { canTransition } from "../../server/domain/agreement-status";
import { COOPERATION_AREAS } from "../../server/domain/cooperation-areas";
import type { DatePrecision } from "../../server/domain/enums";
import { formatPartialDate } from "../../server/schemas/common";
import { createTestDatabase } from "../../server/test/database";
import {
  ACTIVITIES,
  AGREEMENT_AREAS,
  AGREEMENTS,
  CHONGQING_MOU_TITLE,
  INFERRED,
  PARTNERS,
  PEOPLE,
  WORKING_GROUPS,
} from "./data";
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
    commitments: await db.commitment.count(),
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
      commitments: 6,
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

// Each fact below is pinned to its source (the fact sheet /work/shared/data/cologne-partnerships.md, or the source a
// record names where it gives more than the sheet); reverting any one of them fails a test (issue 15, "Facts").
describe("the seed follows its sources", () => {
  let db: Db;

  beforeAll(async () => {
    ({ db } = await createTestDatabase("seeded"));
  });

  const person = (name: string) => db.person.findFirstOrThrow({ where: { name }, include: { partner: true } });
  const mouChongqing = () =>
    db.agreement.findFirstOrThrow({
      where: { type: "MEMORANDUM_OF_UNDERSTANDING", partner: { nameDe: "Chongqing" } },
      include: { areas: { include: { area: true } }, workingGroups: true },
    });
  const visit2019 = () =>
    db.activity.findFirstOrThrow({
      where: { type: "VISIT", partner: { nameDe: "Chongqing" } },
      include: { participants: { include: { person: true } }, areas: { include: { area: true } } },
    });

  it("names Vice Mayor Pan and Zhou Meng with the feminine titles of the press release", async () => {
    const pan = await person("Vizebürgermeisterin Pan");
    expect(pan.role).toBe("Vizebürgermeisterin");
    expect(pan.partner?.nameDe).toBe("Chongqing");
    const zhou = await person("Zhou Meng");
    expect(zhou.role).toBe("Wirtschaftsbotschafterin und Chinaberaterin");
    expect(zhou.partnerId).toBeNull();
    // The press release names her function, not an organisation: none is invented.
    expect(zhou.organisation).toBeNull();

    const visit = await visit2019();
    expect(visit.description).toContain("Vizebürgermeisterin Pan");
    expect(visit.description).toContain("Zhou Meng (Wirtschaftsbotschafterin und Chinaberaterin)");
    const roles = Object.fromEntries(visit.participants.map((link) => [link.person.name, link.role]));
    expect(roles["Vizebürgermeisterin Pan"]).toBe("Gesprächspartnerin (Chongqing)");
  });

  it("names Tang as Oberbürgermeister (mayor of Chongqing)", async () => {
    const tang = await person("Oberbürgermeister Tang");
    expect(tang.role).toBe("Oberbürgermeister");
    expect(tang.organisation).toBe("Stadtregierung Chongqing");
    expect(tang.partner?.nameDe).toBe("Chongqing");
    expect((await visit2019()).description).toContain("Oberbürgermeister Tang");
  });

  it("uses no masculine or unsourced title for Pan, Zhou Meng or Tang anywhere in the seed", () => {
    const texts: string[] = [];
    JSON.stringify([PARTNERS, AGREEMENTS, AGREEMENT_AREAS, PEOPLE, WORKING_GROUPS, ACTIVITIES], (_key, value) => {
      if (typeof value === "string") texts.push(value);
      return value;
    });
    const wrong =
      /Vizebürgermeister(?!in)|Wirtschaftsbotschafter(?!in)|China-?[Bb]erater(?!in)|(?<!Ober)[Bb]ürgermeister Tang/;
    expect(texts.filter((text) => wrong.test(text))).toEqual([]);
  });

  it("gives the Chongqing MoU its complete German title", async () => {
    const mou = await mouChongqing();
    expect(mou.title).toBe(
      "Memorandum of Understanding bezüglich des Aufbaus von freundschaftlichen Kooperationsbeziehungen zwischen " +
        "Chongqing, Volksrepublik China, und Köln, Bundesrepublik Deutschland",
    );
    expect(CHONGQING_MOU_TITLE).toBe(mou.title);
    expect((await visit2019()).outcome).toContain(`„${mou.title}“`);
  });

  it("gives the MoU exactly the five areas of the press release; the rail link is the working group's", async () => {
    const mou = await mouChongqing();
    expect(mou.areas.map((link) => [link.area.code, link.area.nameDe]).sort()).toEqual([
      ["CULTURE", "Kultur"],
      ["ECONOMY", "Wirtschaft"],
      ["ELDERLY_CARE", "Altenpflege"],
      ["ENVIRONMENTAL_TECHNOLOGY", "Umwelttechnologie"],
      ["SPORT", "Sport"],
    ]);
    expect(mou.workingGroups.map((group) => group.name)).toEqual(["Direkte Bahnverbindung Chongqing–Köln"]);
    expect((await visit2019()).areas.map((link) => link.area.code).sort()).toEqual(
      mou.areas.map((link) => link.area.code).sort(),
    );
  });

  it("records the 2020 council decision as a decision to seek a partner, and Grand-Bassam as a later proposal", async () => {
    // No agreement claims the council decision of 14 May 2020: the council decided on no partnership.
    expect(await db.agreement.count({ where: { councilDecisionOn: utc(2020, 5, 14) } })).toBe(0);

    const decision = await db.activity.findFirstOrThrow({
      where: { startOn: utc(2020, 5, 14) },
      include: { agreements: { include: { agreement: true } } },
    });
    expect(decision).toMatchObject({
      type: "MEETING",
      title: "Ratsbeschluss: eine Partnerstadt südlich der Sahara suchen",
      endOn: null,
      partnerId: null,
      verified: true,
    });
    expect(decision.description).toMatch(/Stadt südlich der Sahara zu prüfen/);
    expect(decision.description).not.toContain("Grand-Bassam");
    expect(decision.source).toMatch(/rundschau-online\.de/);
    expect(decision.agreements.map((link) => link.agreement.title)).toEqual([
      "Städtepartnerschaft Köln–Grand-Bassam (Vorschlag)",
    ]);

    const proposal = await db.agreement.findFirstOrThrow({
      where: { partner: { nameDe: "Grand-Bassam" } },
      include: { partner: true, statusChanges: true },
    });
    expect(proposal).toMatchObject({
      status: "PROPOSED",
      verified: false,
      councilDecisionOn: null,
      signedOn: null,
      statusSince: utc(2020, 1, 1),
      statusSincePrecision: "YEAR",
    });
    expect(proposal.source).toMatch(/rundschau-online\.de.*Ausgang nicht bestätigt/);
    expect(proposal.notes).toMatch(/^Ein Vorschlag, kein Ratsbeschluss/);
    expect(proposal.statusChanges.map((change) => change.toStatus)).toEqual(["PROPOSED"]);
    expect(proposal.partner.verified).toBe(false);
    expect(proposal.partner.notes).toContain("der Rat hat über Grand-Bassam nicht entschieden");
  });

  it("marks the inferred end of the Dnipro project partnership as inferred (and the record unverified)", async () => {
    const project = await db.agreement.findFirstOrThrow({
      where: { type: "PROJECT_PARTNERSHIP", partner: { nameDe: "Dnipro" } },
      include: { statusChanges: { orderBy: { recordedAt: "asc" } }, successors: true },
    });
    expect(INFERRED).toBe("erschlossen (nicht belegt)");
    expect(project.signedOn).toEqual(utc(2022, 10, 27));
    expect(project.validUntil).toEqual(utc(2024, 8, 28));
    expect(project.verified).toBe(false);
    expect(project.notes).toContain(`das Ende (gültig bis 28.08.2024) ist ${INFERRED}`);
    const ended = project.statusChanges.at(-1);
    expect(ended?.toStatus).toBe("ENDED");
    expect(ended?.effectiveOn).toEqual(utc(2024, 8, 28));
    expect(ended?.reason).toContain(`Das Enddatum ist ${INFERRED}`);
    // The successor's own dates are in the source: it stays verified.
    expect(project.successors.map((successor) => [successor.title, successor.verified])).toEqual([
      ["Städtepartnerschaft Köln–Dnipro", true],
    ]);
  });

  it("dates the 1958 ring partnership to 3 July 1958, signed in Liège, with its source", async () => {
    const ring = await db.agreement.findMany({
      where: {
        type: "PARTNERSHIP",
        partner: { nameDe: { in: ["Lille", "Lüttich", "Rotterdam", "Turin", "Esch-sur-Alzette"] } },
      },
    });
    expect(ring).toHaveLength(5);
    for (const agreement of ring) {
      expect(agreement.signedOn, agreement.title).toEqual(utc(1958, 7, 3));
      expect(agreement.signedOnPrecision, agreement.title).toBe("DAY");
      expect(agreement.notes, agreement.title).toContain("am 03.07.1958 in Lüttich");
      expect(agreement.source, agreement.title).toContain("stadt-koeln.de (Köln feiert 65 Jahre Ringpartnerschaft)");
    }
  });

  it.each([
    ["Cork", utc(1988, 6, 27), "stadt-koeln.de (Partnerstadt Cork)"],
    ["Thessaloniki", utc(1988, 5, 3), "stadt-koeln.de (Partnerstadt Thessaloniki)"],
  ])("dates the partnership with %s to the day its source gives", async (name, day, source) => {
    const agreement = await db.agreement.findFirstOrThrow({ where: { title: `Städtepartnerschaft Köln–${name}` } });
    expect(agreement.signedOn).toEqual(day);
    expect(agreement.signedOnPrecision).toBe("DAY");
    expect(agreement.source).toContain(source);
  });

  it("stores every agreement's dates as the sources give them, at their precision", async () => {
    const agreements = await db.agreement.findMany({ orderBy: [{ signedOn: "asc" }, { title: "asc" }] });
    const text = (date: Date | null, precision: DatePrecision) => formatPartialDate(date, precision) || null;
    const table = Object.fromEntries(
      agreements.map((a) => [
        a.title.replace(/^Städtepartnerschaft Köln–/, ""),
        [
          text(a.councilDecisionOn, a.councilDecisionOnPrecision),
          text(a.signedOn, a.signedOnPrecision),
          text(a.countersignedOn, a.countersignedOnPrecision),
          text(a.validUntil, a.validUntilPrecision),
        ],
      ]),
    );
    // [council decision, signed, countersigned, valid until]
    expect(table).toEqual({
      Liverpool: [null, "1952", null, null],
      Lille: [null, "1958-07-03", null, null],
      Lüttich: [null, "1958-07-03", null, null],
      Rotterdam: [null, "1958-07-03", null, null],
      Turin: [null, "1958-07-03", null, null],
      "Esch-sur-Alzette": [null, "1958-07-03", null, null],
      Kyoto: ["1963-01-21", "1963-05-29", null, null],
      Tunis: [null, "1964-06-12", null, null],
      Turku: [null, "1967-06-07", null, null],
      "Berlin-Neukölln": [null, "1967-11-15", null, null],
      "Cluj-Napoca": [null, "1976-11-13", null, null],
      "Tel Aviv-Yafo": [null, "1979-08-06", null, null],
      Barcelona: [null, "1984-03-30", "1984-06-27", null],
      Peking: [null, "1987-09-14", null, null],
      Thessaloniki: [null, "1988-05-03", null, null],
      Cork: [null, "1988-06-27", null, null],
      "Corinto/El Realejo": [null, "1988-11-04", null, null],
      Indianapolis: [null, "1988-11-28", "1990", null],
      Wolgograd: [null, "1988-11-28", null, null],
      "Berlin-Treptow-Köpenick": [null, "1990-09-03", null, null],
      Kattowitz: [null, "1991-03-15", null, null],
      Bethlehem: [null, "1996-03-12", null, null],
      Istanbul: [null, "1997-03-15", null, null],
      "Memorandum of Understanding zum 20-jährigen Bestehen der Städtepartnerschaft Köln–Peking": [
        null,
        "2007",
        null,
        null,
      ],
      "Kooperationsvereinbarung Köln–Tunis": [null, "2009-10-07", null, null],
      "Rio de Janeiro": [null, "2011-09-19", null, null],
      "Klimapartnerschaft Köln–Corinto": [null, "2012", null, null],
      "Klimapartnerschaft Köln–Rio de Janeiro": [null, "2012", null, null],
      "Klimapartnerschaft Köln–Yarinacocha": [null, "2017", null, null],
      [CHONGQING_MOU_TITLE]: [null, "2019-08", null, null],
      "Projektpartnerschaft Köln–Dnipro": [null, "2022-10-27", null, "2024-08-28"],
      Dnipro: ["2024-05-16", "2024-08-28", null, null],
      "Grand-Bassam (Vorschlag)": [null, null, null, null],
    });
  });

  it("gives Wolgograd's continuing project only the area its source names (civil society)", async () => {
    const links = await db.agreementArea.findMany({
      where: { agreement: { type: "PARTNERSHIP", partner: { nameDe: "Wolgograd" } } },
      include: { area: true },
    });
    expect(links.map((link) => [link.area.code, link.status])).toEqual([["CIVIL_SOCIETY", "ACTIVE"]]);
  });

  it("names the source of the expo's dates beside the press release", async () => {
    const visit = await visit2019();
    expect(visit.description).toContain("vom 26. bis 29.08.2019");
    expect(visit.source).toBe("Stadt Köln, Pressemitteilung 2019; english.www.gov.cn (24.08.2019)");
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
  it("replaces all data with the demo data, only when asked, and tells the change feed's listeners", async () => {
    const { db, url } = await createTestDatabase("seeded");
    const listener = new pg.Client({ connectionString: url });
    await listener.connect();
    const heard: string[] = [];
    listener.on("notification", (message) => heard.push(message.payload ?? ""));
    await listener.query("LISTEN record_changes");
    const before = await countAll(db);
    await db.partner.create({ data: { nameDe: "Extra", nameEn: "Extra", countryCode: "FR", continent: "EUROPE" } });
    await expect(seedDemoData(db)).rejects.toThrow();
    const summary = await replaceWithDemoData(db);
    expect(summary).toEqual(before);
    expect(await countAll(db)).toEqual(before);
    expect(await db.partner.count({ where: { nameDe: "Extra" } })).toBe(0);
    await expect.poll(() => heard.some((payload) => JSON.parse(payload).action === "REPLACE")).toBe(true);
    await listener.end();
  });
});
