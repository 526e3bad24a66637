// The data migration country_code_aliases (issue 15) on a real PostgreSQL: partners stored with an old code that
// stands for one country today (UK, EL, …) get that country's code, a new version and one audit event each, and
// their agreements follow; codes that stand for several countries or none (YU, SU, XX) are kept as they were, shown
// as "not a valid country code" and refused when saved unchanged; a second run changes nothing.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { MIGRATIONS_DIR } from "../../db/schema-engine";
import { isCountryCode, REPLACED_COUNTRY_CODES } from "../../schemas/country";
import { callerFor, refusedFields, trpcError } from "../../test/caller";
import { createTestDatabase, withPgClient } from "../../test/database";

const MIGRATION = readdirSync(MIGRATIONS_DIR).find((name) => name.endsWith("_country_code_aliases"));
if (!MIGRATION) throw new Error("migration country_code_aliases not found");
const SQL = readFileSync(path.join(MIGRATIONS_DIR, MIGRATION, "migration.sql"), "utf8");

/** The pairs in the migration's VALUES list. */
function mappedInSql(): Record<string, string> {
  const values = SQL.slice(SQL.indexOf("VALUES"), SQL.indexOf('"fix" AS'));
  return Object.fromEntries(
    [...values.matchAll(/\('([A-Z]{2})', '([A-Z]{2})'\)/g)].map((match) => [match[1], match[2]]),
  );
}

let db: Db;
let url: string;

beforeAll(async () => {
  ({ db, url } = await createTestDatabase("seeded"));
});

/** A partner as an older version of the app could store it (raw SQL: today's schema would refuse the code). */
async function storedPartner(nameDe: string, code: string): Promise<number> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO "Partner" ("nameDe", "nameEn", "countryCode", "continent", "updatedAt")
    VALUES (${nameDe}, ${nameDe}, ${code}, 'EUROPE', now()) RETURNING id`;
  const id = rows[0]?.id;
  if (id === undefined) throw new Error("no partner inserted");
  return id;
}

async function runMigration() {
  await withPgClient(url, (client) => client.query(SQL));
}

describe("migration country_code_aliases", () => {
  it("is applied by the migrations, and the seed holds no code it would change or cannot name", async () => {
    const applied = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    expect(applied.map((row) => row.migration_name)).toContain(MIGRATION);
    const codes = await db.partner.findMany({ select: { countryCode: true }, distinct: ["countryCode"] });
    expect(codes.length).toBeGreaterThan(5);
    expect(codes.filter(({ countryCode }) => !isCountryCode(countryCode))).toEqual([]);
  });

  it("maps exactly the replaced codes that stand for one country today, and names each in its comment", () => {
    const ambiguous = ["AN", "CS", "SU", "YU"];
    const expected = Object.fromEntries(
      Object.entries(REPLACED_COUNTRY_CODES).filter(([code]) => !ambiguous.includes(code)),
    );
    expect(mappedInSql()).toEqual(expected);
    for (const [code, meant] of Object.entries(expected)) expect(SQL).toContain(`--   ${code} -> ${meant}`);
    for (const code of ambiguous) expect(SQL).toMatch(new RegExp(`-- .*\\b${code}\\b`));
  });

  it("replaces UK, EL and a lower-case dd, keeps YU, SU and XX as they were, audits each change once; a second run changes nothing", async () => {
    const ids = {
      uk: await storedPartner("Migrationstest Manchester", "UK"),
      el: await storedPartner("Migrationstest Patras", "EL"),
      dd: await storedPartner("Migrationstest Leipzig", "dd"),
      yu: await storedPartner("Migrationstest Novi Sad", "YU"),
      su: await storedPartner("Migrationstest Riga", "SU"),
      xx: await storedPartner("Migrationstest Nirgendwo", "XX"),
      de: await storedPartner("Migrationstest Bonn", "DE"),
    };
    const agreement = await db.agreement.create({
      data: { type: "FRIENDSHIP", title: "Migrationstest Freundschaft", partnerId: ids.uk, status: "ACTIVE" },
      select: { id: true, partnerCountryCode: true },
    });
    expect(agreement.partnerCountryCode).toBe("UK");
    const eventsBefore = await db.auditEvent.count();

    await runMigration();

    const partners = await db.partner.findMany({
      where: { id: { in: Object.values(ids) } },
      select: { id: true, countryCode: true, version: true },
    });
    const byId = new Map(partners.map((partner) => [partner.id, partner]));
    expect(Object.fromEntries(Object.entries(ids).map(([key, id]) => [key, byId.get(id)]))).toEqual({
      uk: { id: ids.uk, countryCode: "GB", version: 2 },
      el: { id: ids.el, countryCode: "GR", version: 2 },
      dd: { id: ids.dd, countryCode: "DE", version: 2 },
      yu: { id: ids.yu, countryCode: "YU", version: 1 },
      su: { id: ids.su, countryCode: "SU", version: 1 },
      xx: { id: ids.xx, countryCode: "XX", version: 1 },
      de: { id: ids.de, countryCode: "DE", version: 1 },
    });
    const moved = await db.agreement.findUniqueOrThrow({
      where: { id: agreement.id },
      select: { partnerCountryCode: true },
    });
    expect(moved.partnerCountryCode).toBe("GB");

    const events = await db.auditEvent.findMany({
      where: { id: { gt: 0 }, entityType: "PARTNER", entityId: { in: [ids.uk, ids.el, ids.dd].map(String) } },
      select: { entityId: true, action: true, actorId: true, actorName: true, entityLabel: true, changes: true },
      orderBy: { id: "asc" },
    });
    expect(events).toEqual([
      {
        entityId: String(ids.uk),
        action: "UPDATE",
        actorId: null,
        actorName: "Datenmigration (country_code_aliases)",
        entityLabel: "Migrationstest Manchester",
        changes: { countryCode: { before: "UK", after: "GB" } },
      },
      expect.objectContaining({ entityId: String(ids.el), changes: { countryCode: { before: "EL", after: "GR" } } }),
      expect.objectContaining({ entityId: String(ids.dd), changes: { countryCode: { before: "dd", after: "DE" } } }),
    ]);
    expect(await db.auditEvent.count()).toBe(eventsBefore + 3);

    // The partner's history reads the migration's event in words, as it reads the app's own.
    const history = await callerFor(db).audit.history({ entityType: "PARTNER", entityId: ids.uk });
    expect(history.map((event) => event.actorName)).toContain("Datenmigration (country_code_aliases)");

    // A second run finds nothing to change.
    await runMigration();
    expect(await db.auditEvent.count()).toBe(eventsBefore + 3);
    expect((await db.partner.findUniqueOrThrow({ where: { id: ids.uk } })).version).toBe(2);
  });

  it("lists a kept code as it is stored, and refuses to save it unchanged, naming the country field", async () => {
    const id = await storedPartner("Migrationstest Belgrad", "YU");
    const caller = callerFor(db);
    const listed = await caller.partner.list({ q: "Migrationstest Belgrad" });
    expect(listed.items.map((partner) => partner.countryCode)).toEqual(["YU"]);
    const partner = await caller.partner.byId({ id });
    expect(partner.countryCode).toBe("YU");

    const error = await trpcError(() =>
      caller.partner.update({
        id,
        version: partner.version,
        nameDe: partner.nameDe,
        nameEn: partner.nameEn,
        nameLocal: null,
        countryCode: partner.countryCode,
        continent: partner.continent,
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(refusedFields(error)).toEqual(["countryCode"]);
    expect((await db.partner.findUniqueOrThrow({ where: { id } })).countryCode).toBe("YU");
  });
});
