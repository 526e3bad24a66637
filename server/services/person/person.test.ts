// The person aggregate through the real router on a seeded database: search, the Cologne/partner side filter,
// pagination, the detail page, writes with optimistic concurrency and validation.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { isEmail, type TPersonCreateInput } from "../../schemas/person";
import { callerFor, TEST_ACTORS, trpcError } from "../../test/caller";
import { createTestDatabase } from "../../test/database";

let db: Db;
let caller: ReturnType<typeof callerFor>;
let chongqingId: number;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  caller = callerFor(db);
  chongqingId = (await db.partner.findFirstOrThrow({ where: { nameDe: "Chongqing" }, select: { id: true } })).id;
});

async function personId(name: string): Promise<number> {
  return (await db.person.findFirstOrThrow({ where: { name }, select: { id: true } })).id;
}

async function expectBadRequest(call: () => Promise<unknown>, field: string) {
  const error = await trpcError(call);
  expect(error.code).toBe("BAD_REQUEST");
  expect(error.message).toContain(field);
  return error;
}

const valid: TPersonCreateInput = { name: "Erika Mustermann" };

describe("person.list", () => {
  it.each([
    ["Reker", "Henriette Reker"],
    ["henriette", "Henriette Reker"],
    ["ZHOU MENG", "Zhou Meng"],
    ["KölnBusiness", "Michael Josipovic"],
    ["Chinaberaterin", "Zhou Meng"],
  ])("finds %s in name, role or organisation (→ %s)", async (q, name) => {
    const result = await caller.person.list({ q });
    expect(result.items.map((item) => item.name)).toContain(name);
  });

  it("searches the notes", async () => {
    const result = await caller.person.list({ q: "Familiennamen" });
    expect(result.items.map((item) => item.name).sort()).toEqual(["Oberbürgermeister Tang", "Vizebürgermeisterin Pan"]);
    expect((await caller.person.list({ q: "Xyzzyquux" })).total).toBe(0);
  });

  it("filters by side and by partner, counted independently", async () => {
    const cologne = await caller.person.list({ side: "cologne", pageSize: 200 });
    expect(cologne.total).toBe(await db.person.count({ where: { partnerId: null } }));
    expect(cologne.items.map((item) => item.name)).toEqual(
      expect.arrayContaining(["Henriette Reker", "Michael Josipovic", "Zhou Meng"]),
    );
    expect(cologne.items.every((item) => item.partner === null)).toBe(true);

    const partnerSide = await caller.person.list({ side: "partner", pageSize: 200 });
    expect(partnerSide.total).toBe(await db.person.count({ where: { partnerId: { not: null } } }));
    expect(partnerSide.total + cologne.total).toBe(await db.person.count());
    expect(partnerSide.items.every((item) => item.partner !== null)).toBe(true);

    const ofChongqing = await caller.person.list({ partnerId: chongqingId, pageSize: 200 });
    expect(ofChongqing.total).toBe(await db.person.count({ where: { partnerId: chongqingId } }));
    expect(ofChongqing.items.every((item) => item.partner?.nameDe === "Chongqing")).toBe(true);

    const contradictory = await caller.person.list({ partnerId: chongqingId, side: "cologne" });
    expect(contradictory.total).toBe(0);
  });

  it("paginates with correct totals and no overlap", async () => {
    const total = await db.person.count();
    const pageSize = 2;
    const pageCount = Math.ceil(total / pageSize);
    const seen = new Set<number>();
    for (let page = 1; page <= pageCount; page++) {
      const result = await caller.person.list({ page, pageSize });
      expect(result).toMatchObject({ total, page, pageSize, pageCount });
      for (const item of result.items) seen.add(item.id);
    }
    expect(seen.size).toBe(total);
  });

  it("sorts by name by default and by organisation on request", async () => {
    const byName = await caller.person.list({ pageSize: 200 });
    const rows = await db.person.findMany({ select: { id: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
    expect(byName.items.map((item) => item.id)).toEqual(rows.map((row) => row.id));

    const byOrganisation = await caller.person.list({ sort: "organisation", dir: "desc", pageSize: 200 });
    const organisations = byOrganisation.items.map((item) => item.organisation ?? "");
    const expected = await db.person.findMany({
      select: { organisation: true },
      orderBy: [{ organisation: { sort: "desc", nulls: "last" } }, { name: "asc" }],
    });
    expect(organisations).toEqual(expected.map((row) => row.organisation ?? ""));
  });
});

describe("person.options", () => {
  it("lists everyone for select boxes, sorted by name", async () => {
    const options = await caller.person.options();
    expect(options).toHaveLength(await db.person.count());
    expect(options.find((option) => option.name === "Henriette Reker")).toMatchObject({
      organisation: "Stadt Köln",
      partnerId: null,
    });
    expect(options.find((option) => option.name === "Oberbürgermeister Tang")?.partnerId).toBe(chongqingId);
  });
});

describe("person.byId", () => {
  it("returns a person with partner, activities and roles", async () => {
    const reker = await caller.person.byId({ id: await personId("Henriette Reker") });
    expect(reker).toMatchObject({ name: "Henriette Reker", organisation: "Stadt Köln", partner: null });
    expect(reker.activities).toContainEqual({
      role: "Oberbürgermeisterin",
      activity: {
        id: expect.any(Number),
        title: expect.stringContaining("Chongqing"),
        type: "VISIT",
        startOn: expect.any(Date),
      },
    });

    const tang = await caller.person.byId({ id: await personId("Oberbürgermeister Tang") });
    expect(tang.partner).toMatchObject({ id: chongqingId, nameDe: "Chongqing", nameLocal: "重庆" });
  });

  it("shows working groups as member and as lead on either side", async () => {
    const rekerId = await personId("Henriette Reker");
    const tangId = await personId("Oberbürgermeister Tang");
    const agreement = await db.agreement.findFirstOrThrow({ where: { partnerId: chongqingId }, select: { id: true } });
    const group = await db.workingGroup.create({
      data: {
        agreementId: agreement.id,
        name: "Testgruppe Altenpflege",
        status: "FORMING",
        leadCologneId: rekerId,
        leadPartnerId: tangId,
        members: { create: [{ personId: rekerId, role: "Vorsitz" }] },
      },
      select: { id: true },
    });

    const reker = await caller.person.byId({ id: rekerId });
    expect(reker.workingGroups).toContainEqual({
      role: "Vorsitz",
      workingGroup: { id: group.id, name: "Testgruppe Altenpflege", status: "FORMING" },
    });
    expect(reker.leadsCologneSide).toContainEqual({ id: group.id, name: "Testgruppe Altenpflege", status: "FORMING" });
    expect(reker.leadsPartnerSide).toEqual([]);

    const tang = await caller.person.byId({ id: tangId });
    expect(tang.leadsPartnerSide.map((wg) => wg.id)).toContain(group.id);
    expect(tang.workingGroups.map((member) => member.workingGroup.id)).not.toContain(group.id);
  });

  it("is NOT_FOUND for an unknown id", async () => {
    const error = await trpcError(() => caller.person.byId({ id: 999_999 }));
    expect(error.code).toBe("NOT_FOUND");
  });
});

describe("person.create and person.update", () => {
  it("creates a person that reads back as written (normalised)", async () => {
    const created = await caller.person.create({
      name: "  Li Wei ",
      role: "Referentin",
      organisation: "Auswärtiges Amt der Stadt Chongqing",
      partnerId: chongqingId,
      email: " li.wei+koeln@cq.gov.cn ",
      source: "",
      verified: true,
      notes: "Ansprechpartnerin für Kulturaustausch.",
    });
    expect(created.version).toBe(1);
    const person = await caller.person.byId({ id: created.id });
    expect(person).toMatchObject({
      name: "Li Wei",
      role: "Referentin",
      organisation: "Auswärtiges Amt der Stadt Chongqing",
      partner: { id: chongqingId },
      email: "li.wei+koeln@cq.gov.cn",
      source: null,
      verified: true,
      version: 1,
      activities: [],
      workingGroups: [],
    });
    const listed = await caller.person.list({ q: "Kulturaustausch", side: "partner" });
    expect(listed.items.map((item) => item.id)).toEqual([created.id]);
  });

  it("creates a Cologne-side person with only a name", async () => {
    const created = await caller.person.create(valid);
    const person = await caller.person.byId({ id: created.id });
    expect(person).toMatchObject({ name: "Erika Mustermann", partner: null, email: null, role: null, verified: false });
  });

  it("refuses an unknown partner with BAD_REQUEST naming partnerId, writing nothing", async () => {
    const before = await db.person.count();
    const error = await expectBadRequest(() => caller.person.create({ ...valid, partnerId: 999_999 }), "partnerId");
    expect(error.message).toContain("999999");
    expect(await db.person.count()).toBe(before);

    const created = await caller.person.create({ ...valid, name: "Partnerwechsel" });
    await expectBadRequest(
      () => caller.person.update({ ...valid, id: created.id, version: 1, partnerId: 999_999 }),
      "partnerId",
    );
    expect((await caller.person.byId({ id: created.id })).version).toBe(1);
  });

  it("updates with the current version and refuses a stale one without changing anything", async () => {
    const created = await caller.person.create({ ...valid, name: "Versionsperson" });
    const first = await caller.person.update({
      ...valid,
      id: created.id,
      version: 1,
      name: "Versionsperson 2",
      partnerId: chongqingId,
    });
    expect(first).toEqual({ id: created.id, version: 2 });

    const stale = await trpcError(() =>
      caller.person.update({ ...valid, id: created.id, version: 1, name: "Überschrieben", partnerId: null }),
    );
    expect(stale.code).toBe("CONFLICT");
    const person = await caller.person.byId({ id: created.id });
    expect(person).toMatchObject({ name: "Versionsperson 2", partner: { id: chongqingId }, version: 2 });

    const back = await caller.person.update({ ...valid, id: created.id, version: 2, name: "Versionsperson 3" });
    expect(back.version).toBe(3);
    expect((await caller.person.byId({ id: created.id })).partner).toBeNull();
  });

  it("is NOT_FOUND when updating an unknown person", async () => {
    const error = await trpcError(() => caller.person.update({ ...valid, id: 999_999, version: 1 }));
    expect(error.code).toBe("NOT_FOUND");
  });

  it.each<[string, Record<string, unknown>]>([
    ["name", { name: "" }],
    ["name", { name: "  " }],
    ["name", { name: "x".repeat(201) }],
    ["role", { role: "x".repeat(201) }],
    ["organisation", { organisation: "x".repeat(301) }],
    ["partnerId", { partnerId: 0 }],
    ["partnerId", { partnerId: "1" }],
    ["email", { email: "erika" }],
    ["email", { email: "erika@example" }],
    ["email", { email: "erika mustermann@example.org" }],
    ["email", { email: "erika@@example.org" }],
    ["email", { email: ".erika@example.org" }],
    ["email", { email: "erika..m@example.org" }],
    ["email", { email: "erika@-example.org" }],
    ["email", { email: "erika@example..org" }],
    ["email", { email: `${"x".repeat(65)}@example.org` }],
    ["source", { source: "x".repeat(1001) }],
    ["notes", { notes: "x".repeat(10_001) }],
    ["notes", { notes: "null\u0000byte" }],
    ["verified", { verified: 1 }],
    ["extra", { extra: true }],
  ])("rejects a bad %s with BAD_REQUEST", async (field, change) => {
    const before = await db.person.count();
    const input = { ...valid, ...change } as TPersonCreateInput;
    await expectBadRequest(() => caller.person.create(input), field);
    await expectBadRequest(() => caller.person.update({ ...input, id: 1, version: 1 }), field);
    expect(await db.person.count()).toBe(before);
  });
});

describe("isEmail", () => {
  it.each([
    "erika@example.org",
    "Erika.Mustermann@stadt-koeln.de",
    "li.wei+koeln@cq.gov.cn",
    "o'brien@liverpool.gov.uk",
  ])("accepts %s", (value) => {
    expect(isEmail(value)).toBe(true);
  });

  it.each([
    "",
    "erika",
    "erika@",
    "@example.org",
    "erika@example",
    "erika@example.o",
    "erika.@example.org",
    "erika@exa_mple.org",
  ])("refuses %s", (value) => {
    expect(isEmail(value)).toBe(false);
  });
});

describe("personal contact data", () => {
  it("shows a person's e-mail address to editors and admins, never to viewers", async () => {
    const { id } = await caller.person.create({ ...valid, name: "Kontakt Person", email: "kontakt@example.org" });
    for (const role of ["EDITOR", "ADMIN"] as const) {
      const api = callerFor(db, TEST_ACTORS[role]);
      expect((await api.person.byId({ id })).email).toBe("kontakt@example.org");
      const listed = (await api.person.list({ q: "Kontakt Person" })).items;
      expect(listed.map((person) => person.email)).toEqual(["kontakt@example.org"]);
    }
    const viewer = callerFor(db, TEST_ACTORS.VIEWER);
    expect((await viewer.person.byId({ id })).email).toBeNull();
    const listed = (await viewer.person.list({ q: "Kontakt Person" })).items;
    expect(listed).toHaveLength(1);
    expect(listed.map((person) => person.email)).toEqual([null]);
  });
});
