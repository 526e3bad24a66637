// The data step of the migration commitment_owner_person, run against the seeded test database: an owner text that
// matches exactly one Cologne-side person who is not erased (letter case and outer spaces aside) becomes the owner
// reference and the text is emptied (version up by one); an ambiguous name, a partner-side or erased person's name,
// and a unit stay texts, without a reference.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { MIGRATIONS_DIR } from "../../db/schema-engine";
import { createTestDatabase } from "../../test/database";

let db: Db;

function dataStep(): string {
  const folder = readdirSync(MIGRATIONS_DIR).find((name) => name.endsWith("_commitment_owner_person"));
  if (!folder) throw new Error("no migration commitment_owner_person");
  const sql = readFileSync(path.join(MIGRATIONS_DIR, folder, "migration.sql"), "utf8");
  const start = sql.indexOf('WITH "unique_match"');
  expect(start).toBeGreaterThan(0);
  return sql.slice(start);
}

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
});

describe("the migration commitment_owner_person", () => {
  it("turns an owner text naming exactly one Cologne-side person into the reference, and nothing else", async () => {
    const stamp = Date.now().toString(36);
    const agreement = await db.agreement.findFirstOrThrow({ select: { id: true, partnerId: true } });
    const unique = await db.person.create({ data: { name: `Ulla Eindeutig ${stamp}` } });
    await db.person.create({ data: { name: `Doppelt ${stamp}` } });
    await db.person.create({ data: { name: `doppelt ${stamp}` } });
    await db.person.create({ data: { name: `Pia Partner ${stamp}`, partnerId: agreement.partnerId } });
    await db.person.create({ data: { name: `Eva Erased ${stamp}`, erasedAt: new Date() } });
    const make = (ownerCologne: string) =>
      db.commitment.create({
        data: { agreementId: agreement.id, title: `M ${ownerCologne}`, ownerCologne },
        select: { id: true },
      });
    const matched = await make(`  ulla eindeutig ${stamp} `);
    const ambiguous = await make(`Doppelt ${stamp}`);
    const partner = await make(`Pia Partner ${stamp}`);
    const erased = await make(`Eva Erased ${stamp}`);
    const unit = await make(`Amt ${stamp}`);

    await db.$executeRawUnsafe(dataStep());

    const rows = await db.commitment.findMany({
      where: { id: { in: [matched.id, ambiguous.id, partner.id, erased.id, unit.id] } },
      select: { id: true, ownerCologne: true, ownerPersonId: true, version: true },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(matched.id)).toEqual({ id: matched.id, ownerCologne: null, ownerPersonId: unique.id, version: 2 });
    for (const [kept, text] of [
      [ambiguous, `Doppelt ${stamp}`],
      [partner, `Pia Partner ${stamp}`],
      [erased, `Eva Erased ${stamp}`],
      [unit, `Amt ${stamp}`],
    ] as const) {
      expect(byId.get(kept.id)).toEqual({ id: kept.id, ownerCologne: text, ownerPersonId: null, version: 1 });
    }
  });
});
