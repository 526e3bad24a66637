// The partner aggregate through the real router on a seeded database: search in every language, filters,
// pagination, the detail page, writes with optimistic concurrency and validation.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import type { TPartnerCreateInput } from "../../schemas/partner";
import { callerFor, trpcError } from "../../test/caller";
import { createTestDatabase } from "../../test/database";

let db: Db;
let caller: ReturnType<typeof callerFor>;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  caller = callerFor(db);
});

async function partnerId(nameDe: string): Promise<number> {
  const partner = await db.partner.findFirstOrThrow({ where: { nameDe }, select: { id: true } });
  return partner.id;
}

async function expectBadRequest(call: () => Promise<unknown>, field: string) {
  const error = await trpcError(call);
  expect(error.code).toBe("BAD_REQUEST");
  expect(error.message).toContain(field);
  return error;
}

const valid: TPartnerCreateInput = {
  nameDe: "Testhausen",
  nameEn: "Testville",
  nameLocal: null,
  countryCode: "DE",
  continent: "EUROPE",
};

describe("partner.list", () => {
  it.each([
    ["重庆", "Chongqing"],
    ["Chongqing", "Chongqing"],
    ["京都", "Kyoto"],
    ["Волгоград", "Wolgograd"],
    ["volgograd", "Wolgograd"],
    ["WOLGOGRAD", "Wolgograd"],
    ["Θεσσαλονίκη", "Thessaloniki"],
    ["Katowice", "Kattowitz"],
  ])("finds %s in any name (→ %s)", async (q, nameDe) => {
    const result = await caller.partner.list({ q });
    expect(result.items.map((item) => item.nameDe)).toContain(nameDe);
  });

  it("finds Lüttich by its German and by its French/English name", async () => {
    const id = await partnerId("Lüttich");
    const german = await caller.partner.list({ q: "Lüttich" });
    const french = await caller.partner.list({ q: "Liège" });
    expect(german.items.map((item) => item.id)).toEqual([id]);
    expect(french.items.map((item) => item.id)).toEqual([id]);
  });

  it("searches the notes, and finds nothing for a word no partner has", async () => {
    await caller.partner.create({ ...valid, nameDe: "Notizstadt", nameEn: "Note City", notes: "Zwergpinguinkolonie" });
    const hit = await caller.partner.list({ q: "zwergpinguin" });
    expect(hit.items.map((item) => item.nameDe)).toEqual(["Notizstadt"]);
    const miss = await caller.partner.list({ q: "Xyzzyquux" });
    expect(miss).toMatchObject({ items: [], total: 0, pageCount: 1 });
  });

  it("filters by continent, counted independently", async () => {
    const expected = await db.partner.count({ where: { continent: "ASIA" } });
    expect(expected).toBeGreaterThan(0);
    const result = await caller.partner.list({ continent: ["ASIA"], pageSize: 200 });
    expect(result.total).toBe(expected);
    expect(result.items).toHaveLength(expected);
    expect(result.items.every((item) => item.continent === "ASIA")).toBe(true);

    const both = await caller.partner.list({ continent: ["ASIA", "AFRICA"] });
    expect(both.total).toBe(await db.partner.count({ where: { continent: { in: ["ASIA", "AFRICA"] } } }));
  });

  it("filters by country (lower-case codes are accepted) and kind", async () => {
    const result = await caller.partner.list({ country: ["cn"], pageSize: 200 });
    expect(result.total).toBe(await db.partner.count({ where: { countryCode: "CN" } }));
    expect(result.items.map((item) => item.nameDe)).toEqual(expect.arrayContaining(["Chongqing", "Peking"]));
    expect(result.items.every((item) => item.countryCode === "CN")).toBe(true);

    const districts = await caller.partner.list({ kind: "DISTRICT", pageSize: 200 });
    expect(districts.total).toBe(await db.partner.count({ where: { kind: "DISTRICT" } }));
    expect(districts.items.every((item) => item.kind === "DISTRICT")).toBe(true);

    const combined = await caller.partner.list({ country: ["CN"], q: "重庆" });
    expect(combined.items.map((item) => item.nameDe)).toEqual(["Chongqing"]);
  });

  it("paginates with correct totals and no overlap", async () => {
    const total = await db.partner.count();
    const pageSize = 7;
    const pageCount = Math.ceil(total / pageSize);
    const seen = new Set<number>();
    for (let page = 1; page <= pageCount; page++) {
      const result = await caller.partner.list({ page, pageSize });
      expect(result).toMatchObject({ total, page, pageSize, pageCount });
      expect(result.items.length).toBe(page < pageCount ? pageSize : total - pageSize * (pageCount - 1));
      for (const item of result.items) seen.add(item.id);
    }
    expect(seen.size).toBe(total);
    const beyond = await caller.partner.list({ page: pageCount + 1, pageSize });
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(total);
  });

  it("sorts by name by default and by the other columns on request", async () => {
    const byName = await caller.partner.list({ pageSize: 200 });
    const rows = await db.partner.findMany({ select: { id: true }, orderBy: [{ nameDe: "asc" }, { id: "asc" }] });
    expect(byName.items.map((item) => item.id)).toEqual(rows.map((row) => row.id));

    const byCountry = await caller.partner.list({ sort: "countryCode", dir: "desc", pageSize: 200 });
    const codes = byCountry.items.map((item) => item.countryCode);
    expect(codes).toEqual([...codes].sort().reverse());
  });

  it("includes each partner's agreement count and statuses", async () => {
    const result = await caller.partner.list({ q: "Wolgograd" });
    const item = result.items[0];
    expect(item).toBeDefined();
    if (!item) return;
    const agreements = await db.agreement.findMany({
      where: { partnerId: item.id },
      select: { id: true, status: true },
    });
    expect(item._count.agreements).toBe(agreements.length);
    expect(item.agreements.map((agreement) => agreement.status).sort()).toEqual(
      agreements.map((agreement) => agreement.status).sort(),
    );
  });
});

describe("partner.options and partner.countries", () => {
  it("lists every partner for select boxes, sorted by German name", async () => {
    const options = await caller.partner.options();
    expect(options).toHaveLength(await db.partner.count());
    expect(Object.keys(options[0] ?? {}).sort()).toEqual(["countryCode", "id", "nameDe", "nameEn"]);
    const rows = await db.partner.findMany({ select: { nameDe: true }, orderBy: [{ nameDe: "asc" }, { id: "asc" }] });
    expect(options.map((option) => option.nameDe)).toEqual(rows.map((row) => row.nameDe));
  });

  it("counts the partners per country in use", async () => {
    const countries = await caller.partner.countries();
    expect(countries.reduce((sum, country) => sum + country.count, 0)).toBe(await db.partner.count());
    expect(countries.find((country) => country.countryCode === "CN")?.count).toBe(
      await db.partner.count({ where: { countryCode: "CN" } }),
    );
    const codes = countries.map((country) => country.countryCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
  });
});

describe("partner.byId", () => {
  it("returns a partner with its agreements, people and activities", async () => {
    const partner = await caller.partner.byId({ id: await partnerId("Chongqing") });
    expect(partner).toMatchObject({ nameDe: "Chongqing", nameLocal: "重庆", countryCode: "CN", continent: "ASIA" });
    expect(partner.agreements.length).toBeGreaterThan(0);
    expect(partner.agreements[0]).toEqual({
      id: expect.any(Number),
      type: expect.any(String),
      title: expect.any(String),
      status: expect.any(String),
      signedOn: expect.toSatisfy((value) => value === null || value instanceof Date),
      signedOnPrecision: expect.any(String),
    });
    expect(partner.people.map((person) => person.name)).toEqual(
      expect.arrayContaining(["Oberbürgermeister Tang", "Vizebürgermeisterin Pan"]),
    );
    expect(partner.activities.map((activity) => activity.type)).toContain("VISIT");
    expect(partner.activities[0]?.startOn).toBeInstanceOf(Date);
  });

  it("is NOT_FOUND for an unknown id", async () => {
    const error = await trpcError(() => caller.partner.byId({ id: 999_999 }));
    expect(error.code).toBe("NOT_FOUND");
  });
});

describe("partner.create and partner.update", () => {
  it("creates a partner that reads back as written (normalised)", async () => {
    const created = await caller.partner.create({
      nameDe: "  Neustadt  ",
      nameEn: "Newtown",
      nameLocal: "新城",
      countryCode: " jp ",
      continent: "ASIA",
      kind: "REGION",
      latitude: 35.0116,
      longitude: 135.7681,
      website: "https://example.org/newtown",
      source: "",
      verified: true,
      notes: "Erste Zeile\nzweite Zeile",
    });
    expect(created.version).toBe(1);
    const partner = await caller.partner.byId({ id: created.id });
    expect(partner).toMatchObject({
      nameDe: "Neustadt",
      nameEn: "Newtown",
      nameLocal: "新城",
      countryCode: "JP",
      continent: "ASIA",
      kind: "REGION",
      latitude: 35.0116,
      longitude: 135.7681,
      website: "https://example.org/newtown",
      source: null,
      verified: true,
      notes: "Erste Zeile\nzweite Zeile",
      version: 1,
      agreements: [],
      people: [],
      activities: [],
    });
    const search = await caller.partner.list({ q: "新城" });
    expect(search.items.map((item) => item.id)).toEqual([created.id]);
  });

  it("defaults kind to CITY and optional fields to null", async () => {
    const created = await caller.partner.create({ ...valid, nameDe: "Minimalstadt" });
    const partner = await caller.partner.byId({ id: created.id });
    expect(partner).toMatchObject({
      kind: "CITY",
      nameLocal: null,
      latitude: null,
      longitude: null,
      website: null,
      notes: null,
      verified: false,
    });
  });

  it("updates with the current version and refuses a stale one without changing anything", async () => {
    const created = await caller.partner.create({ ...valid, nameDe: "Versionsstadt" });
    const first = await caller.partner.update({ ...valid, id: created.id, version: 1, nameDe: "Versionsstadt 2" });
    expect(first).toEqual({ id: created.id, version: 2 });

    const stale = await trpcError(() =>
      caller.partner.update({ ...valid, id: created.id, version: 1, nameDe: "Überschrieben", countryCode: "FR" }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toContain("version 2");

    const partner = await caller.partner.byId({ id: created.id });
    expect(partner).toMatchObject({ nameDe: "Versionsstadt 2", countryCode: "DE", version: 2 });
  });

  it("is NOT_FOUND when updating an unknown partner", async () => {
    const error = await trpcError(() => caller.partner.update({ ...valid, id: 999_999, version: 1 }));
    expect(error.code).toBe("NOT_FOUND");
  });

  it.each<[string, Partial<Record<keyof TPartnerCreateInput | "extra", unknown>>]>([
    ["nameDe", { nameDe: "" }],
    ["nameDe", { nameDe: "   " }],
    ["nameDe", { nameDe: "x".repeat(201) }],
    ["nameEn", { nameEn: "x".repeat(201) }],
    ["nameLocal", { nameLocal: "x".repeat(201) }],
    ["countryCode", { countryCode: "DEU" }],
    ["countryCode", { countryCode: "D1" }],
    ["countryCode", { countryCode: "" }],
    ["continent", { continent: "ATLANTIS" }],
    ["kind", { kind: "VILLAGE" }],
    ["latitude", { latitude: 90.5, longitude: 0 }],
    ["latitude", { latitude: -91, longitude: 0 }],
    ["longitude", { latitude: 0, longitude: 180.01 }],
    ["longitude", { latitude: 0, longitude: -181 }],
    ["website", { website: "ftp://example.org" }],
    ["website", { website: "example.org" }],
    ["website", { website: `https://example.org/${"x".repeat(500)}` }],
    ["source", { source: "x".repeat(1001) }],
    ["notes", { notes: "x".repeat(10_001) }],
    ["notes", { notes: "bell\u0007" }],
    ["verified", { verified: "yes" }],
    ["extra", { extra: 1 }],
  ])("rejects a bad %s with BAD_REQUEST", async (field, change) => {
    const before = await db.partner.count();
    const input = { ...valid, ...change } as TPartnerCreateInput;
    await expectBadRequest(() => caller.partner.create(input), field);
    await expectBadRequest(() => caller.partner.update({ ...input, id: 1, version: 1 }), field);
    expect(await db.partner.count()).toBe(before);
  });

  it("asks for both coordinates or neither", async () => {
    await expectBadRequest(() => caller.partner.create({ ...valid, latitude: 50.9 }), "longitude");
    await expectBadRequest(() => caller.partner.create({ ...valid, longitude: 6.9 }), "latitude");
  });
});
