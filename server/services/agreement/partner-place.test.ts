// The partner's place copied onto each agreement by the database (migration agreement_partner_place): always the
// partner's, however the agreement or the partner is written, and the list's continent and country filters give
// exactly the agreements whose partner is there.

import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { CONTINENTS } from "../../domain/enums";
import { ZAgreementListInput } from "../../lists/agreements";

import { createTestDatabase } from "../../test/database";
import { listAgreements } from "./list";

let db: Db;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
});

/** Every agreement whose copy differs from its partner's place (should be none). */
async function mismatches() {
  return db.$queryRaw<{ id: number }[]>`
    SELECT a.id FROM "Agreement" a JOIN "Partner" p ON p.id = a."partnerId"
    WHERE a."partnerContinent" IS DISTINCT FROM p.continent OR a."partnerCountryCode" IS DISTINCT FROM p."countryCode"`;
}

async function placeOf(id: number) {
  return db.agreement.findUniqueOrThrow({
    where: { id },
    select: { partnerContinent: true, partnerCountryCode: true },
  });
}

describe("the partner's place on each agreement", () => {
  it("is filled in for the seed and for a new agreement", async () => {
    expect(await mismatches()).toEqual([]);
    expect(await db.agreement.count({ where: { partnerContinent: null } })).toBe(0);
    const kyoto = await db.partner.findFirstOrThrow({ where: { nameEn: "Kyoto" } });
    const created = await db.agreement.create({
      data: { type: "FRIENDSHIP", title: "Ortsprobe Kyoto", partnerId: kyoto.id, status: "PROPOSED" },
    });
    expect(await placeOf(created.id)).toEqual({ partnerContinent: "ASIA", partnerCountryCode: "JP" });
  });

  it("follows a change of the agreement's partner, and of the partner's continent or country", async () => {
    const kyoto = await db.partner.findFirstOrThrow({ where: { nameEn: "Kyoto" } });
    const liverpool = await db.partner.findFirstOrThrow({ where: { nameEn: "Liverpool" } });
    const agreement = await db.agreement.create({
      data: { type: "FRIENDSHIP", title: "Ortsprobe Umzug", partnerId: kyoto.id, status: "PROPOSED" },
    });
    await db.agreement.update({ where: { id: agreement.id }, data: { partnerId: liverpool.id } });
    expect(await placeOf(agreement.id)).toEqual({ partnerContinent: "EUROPE", partnerCountryCode: "GB" });

    const moved = await db.partner.create({
      data: { nameDe: "Verschobenstadt", nameEn: "Moved Town", countryCode: "FR", continent: "EUROPE" },
    });
    const second = await db.agreement.create({
      data: { type: "FRIENDSHIP", title: "Ortsprobe Korrektur", partnerId: moved.id, status: "ACTIVE" },
    });
    await db.partner.update({ where: { id: moved.id }, data: { countryCode: "CA", continent: "NORTH_AMERICA" } });
    expect(await placeOf(second.id)).toEqual({ partnerContinent: "NORTH_AMERICA", partnerCountryCode: "CA" });
    expect(await mismatches()).toEqual([]);
  });

  it("cannot be set to anything but the partner's place", async () => {
    const liverpool = await db.partner.findFirstOrThrow({ where: { nameEn: "Liverpool" } });
    const agreement = await db.agreement.create({
      data: {
        type: "FRIENDSHIP",
        title: "Ortsprobe Vorgabe",
        partnerId: liverpool.id,
        status: "PROPOSED",
        partnerContinent: "ASIA",
        partnerCountryCode: "JP",
      },
    });
    expect(await placeOf(agreement.id)).toEqual({ partnerContinent: "EUROPE", partnerCountryCode: "GB" });
    await db.$executeRaw`UPDATE "Agreement" SET "partnerCountryCode" = 'XX' WHERE id = ${agreement.id}`;
    expect(await placeOf(agreement.id)).toEqual({ partnerContinent: "EUROPE", partnerCountryCode: "GB" });
  });

  it("lets the list filter by continent and country with the same answers as the partner's own place", async () => {
    const countries = await db.partner.findMany({ distinct: ["countryCode"], select: { countryCode: true } });
    type Continent = (typeof CONTINENTS)[number];
    const cases: { continent?: Continent[]; country?: string[] }[] = [
      ...CONTINENTS.map((continent) => ({ continent: [continent] })),
      ...countries.map(({ countryCode }) => ({ country: [countryCode] })),
      { continent: ["EUROPE", "ASIA"], country: ["JP", "GB", "FR"] },
    ];
    for (const filter of cases) {
      const listed = await listAgreements(
        db,
        ZAgreementListInput.parse({ ...filter, pageSize: 100, exactTotal: true }),
      );
      const expected = await db.agreement.findMany({
        where: {
          partner: {
            ...(filter.continent ? { continent: { in: filter.continent } } : {}),
            ...(filter.country ? { countryCode: { in: filter.country } } : {}),
          },
        },
        select: { id: true },
      });
      expect(listed.items.map((item) => item.id).sort(), JSON.stringify(filter)).toEqual(
        expected.map((row) => row.id).sort(),
      );
      expect(listed.total, JSON.stringify(filter)).toBe(expected.length);
    }
  });
});
