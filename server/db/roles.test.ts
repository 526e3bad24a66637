// Least privilege (issue 18). Attack run: the app connected as the cluster's superuser, with a password fixed in the
// source, so whoever could run SQL through it (or knew the password) could switch the audit trail's trigger off
// (ALTER TABLE … DISABLE TRIGGER, or session_replication_role = replica) and rewrite history. Now the app connects
// as a role that owns nothing; these tests try the attacks as that role, and show that the owner still could.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TEST_ACTORS } from "../test/caller";
import { createTestDatabase, withPgClient } from "../test/database";
import { createContextFor } from "../trpc/context";
import { createCaller } from "../trpc/root";
import { APP_PASSWORD_FILE, OWNER_PASSWORD_FILE, startEmbeddedPostgres } from "./embedded";
import { createPrismaClient } from "./prisma";
import { EMBEDDED_APP_ROLE, grantAppRole, roleOf, withCredentials } from "./roles";
import { applyMigrations } from "./schema-engine";

/** The SQLSTATE a statement (or the connection) fails with, or "ok". */
async function outcome(url: string, sql: string): Promise<string> {
  try {
    await withPgClient(url, (client) => client.query(sql));
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

/** What an attacker running SQL as the app's connection would try against the audit trail. */
const ATTACKS = [
  'ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL',
  'ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_or_delete"',
  'DROP TRIGGER "AuditEvent_no_update_or_delete" ON "AuditEvent"',
  "SET session_replication_role = replica",
  'UPDATE "AuditEvent" SET "actorName" = \'jemand anderes\'',
  'DELETE FROM "AuditEvent"',
  'TRUNCATE "AuditEvent"',
  "UPDATE \"_prisma_migrations\" SET checksum = 'x'",
  "CREATE TABLE hintertuer (id int)",
  "SELECT set_config('partnerships.erasing', 'on', false), (SELECT count(*) FROM \"AuditEvent\")",
] as const;

async function expectAttacksRefused(appUrl: string) {
  for (const attack of ATTACKS) {
    const result = await outcome(appUrl, attack);
    if (attack.startsWith("SELECT set_config")) {
      // Setting the erasure switch is possible for anyone, but it grants no UPDATE right: still refused.
      expect(
        await outcome(
          appUrl,
          `BEGIN; SELECT set_config('partnerships.erasing', 'on', true); UPDATE "AuditEvent" SET "entityLabel" = 'x'; COMMIT`,
        ),
      ).toBe("42501");
      continue;
    }
    expect(result, attack).toBe("42501"); // insufficient_privilege (or "must be owner")
  }
}

describe("the embedded database", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "roles-"));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("has passwords of its own per installation, and the app's role cannot switch the audit trail off", async () => {
    const dir = path.join(folder, "postgres");
    const first = await startEmbeddedPostgres({ dir, port, database: "rollen" });
    try {
      for (const file of [OWNER_PASSWORD_FILE, APP_PASSWORD_FILE]) {
        const info = statSync(path.join(folder, file));
        expect(info.mode & 0o777, file).toBe(0o600);
        expect((await readFile(path.join(folder, file), "utf8")).trim().length).toBeGreaterThanOrEqual(40);
      }
      expect(first.url).not.toContain("cologne-local");
      expect(roleOf(first.appUrl)).toBe(EMBEDDED_APP_ROLE);
      // The fixed password of before no longer opens the cluster.
      expect(await outcome(withCredentials(first.url, "postgres", "cologne-local"), "SELECT 1")).toBe("28P01");

      await applyMigrations(first.url);
      await grantAppRole(first.url, EMBEDDED_APP_ROLE);
      const role = await withPgClient(first.url, async (client) => {
        const { rows } = await client.query(
          "SELECT rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls FROM pg_roles WHERE rolname = $1",
          [EMBEDDED_APP_ROLE],
        );
        return rows[0];
      });
      expect(role).toEqual({
        rolsuper: false,
        rolcreaterole: false,
        rolcreatedb: false,
        rolreplication: false,
        rolbypassrls: false,
      });
      await expectAttacksRefused(first.appUrl);
      // The owner (who applies the migrations) still can: that is what the app no longer is.
      expect(await outcome(first.url, 'BEGIN; ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL; ROLLBACK')).toBe("ok");

      // A cluster made before, with the password that was in the source: the next start gives it its own.
      await withPgClient(first.url, (client) => client.query("ALTER ROLE postgres PASSWORD 'cologne-local'"));
    } finally {
      await first.stop();
    }
    await rm(path.join(folder, OWNER_PASSWORD_FILE));
    const second = await startEmbeddedPostgres({ dir, port, database: "rollen" });
    try {
      expect(await outcome(second.url, "SELECT 1")).toBe("ok");
      expect(await outcome(second.appUrl, 'SELECT count(*) FROM "Partner"')).toBe("ok");
      expect(await outcome(withCredentials(second.url, "postgres", "cologne-local"), "SELECT 1")).toBe("28P01");
    } finally {
      await second.stop();
    }
  });
});

describe("a PostgreSQL server of one's own (DATABASE_URL + MIGRATION_DATABASE_URL)", () => {
  it("the app role is granted what the app does, and the app works through it", async () => {
    const { url: ownerUrl } = await createTestDatabase("seeded");
    const role = `t_app_${randomBytes(4).toString("hex")}`;
    const password = randomBytes(24).toString("base64url");
    await withPgClient(ownerUrl, (client) =>
      client.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER PASSWORD ${client.escapeLiteral(password)}`),
    );
    await grantAppRole(ownerUrl, role);
    await grantAppRole(ownerUrl, role); // at every start: idempotent
    const appUrl = withCredentials(ownerUrl, role, password);
    await expectAttacksRefused(appUrl);

    // The app's procedures, as that role: read, create and change a record, each with its audit event.
    const db = createPrismaClient(appUrl, { maxConnections: 2 });
    try {
      const caller = createCaller(createContextFor(db, TEST_ACTORS.EDITOR));
      const partner = await caller.partner.create({
        nameDe: "Rollenstadt",
        nameEn: "Role City",
        countryCode: "FR",
        continent: "EUROPE",
        kind: "CITY",
      });
      await caller.partner.update({
        id: partner.id,
        version: partner.version,
        nameDe: "Rollenstadt am Rhein",
        nameEn: "Role City",
        countryCode: "FR",
        continent: "EUROPE",
        kind: "CITY",
      });
      expect((await caller.partner.list({})).total).toBeGreaterThan(0);
      expect(await db.auditEvent.count({ where: { entityType: "PARTNER", entityId: String(partner.id) } })).toBe(2);
    } finally {
      await db.$disconnect();
      await withPgClient(ownerUrl, async (client) => {
        const database = client.escapeIdentifier((await client.query("SELECT current_database() AS d")).rows[0].d);
        await client.query(`REVOKE ALL ON DATABASE ${database} FROM ${role}`);
        await client.query(`DROP OWNED BY ${role}`);
        await client.query(`DROP ROLE ${role}`);
      });
    }
  });
});
