import type { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { callerFor, refusedFields, trpcError } from "../../test/caller";
import { createTestDatabase } from "../../test/database";
import { addDays, today } from "../shared/dates";

const SEED_GROUP = "Direkte Bahnverbindung Chongqing–Köln";
const iso = (date: Date) => date.toISOString().slice(0, 10);

let db: Db;
let caller: ReturnType<typeof callerFor>;
let mouId: number;
let otherAgreementId: number;
let people: { id: number; name: string }[];

function person(index: number) {
  const found = people[index];
  if (!found) throw new Error(`the seed has no person #${index}`);
  return found;
}

/** The refused fields, whether the input schema or the service refused them. */
function fieldErrors(error: TRPCError) {
  return Object.fromEntries(refusedFields(error).map((field) => [field, true]));
}

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  caller = callerFor(db);
  const mou = await db.agreement.findFirstOrThrow({
    where: { workingGroups: { some: { name: SEED_GROUP } } },
    select: { id: true },
  });
  mouId = mou.id;
  const other = await db.agreement.findFirstOrThrow({ where: { id: { not: mouId } }, select: { id: true } });
  otherAgreementId = other.id;
  people = await db.person.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } });
  expect(people.length).toBeGreaterThanOrEqual(4);
});

describe("workingGroup.list and byId on the seed", () => {
  it("lists the Chongqing rail working group with its agreement, partner and milestone counts", async () => {
    const page = await caller.workingGroup.list({});
    const group = page.items.find((item) => item.name === SEED_GROUP);
    expect(group).toBeDefined();
    expect(group?.status).toBe("ANNOUNCED");
    expect(group?.agreement.id).toBe(mouId);
    expect(group?.agreement.partner.nameDe).toBe("Chongqing");
    expect(group?.leadCologne).toBeNull();
    expect(group?.milestones).toEqual({
      byStatus: { OPEN: 2, IN_PROGRESS: 0, DONE: 0, CANCELLED: 0 },
      done: 0,
      total: 2,
      overdue: 0,
    });
    expect(page.total).toBe(await db.workingGroup.count());
  });

  it("shows the group's agreement, milestones (undated last) and no members", async () => {
    const { id } = await db.workingGroup.findFirstOrThrow({ where: { name: SEED_GROUP }, select: { id: true } });
    const group = await caller.workingGroup.byId({ id });
    expect(group.agreement).toMatchObject({ id: mouId, partner: { nameDe: "Chongqing" } });
    expect(group.members).toEqual([]);
    expect(group.milestones.map((milestone) => milestone.title)).toEqual([
      "Arbeitsgruppe bilden",
      "Rahmenbedingungen für die Umsetzung erarbeiten",
    ]);
    expect(group.milestones.every((milestone) => milestone.status === "OPEN" && milestone.doneOn === null)).toBe(true);
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    const error = await trpcError(() => caller.workingGroup.byId({ id: 999_999 }));
    expect(error.code).toBe("NOT_FOUND");
  });
});

describe("creating and updating working groups", () => {
  let groupId: number;
  let version: number;

  it("creates a group with leads and members", async () => {
    const created = await caller.workingGroup.create({
      name: "  Jugendaustausch Radverkehr  ",
      goal: "Gemeinsame Fahrradwochen vorbereiten",
      status: "FORMING",
      agreementId: mouId,
      leadCologneId: person(0).id,
      leadPartnerId: person(3).id,
      memberships: [
        { personId: person(1).id, role: "Koordination" },
        { personId: person(2).id, role: "" },
      ],
      source: "https://example.org/quelle",
      verified: true,
      notes: "Erste Sitzung im Herbst",
    });
    expect(created.version).toBe(1);
    groupId = created.id;
    version = created.version;

    const group = await caller.workingGroup.byId({ id: groupId });
    expect(group).toMatchObject({
      name: "Jugendaustausch Radverkehr",
      status: "FORMING",
      verified: true,
      leadCologne: { id: person(0).id, name: person(0).name },
      leadPartner: { id: person(3).id },
    });
    expect(group.members.map((member) => [member.person.id, member.role]).sort()).toEqual(
      [
        [person(1).id, "Koordination"],
        [person(2).id, null],
      ].sort(),
    );
  });

  it("updates fields and status freely and replaces the memberships", async () => {
    const updated = await caller.workingGroup.update({
      id: groupId,
      version,
      name: "Jugendaustausch Radverkehr",
      status: "DISSOLVED",
      agreementId: otherAgreementId,
      leadCologneId: null,
      memberships: [{ personId: person(3).id, role: "Partnerseite" }],
    });
    expect(updated).toEqual({ id: groupId, version: version + 1 });
    version = updated.version;

    const group = await caller.workingGroup.byId({ id: groupId });
    expect(group.status).toBe("DISSOLVED");
    expect(group.agreement.id).toBe(otherAgreementId);
    expect(group.leadCologne).toBeNull();
    expect(group.leadPartner).toBeNull();
    expect(group.goal).toBeNull();
    expect(group.members).toEqual([
      { role: "Partnerseite", person: { id: person(3).id, name: person(3).name, organisation: expect.anything() } },
    ]);
    expect(await db.workingGroupMember.count({ where: { workingGroupId: groupId } })).toBe(1);

    // Any status change is allowed, also back from DISSOLVED.
    const again = await caller.workingGroup.update({
      id: groupId,
      version,
      name: "Jugendaustausch Radverkehr",
      status: "ACTIVE",
      agreementId: mouId,
    });
    version = again.version;
    expect((await caller.workingGroup.byId({ id: groupId })).members).toEqual([]);
  });

  it("refuses a stale version with CONFLICT and changes nothing", async () => {
    const error = await trpcError(() =>
      caller.workingGroup.update({ id: groupId, version: version - 1, name: "Überschrieben", agreementId: mouId }),
    );
    expect(error.code).toBe("CONFLICT");
    const group = await caller.workingGroup.byId({ id: groupId });
    expect(group.name).toBe("Jugendaustausch Radverkehr");
    expect(group.version).toBe(version);
  });

  it("answers BAD_REQUEST naming the field for unknown references", async () => {
    const unknownAgreement = await trpcError(() =>
      caller.workingGroup.create({ name: "X", agreementId: 999_999, status: "ACTIVE" }),
    );
    expect(unknownAgreement.code).toBe("BAD_REQUEST");
    expect(unknownAgreement.message).toContain("agreementId");
    expect(fieldErrors(unknownAgreement)).toHaveProperty("agreementId");

    const unknownLead = await trpcError(() =>
      caller.workingGroup.create({ name: "X", agreementId: mouId, leadPartnerId: 999_999 }),
    );
    expect(unknownLead.code).toBe("BAD_REQUEST");
    expect(fieldErrors(unknownLead)).toHaveProperty("leadPartnerId");

    const unknownMember = await trpcError(() =>
      caller.workingGroup.update({
        id: groupId,
        version,
        name: "X",
        agreementId: mouId,
        memberships: [{ personId: 999_999 }],
      }),
    );
    expect(unknownMember.code).toBe("BAD_REQUEST");
    expect(fieldErrors(unknownMember)).toHaveProperty("memberships");

    const twice = await trpcError(() =>
      caller.workingGroup.create({
        name: "X",
        agreementId: mouId,
        memberships: [{ personId: person(0).id }, { personId: person(0).id }],
      }),
    );
    expect(twice.code).toBe("BAD_REQUEST");
    expect(fieldErrors(twice)).toHaveProperty("memberships");

    expect(await db.workingGroup.count({ where: { name: "X" } })).toBe(0);
    expect((await caller.workingGroup.byId({ id: groupId })).version).toBe(version);
  });

  it("rejects invalid input before it reaches the service", async () => {
    const error = await trpcError(() =>
      caller.workingGroup.create({ name: "", agreementId: mouId, status: "UNKNOWN" as "ACTIVE" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("answers NOT_FOUND when updating an unknown group", async () => {
    const error = await trpcError(() =>
      caller.workingGroup.update({ id: 999_999, version: 1, name: "X", agreementId: mouId }),
    );
    expect(error.code).toBe("NOT_FOUND");
  });

  it("filters by status, agreement and text and sorts", async () => {
    const ids = async (where: Prisma.WorkingGroupWhereInput) =>
      (await db.workingGroup.findMany({ where, select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
    const listed = async (input: Parameters<typeof caller.workingGroup.list>[0]) =>
      (await caller.workingGroup.list({ ...input, pageSize: 200 })).items.map((item) => item.id).sort((a, b) => a - b);

    const active = await listed({ status: ["ACTIVE", "PAUSED"] });
    expect(active).toEqual(await ids({ status: { in: ["ACTIVE", "PAUSED"] } }));
    expect(active).toContain(groupId);
    expect(await listed({ status: ["ANNOUNCED"] })).not.toContain(groupId);

    const byAgreement = await listed({ agreementId: mouId });
    expect(byAgreement).toEqual(await ids({ agreementId: mouId }));
    expect(byAgreement).toContain(groupId);
    expect(await listed({ agreementId: otherAgreementId })).toEqual(await ids({ agreementId: otherAgreementId }));
    expect(await listed({ agreementId: otherAgreementId })).not.toContain(groupId);

    // q searches the name, the goal and the notes, case-insensitively.
    const seedGroup = await db.workingGroup.findFirstOrThrow({ where: { name: SEED_GROUP }, select: { id: true } });
    expect(await listed({ q: "seidenstraßen" })).toContain(seedGroup.id); // in the goal
    expect(await listed({ q: "containerzug" })).toContain(seedGroup.id); // in the notes
    expect(await listed({ q: "RADVERKEHR" })).toEqual([groupId]); // in the name
    expect(await listed({ q: "radverkehr", status: ["ANNOUNCED"] })).toEqual([]);

    const sorted = await caller.workingGroup.list({ sort: "name", dir: "desc" });
    const nameOrder = await db.workingGroup.findMany({
      select: { id: true },
      orderBy: [{ name: "desc" }, { id: "asc" }],
    });
    expect(sorted.items.map((item) => item.id)).toEqual(nameOrder.map((row) => row.id));

    const paged = await caller.workingGroup.list({ pageSize: 1, page: 2, sort: "name" });
    expect(paged).toMatchObject({ page: 2, pageSize: 1, pageCount: paged.total });
    expect(paged.items).toHaveLength(1);
  });
});

describe("milestones", () => {
  let groupId: number;

  beforeAll(async () => {
    groupId = (await caller.workingGroup.create({ name: "Meilensteine", agreementId: mouId, status: "ACTIVE" })).id;
  });

  it("adds milestones; a DONE one without a done date gets today, others have none", async () => {
    const open = await caller.workingGroup.addMilestone({
      workingGroupId: groupId,
      title: "Konzept",
      dueOn: iso(addDays(today(), 10)),
      doneOn: "2020-01-01",
    });
    expect(open).toMatchObject({ status: "OPEN", doneOn: null, dueOn: addDays(today(), 10) });

    const done = await caller.workingGroup.addMilestone({ workingGroupId: groupId, title: "Auftakt", status: "DONE" });
    expect(done.doneOn).toEqual(today());

    const doneEarlier = await caller.workingGroup.addMilestone({
      workingGroupId: groupId,
      title: "Vorgespräch",
      status: "DONE",
      doneOn: "2021-03-04",
      dueOn: "2021-03-01",
    });
    expect(doneEarlier.doneOn).toEqual(new Date(Date.UTC(2021, 2, 4)));

    await caller.workingGroup.addMilestone({ workingGroupId: groupId, title: "Ohne Termin" });
    await caller.workingGroup.addMilestone({
      workingGroupId: groupId,
      title: "Überfällig",
      status: "IN_PROGRESS",
      dueOn: iso(addDays(today(), -1)),
    });

    const group = await caller.workingGroup.byId({ id: groupId });
    expect(group.milestones.map((milestone) => milestone.title)).toEqual([
      "Vorgespräch",
      "Überfällig",
      "Konzept",
      "Auftakt",
      "Ohne Termin",
    ]);

    const item = (await caller.workingGroup.list({ q: "Meilensteine" })).items[0];
    expect(item?.milestones).toEqual({
      byStatus: { OPEN: 2, IN_PROGRESS: 1, DONE: 2, CANCELLED: 0 },
      done: 2,
      total: 5,
      overdue: 1,
    });
  });

  it("refuses a done date in the future", async () => {
    const error = await trpcError(() =>
      caller.workingGroup.addMilestone({
        workingGroupId: groupId,
        title: "Zukunft",
        status: "DONE",
        doneOn: iso(addDays(today(), 1)),
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldErrors(error)).toHaveProperty("doneOn");
  });

  it("updates a milestone and applies the done-date rules", async () => {
    const milestone = await caller.workingGroup.addMilestone({ workingGroupId: groupId, title: "Bericht" });

    const done = await caller.workingGroup.updateMilestone({
      id: milestone.id,
      version: milestone.version,
      title: "Abschlussbericht",
      status: "DONE",
    });
    expect(done).toMatchObject({ id: milestone.id, title: "Abschlussbericht", status: "DONE", doneOn: today() });

    const reopened = await caller.workingGroup.updateMilestone({
      id: milestone.id,
      version: done.version,
      title: "Abschlussbericht",
      status: "IN_PROGRESS",
      doneOn: iso(today()),
      notes: "wieder offen",
    });
    expect(reopened).toMatchObject({ status: "IN_PROGRESS", doneOn: null, notes: "wieder offen" });

    const cancelled = await caller.workingGroup.updateMilestone({
      id: milestone.id,
      version: reopened.version,
      title: "Abschlussbericht",
      status: "CANCELLED",
    });
    expect(cancelled.doneOn).toBeNull();
  });

  it("removes a milestone", async () => {
    const milestone = await caller.workingGroup.addMilestone({ workingGroupId: groupId, title: "Weg damit" });
    expect(await caller.workingGroup.removeMilestone({ id: milestone.id, version: milestone.version })).toEqual({
      id: milestone.id,
    });
    expect(await db.milestone.findUnique({ where: { id: milestone.id } })).toBeNull();
  });

  it("answers NOT_FOUND for unknown milestones and groups", async () => {
    expect((await trpcError(() => caller.workingGroup.removeMilestone({ id: 999_999, version: 1 }))).code).toBe(
      "NOT_FOUND",
    );
    expect(
      (await trpcError(() => caller.workingGroup.updateMilestone({ id: 999_999, version: 1, title: "X" }))).code,
    ).toBe("NOT_FOUND");
    expect(
      (await trpcError(() => caller.workingGroup.addMilestone({ workingGroupId: 999_999, title: "X" }))).code,
    ).toBe("NOT_FOUND");
  });

  it("rejects a malformed due date", async () => {
    const error = await trpcError(() =>
      caller.workingGroup.addMilestone({ workingGroupId: groupId, title: "X", dueOn: "2024-02-30" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
  });
});
