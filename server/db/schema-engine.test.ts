// The offline migration tooling: the committed migrations match prisma/schema.prisma, and a schema change
// becomes an incremental migration.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { diffSchemas, MIGRATIONS_DIR, SCHEMA_FILE, SNAPSHOT_FILE } from "./schema-engine";

const latestMigration = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .at(-1) as string;
const snapshot = readFileSync(path.join(MIGRATIONS_DIR, latestMigration, SNAPSHOT_FILE), "utf8");
const current = readFileSync(SCHEMA_FILE, "utf8");

describe("migrations", () => {
  it("prisma/schema.prisma has no change that lacks a migration (run npm run db:migration)", async () => {
    expect(current).toBe(snapshot);
    expect(await diffSchemas(inject("pgAdminUrl"), snapshot, current)).not.toMatch(/ALTER|CREATE|DROP/);
  });

  it("turns a schema change into an incremental migration", async () => {
    const changed = current.replace(
      "  website     String?     @db.VarChar(500)",
      "  website     String?     @db.VarChar(500)\n  population  Int?",
    );
    expect(changed).not.toBe(current);
    const sql = await diffSchemas(inject("pgAdminUrl"), current, changed);
    expect(sql).toContain('ALTER TABLE "Partner" ADD COLUMN     "population" INTEGER');
    expect(sql).not.toContain("CREATE TABLE");
  });
});
