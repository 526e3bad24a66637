// The agreement list's performance paths (issue 6) give the same answers as the plain ones: the text search through
// the partners found beforehand (trigram indexes) against the join, and the bounded count against an exact one.

import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { ZAgreementListInput } from "../../lists/agreements";

import { COUNT_AHEAD } from "../../schemas/common";
import { callerFor } from "../../test/caller";
import { createTestDatabase } from "../../test/database";
import { agreementWhere, listAgreements, searchPartnerIds } from "./list";

let db: Db;
let api: ReturnType<typeof callerFor>;
const EXTRA_PARTNERS = 600;
const EXTRA_AGREEMENTS = COUNT_AHEAD + 200;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  api = callerFor(db);
  // More partners named alike than the search's pre-query takes (500), and more agreements than a list counts.
  await db.partner.createMany({
    data: Array.from({ length: EXTRA_PARTNERS }, (_, index) => ({
      nameDe: `Teststadt ${index} an der Ruhr_100%`,
      nameEn: `Test Town ${index}`,
      countryCode: "DE",
      continent: "EUROPE" as const,
    })),
  });
  const partners = await db.partner.findMany({ where: { nameEn: { startsWith: "Test Town" } }, select: { id: true } });
  await db.agreement.createMany({
    data: Array.from({ length: EXTRA_AGREEMENTS }, (_, index) => ({
      type: "FRIENDSHIP" as const,
      title: index % 7 === 0 ? `Freundschaft Köln–Lastprobe ${index}` : `Vereinbarung ${index}`,
      notes: index % 11 === 0 ? "Notiz mit LIVERPOOL-Bezug" : null,
      partnerId: partners[index % partners.length]?.id as number,
      status: "ACTIVE" as const,
    })),
  });
}, 60_000);

/** The list's ids for a search, through the join (no partner ids) — the reference. */
async function joinedIds(q: string) {
  const query = ZAgreementListInput.parse({ q, sort: "title", dir: "asc", pageSize: 200 });
  const rows = await db.agreement.findMany({
    where: agreementWhere(query),
    select: { id: true },
    orderBy: [{ title: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => row.id);
}

async function listedIds(q: string) {
  const ids: number[] = [];
  for (let page = 1; ; page++) {
    const result = await listAgreements(
      db,
      ZAgreementListInput.parse({ q, sort: "title", dir: "asc", page, pageSize: 200, exactTotal: true }),
    );
    ids.push(...result.items.map((item) => item.id));
    if (page >= result.pageCount) return { ids, total: result.total };
  }
}

describe("text search through the partners found beforehand", () => {
  it.each([
    ["Liverpool", "a partner name and a note"],
    ["liverPOOL", "any case"],
    ["köln", "a title, with an umlaut"],
    ["Test Town 12", "English names"],
    ["Ruhr_100%", "LIKE's wildcards taken literally"],
    ["_10", "an underscore"],
    ["Teststadt", "more partners than the pre-query takes: the join"],
    ["Li", "too short for trigrams: the join"],
    ["gibt es nicht", "no match"],
  ])("%s (%s) finds exactly what the join finds", async (q) => {
    const expected = await joinedIds(q);
    const listed = await listedIds(q);
    expect(listed.ids).toEqual(expected);
    expect(listed.total).toBe(expected.length);
  });

  it("uses the pre-query only where it helps", async () => {
    expect(await searchPartnerIds(db, "Li")).toBeNull();
    expect(await searchPartnerIds(db, "Teststadt")).toBeNull();
    expect(await searchPartnerIds(db, "Ruhr_100%")).toBeNull();
    expect(await searchPartnerIds(db, "Test Town 12")).toHaveLength(11);
    expect(await searchPartnerIds(db, "gibt es nicht")).toEqual([]);
    expect((await searchPartnerIds(db, "Liverpool"))?.length).toBe(1);
  });
});

describe("bounded count", () => {
  it("stops counting COUNT_AHEAD rows past the page's start and says so", async () => {
    const exact = await db.agreement.count({ where: { status: "ACTIVE" } });
    expect(exact).toBeGreaterThan(COUNT_AHEAD);

    const first = await api.agreement.list({ status: ["ACTIVE"], pageSize: 25 });
    expect(first).toMatchObject({ total: COUNT_AHEAD, totalCapped: true, pageCount: COUNT_AHEAD / 25 });
    expect(first.items).toHaveLength(25);

    // Far enough on, the rest is counted exactly again.
    const lastPage = Math.ceil(exact / 25);
    const last = await api.agreement.list({ status: ["ACTIVE"], pageSize: 25, page: lastPage });
    expect(last).toMatchObject({ total: exact, totalCapped: false, pageCount: lastPage });
    expect(last.items).toHaveLength(exact - (lastPage - 1) * 25);

    // Reports ask for the exact figure.
    const report = await api.agreement.list({ status: ["ACTIVE"], pageSize: 25, exactTotal: true });
    expect(report).toMatchObject({ total: exact, totalCapped: false });

    // Below the cap nothing changes.
    const few = await api.agreement.list({ status: ["SUSPENDED"] });
    expect(few.totalCapped).toBe(false);
    expect(few.total).toBe(await db.agreement.count({ where: { status: "SUSPENDED" } }));
  });

  it("takes the total from a page that is not full, and counts when the page is full or past the end", async () => {
    const exact = await db.agreement.count({ where: { status: "ACTIVE" } });
    // Every page size from 1 to 40: the last page is sometimes full (counted), mostly not (taken from the page).
    for (let pageSize = 1; pageSize <= 40; pageSize++) {
      const lastPage = Math.ceil(exact / pageSize);
      const last = await api.agreement.list({ status: ["ACTIVE"], pageSize, page: lastPage });
      expect(last).toMatchObject({ total: exact, totalCapped: false, pageCount: lastPage });
      expect(last.items).toHaveLength(exact - (lastPage - 1) * pageSize);
    }
    const past = await api.agreement.list({ status: ["ACTIVE"], pageSize: 25, page: Math.ceil(exact / 25) + 3 });
    expect(past).toMatchObject({ items: [], total: exact, totalCapped: false });
    const none = await api.agreement.list({ q: "gibt es ganz bestimmt nicht" });
    expect(none).toMatchObject({ items: [], total: 0, pageCount: 1 });
  });
});
