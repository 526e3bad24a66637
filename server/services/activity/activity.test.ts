import type { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import type { TActivityCreateInput } from "../../schemas/activity";
import { callerFor, refusedFields, trpcError } from "../../test/caller";
import { createTestDatabase } from "../../test/database";

const SEED_VISIT = "Besuch der Oberbürgermeisterin in Chongqing (2. Smart China Expo)";
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

let db: Db;
let caller: ReturnType<typeof callerFor>;
let visitId: number;
let chongqingId: number;
let mouId: number;
let otherAgreement: { id: number; title: string; partnerId: number };
let people: { id: number; name: string }[];

function person(index: number) {
  const found = people[index];
  if (!found) throw new Error(`the seed has no person #${index}`);
  return found;
}

type ActivityRow = {
  id: number;
  type: string;
  title: string;
  startOn: Date;
  place: string | null;
  description: string | null;
  outcome: string | null;
  partnerId: number | null;
  agreements: { agreementId: number }[];
  areas: { area: { code: string } }[];
};

/** The refused fields, whether the input schema or the service refused them. */
function fieldErrors(error: TRPCError) {
  return Object.fromEntries(refusedFields(error).map((field) => [field, true]));
}

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  caller = callerFor(db);
  const visit = await db.activity.findFirstOrThrow({
    where: { title: SEED_VISIT },
    select: { id: true, partnerId: true, agreements: { select: { agreementId: true } } },
  });
  visitId = visit.id;
  chongqingId = visit.partnerId as number;
  mouId = visit.agreements[0]?.agreementId as number;
  otherAgreement = await db.agreement.findFirstOrThrow({
    where: { partnerId: { not: chongqingId } },
    select: { id: true, title: true, partnerId: true },
    orderBy: { id: "asc" },
  });
  people = await db.person.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } });
});

describe("activity.byId on the seed", () => {
  it("shows the 2019 visit with its partner, agreement, five areas and five participants", async () => {
    const visit = await caller.activity.byId({ id: visitId });
    expect(visit).toMatchObject({
      type: "VISIT",
      startOn: utc(2019, 8, 25),
      endOn: utc(2019, 8, 26),
      partner: { id: chongqingId, nameDe: "Chongqing" },
    });
    expect(visit.agreements).toEqual([
      { id: mouId, title: expect.stringContaining("Chongqing"), status: expect.any(String) },
    ]);
    expect(visit.areas.map((area) => area.code)).toEqual([
      "ECONOMY",
      "CULTURE",
      "SPORT",
      "ENVIRONMENTAL_TECHNOLOGY",
      "ELDERLY_CARE",
    ]);
    expect(visit.participants).toHaveLength(5);
    const reker = visit.participants.find((participant) => participant.person.name === "Henriette Reker");
    expect(reker).toEqual({
      role: "Oberbürgermeisterin",
      person: {
        id: expect.any(Number),
        name: "Henriette Reker",
        role: "Oberbürgermeisterin",
        organisation: "Stadt Köln",
      },
    });
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    expect((await trpcError(() => caller.activity.byId({ id: 999_999 }))).code).toBe("NOT_FOUND");
  });
});

describe("creating, updating and listing activities", () => {
  let meetingId: number;
  let meetingVersion: number;
  let conferenceId: number;

  beforeAll(async () => {
    const meeting = await caller.activity.create({
      type: "MEETING",
      title: "Arbeitstreffen Altenpflege",
      startOn: "2023-05-10",
      endOn: "2023-05-11",
      place: "Köln, Historisches Rathaus",
      partnerId: chongqingId,
      description: "Fachaustausch zu Pflegeheimen",
      outcome: "Hospitation vereinbart",
      agreementIds: [mouId],
      areaCodes: ["ELDERLY_CARE", "HEALTH"],
      participants: [
        { personId: person(0).id, role: "Gastgeberin" },
        { personId: person(3).id, role: "Gast" },
      ],
    });
    meetingId = meeting.id;
    meetingVersion = meeting.version;
    const conference = await caller.activity.create({
      type: "CONFERENCE",
      title: "Klimakonferenz der Partnerstädte",
      startOn: "2024-11-02",
      place: "Online",
      description: "Erfahrungsaustausch über Wärmepläne",
      agreementIds: [otherAgreement.id],
      areaCodes: ["CLIMATE"],
    });
    conferenceId = conference.id;
  });

  it("creates an activity with its links", async () => {
    const meeting = await caller.activity.byId({ id: meetingId });
    expect(meeting).toMatchObject({
      type: "MEETING",
      startOn: utc(2023, 5, 10),
      endOn: utc(2023, 5, 11),
      place: "Köln, Historisches Rathaus",
      verified: false,
      version: 1,
    });
    expect(meeting.agreements.map((agreement) => agreement.id)).toEqual([mouId]);
    expect(meeting.areas.map((area) => area.code).sort()).toEqual(["ELDERLY_CARE", "HEALTH"]);
    expect(meeting.participants.map((participant) => [participant.person.id, participant.role]).sort()).toEqual(
      [
        [person(0).id, "Gastgeberin"],
        [person(3).id, "Gast"],
      ].sort(),
    );
    const conference = await caller.activity.byId({ id: conferenceId });
    expect(conference).toMatchObject({ endOn: null, partner: null, participants: [] });
  });

  /** The ids the list should return, computed in JS from every activity (independent of the service's where). */
  async function expectedIds(keep: (row: ActivityRow) => boolean) {
    const rows = await db.activity.findMany({
      select: {
        id: true,
        type: true,
        title: true,
        startOn: true,
        place: true,
        description: true,
        outcome: true,
        partnerId: true,
        agreements: { select: { agreementId: true } },
        areas: { select: { area: { select: { code: true } } } },
      },
    });
    return rows
      .filter(keep)
      .map((row) => row.id)
      .sort((a, b) => a - b);
  }

  it("filters by type, year, partner, agreement, area and text", async () => {
    const ids = async (input: Parameters<typeof caller.activity.list>[0]) =>
      (await caller.activity.list({ ...input, pageSize: 200 })).items.map((item) => item.id).sort((a, b) => a - b);
    const text = (row: ActivityRow) =>
      [row.title, row.place, row.description, row.outcome].filter(Boolean).join(" ").toLowerCase();

    const meetingOrConference = await ids({ type: ["MEETING", "CONFERENCE"] });
    expect(meetingOrConference).toEqual(await expectedIds((row) => ["MEETING", "CONFERENCE"].includes(row.type)));
    expect(meetingOrConference).toEqual(expect.arrayContaining([meetingId, conferenceId]));
    expect(meetingOrConference).not.toContain(visitId);

    for (const year of [2019, 2023, 2024, 2022]) {
      expect(await ids({ year })).toEqual(await expectedIds((row) => row.startOn.getUTCFullYear() === year));
    }
    expect(await ids({ year: 2019 })).toContain(visitId);
    expect(await ids({ year: 2024 })).toContain(conferenceId);

    const byPartner = await ids({ partnerId: chongqingId });
    expect(byPartner).toEqual(await expectedIds((row) => row.partnerId === chongqingId));
    expect(byPartner).toEqual(expect.arrayContaining([visitId, meetingId]));

    const byAgreement = await ids({ agreementId: mouId });
    expect(byAgreement).toEqual(await expectedIds((row) => row.agreements.some((link) => link.agreementId === mouId)));
    expect(byAgreement).toEqual(expect.arrayContaining([visitId, meetingId]));
    expect(byAgreement).not.toContain(conferenceId);

    const byArea = await ids({ area: "ELDERLY_CARE" });
    expect(byArea).toEqual(await expectedIds((row) => row.areas.some((link) => link.area.code === "ELDERLY_CARE")));
    expect(byArea).toEqual(expect.arrayContaining([visitId, meetingId]));
    expect(await ids({ area: "CLIMATE" })).toContain(conferenceId);

    // q searches title, place, description and outcome, case-insensitively.
    for (const [q, id] of [
      ["klimakonferenz", conferenceId],
      ["RATHAUS", meetingId],
      ["WÄRMEPLÄNE", conferenceId],
      ["hospitation", meetingId],
      ["smart city cologne", visitId],
    ] as const) {
      const found = await ids({ q });
      expect(found, q).toEqual(await expectedIds((row) => text(row).includes(q.toLowerCase())));
      expect(found, q).toContain(id);
    }
    expect(await ids({ type: ["MEETING"], year: 2024 })).not.toContain(meetingId);
  });

  it("sorts and paginates", async () => {
    const total = await db.activity.count();
    const byStart = await caller.activity.list({ sort: "startOn", dir: "desc", pageSize: 200 });
    expect(byStart.total).toBe(total);
    const starts = byStart.items.map((item) => item.startOn.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    const order = byStart.items.map((item) => item.id);
    expect(order.indexOf(conferenceId)).toBeLessThan(order.indexOf(meetingId));
    expect(order.indexOf(meetingId)).toBeLessThan(order.indexOf(visitId));

    const byTitle = await caller.activity.list({ sort: "title", pageSize: 200 });
    const titleOrder = await db.activity.findMany({ select: { id: true }, orderBy: [{ title: "asc" }, { id: "asc" }] });
    expect(byTitle.items.map((item) => item.id)).toEqual(titleOrder.map((row) => row.id));

    const page = await caller.activity.list({ sort: "startOn", pageSize: 2, page: 2 });
    expect(page).toMatchObject({ total, page: 2, pageSize: 2, pageCount: Math.ceil(total / 2) });
    const ascending = await caller.activity.list({ sort: "startOn", pageSize: 200 });
    expect(page.items.map((item) => item.id)).toEqual(ascending.items.slice(2, 4).map((item) => item.id));

    const item = byStart.items.find((entry) => entry.id === meetingId);
    expect(item).toMatchObject({ partner: { id: chongqingId }, _count: { participants: 2, agreements: 1 } });
  });

  it("replaces the links on update", async () => {
    const updated = await caller.activity.update({
      id: meetingId,
      version: meetingVersion,
      type: "DELEGATION",
      title: "Delegation Altenpflege",
      startOn: "2023-05-10",
      agreementIds: [otherAgreement.id],
      areaCodes: ["SCIENCE"],
      participants: [{ personId: person(1).id, role: "Leitung" }],
    });
    expect(updated).toEqual({ id: meetingId, version: meetingVersion + 1 });
    meetingVersion = updated.version;

    const meeting = await caller.activity.byId({ id: meetingId });
    expect(meeting).toMatchObject({ type: "DELEGATION", title: "Delegation Altenpflege", endOn: null, partner: null });
    expect(meeting.agreements).toEqual([
      { id: otherAgreement.id, title: otherAgreement.title, status: expect.any(String) },
    ]);
    expect(meeting.areas.map((area) => area.code)).toEqual(["SCIENCE"]);
    expect(meeting.participants).toEqual([{ role: "Leitung", person: expect.objectContaining({ id: person(1).id }) }]);
    expect(await db.activityArea.count({ where: { activityId: meetingId } })).toBe(1);
    expect(await db.activityAgreement.count({ where: { activityId: meetingId } })).toBe(1);
    expect(await db.activityParticipant.count({ where: { activityId: meetingId } })).toBe(1);
    // The seed visit keeps its own links.
    expect((await caller.activity.byId({ id: visitId })).participants).toHaveLength(5);

    const cleared = await caller.activity.update({
      id: meetingId,
      version: meetingVersion,
      type: "DELEGATION",
      title: "Delegation Altenpflege",
      startOn: "2023-05-10",
    });
    meetingVersion = cleared.version;
    const bare = await caller.activity.byId({ id: meetingId });
    expect([bare.agreements, bare.areas, bare.participants]).toEqual([[], [], []]);
  });

  it("refuses an end before the start, naming endOn", async () => {
    const error = await trpcError(() =>
      caller.activity.create({ type: "EVENT", title: "Rückwärts", startOn: "2024-03-10", endOn: "2024-03-09" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("endOn");
    expect(fieldErrors(error)).toHaveProperty("endOn");

    const onUpdate = await trpcError(() =>
      caller.activity.update({
        id: conferenceId,
        version: 1,
        type: "CONFERENCE",
        title: "Klimakonferenz der Partnerstädte",
        startOn: "2024-11-02",
        endOn: "2024-11-01",
      }),
    );
    expect(onUpdate.code).toBe("BAD_REQUEST");
    expect(fieldErrors(onUpdate)).toHaveProperty("endOn");

    // A one-day activity may end on its start day.
    const sameDay = await caller.activity.create({
      type: "EVENT",
      title: "Eintägig",
      startOn: "2024-03-10",
      endOn: "2024-03-10",
    });
    expect((await caller.activity.byId({ id: sameDay.id })).endOn).toEqual(utc(2024, 3, 10));
    await db.activity.delete({ where: { id: sameDay.id } });
  });

  it("requires a valid start date", async () => {
    const missing = await trpcError(() =>
      caller.activity.create({ type: "EVENT", title: "Ohne Datum" } as Parameters<typeof caller.activity.create>[0]),
    );
    expect(missing.code).toBe("BAD_REQUEST");
    const malformed = await trpcError(() =>
      caller.activity.create({ type: "EVENT", title: "Falsch", startOn: "2024-02-30" }),
    );
    expect(malformed.code).toBe("BAD_REQUEST");
  });

  it("answers BAD_REQUEST naming the field for unknown references", async () => {
    const base = { type: "EVENT" as const, title: "Referenzen", startOn: "2024-01-01" };
    const cases: [Partial<TActivityCreateInput>, string][] = [
      [{ partnerId: 999_999 }, "partnerId"],
      [{ agreementIds: [999_999] }, "agreementIds"],
      [{ agreementIds: [mouId, mouId] }, "agreementIds"],
      [{ areaCodes: ["NO_SUCH_AREA"] }, "areaCodes"],
      [{ participants: [{ personId: 999_999 }] }, "participants"],
      [{ participants: [{ personId: person(0).id }, { personId: person(0).id }] }, "participants"],
    ];
    for (const [extra, field] of cases) {
      const error = await trpcError(() => caller.activity.create({ ...base, ...extra }));
      expect(error.code, field).toBe("BAD_REQUEST");
      expect(fieldErrors(error), field).toHaveProperty(field);
    }
    expect(await db.activity.count({ where: { title: "Referenzen" } })).toBe(0);
  });

  it("refuses a stale version with CONFLICT and NOT_FOUND for an unknown id", async () => {
    const input = { type: "DELEGATION" as const, title: "Überschrieben", startOn: "2023-05-10" };
    const stale = await trpcError(() =>
      caller.activity.update({ id: meetingId, version: meetingVersion - 1, ...input }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect((await caller.activity.byId({ id: meetingId })).title).toBe("Delegation Altenpflege");
    const unknown = await trpcError(() => caller.activity.update({ id: 999_999, version: 1, ...input }));
    expect(unknown.code).toBe("NOT_FOUND");
  });
});
