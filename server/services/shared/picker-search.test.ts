// The pickers' server search (partner.search, agreement.search, person.search) through the real router on the
// seeded database: by name in any language or script, by the partner's name for agreements, by side for people,
// never more than the limit, and bad input refused.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { callerFor, TEST_ACTORS, trpcError } from "../../test/caller";
import { createTestDatabase } from "../../test/database";

let db: Db;
let caller: ReturnType<typeof callerFor>;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  caller = callerFor(db, TEST_ACTORS.VIEWER);
});

describe("partner.search", () => {
  it.each([
    ["Wolgo", "Wolgograd"],
    ["volgograd", "Wolgograd"],
    ["Волго", "Wolgograd"],
    ["重庆", "Chongqing"],
  ])("finds %s in any name (→ %s)", async (q, nameDe) => {
    const found = await caller.partner.search({ q });
    expect(found.map((partner) => partner.nameDe)).toContain(nameDe);
    for (const partner of found) {
      const names = [partner.nameDe, partner.nameEn, partner.nameLocal ?? ""].join(" ").toLowerCase();
      expect(names, partner.nameDe).toContain(q.toLowerCase());
    }
  });

  it("returns at most the limit, the first by name when nothing is typed", async () => {
    const first = await caller.partner.search({ limit: 3 });
    expect(first).toHaveLength(3);
    const all = await db.partner.findMany({ select: { nameDe: true }, orderBy: [{ nameDe: "asc" }, { id: "asc" }] });
    expect(first.map((partner) => partner.nameDe)).toEqual(all.slice(0, 3).map((partner) => partner.nameDe));
  });

  it("refuses a limit above 50 and control characters", async () => {
    expect((await trpcError(() => caller.partner.search({ q: "a", limit: 51 }))).code).toBe("BAD_REQUEST");
    expect((await trpcError(() => caller.partner.search({ q: "a\u0000" }))).code).toBe("BAD_REQUEST");
  });
});

describe("agreement.search", () => {
  it("finds agreements by title and by their partner's name", async () => {
    const byTitle = await caller.agreement.search({ q: "Memorandum" });
    expect(byTitle.length).toBeGreaterThan(0);
    for (const agreement of byTitle) expect(agreement.title.toLowerCase()).toContain("memorandum");
    const byPartner = await caller.agreement.search({ q: "Волгоград" });
    expect(byPartner.length).toBeGreaterThan(0);
    for (const agreement of byPartner) expect(agreement.partner.nameDe).toBe("Wolgograd");
  });
});

describe("person.search", () => {
  it("finds people by name or organisation, and keeps to one side when asked", async () => {
    expect((await caller.person.search({ q: "reker" })).map((person) => person.name)).toEqual(["Henriette Reker"]);
    const cologne = await caller.person.search({ side: "cologne", limit: 50 });
    const partner = await caller.person.search({ side: "partner", limit: 50 });
    expect(cologne.length).toBeGreaterThan(0);
    expect(partner.length).toBeGreaterThan(0);
    for (const person of cologne) expect(person.partnerId).toBeNull();
    for (const person of partner) expect(person.partnerId).not.toBeNull();
    expect((await caller.person.search({ q: "Tang", side: "cologne" })).map((person) => person.name)).toEqual([]);
    expect((await caller.person.search({ q: "Tang", side: "partner" })).map((person) => person.name)).toEqual([
      "Oberbürgermeister Tang",
    ]);
  });
});
