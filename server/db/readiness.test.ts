// Readiness (GET /api/health/ready) against a real database: ready when every migration this build ships is applied,
// "migrations pending" naming the missing ones, "database not reachable" when nothing answers.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../test/database";
import { createPrismaClient } from "./prisma";
import { databaseReadiness } from "./readiness";
import { MIGRATIONS_DIR } from "./schema-engine";

const { db } = await createTestDatabase("empty");
const folder = mkdtempSync(path.join(tmpdir(), "readiness-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("databaseReadiness", () => {
  it("is ready on a migrated database, counting the shipped migrations", async () => {
    const readiness = await databaseReadiness(db, MIGRATIONS_DIR);
    expect(readiness).toMatchObject({ ready: true });
    expect(readiness.ready && readiness.migrations).toBeGreaterThan(0);
  });

  it("names a migration the build ships that the database lacks (a newer version started on an older schema)", async () => {
    const newer = path.join(folder, "migrations");
    cpSync(MIGRATIONS_DIR, newer, { recursive: true });
    mkdirSync(path.join(newer, "29991231000000_from_the_future"));
    expect(await databaseReadiness(db, newer)).toEqual({
      ready: false,
      reason: "migrations pending",
      pending: ["29991231000000_from_the_future"],
    });
  });

  it("names every migration on a database that was never migrated", async () => {
    await db.$executeRawUnsafe("ALTER TABLE _prisma_migrations RENAME TO _prisma_migrations_away");
    try {
      const readiness = await databaseReadiness(db, MIGRATIONS_DIR);
      expect(readiness).toMatchObject({ ready: false, reason: "migrations pending" });
      expect(readiness.ready === false && "pending" in readiness && readiness.pending.length).toBeGreaterThan(0);
    } finally {
      await db.$executeRawUnsafe("ALTER TABLE _prisma_migrations_away RENAME TO _prisma_migrations");
    }
  });

  it("says the database is not reachable when nothing answers", async () => {
    const nowhere = createPrismaClient("postgresql://nobody:nothing@127.0.0.1:9/none", { maxConnections: 1 });
    try {
      expect(await databaseReadiness(nowhere, MIGRATIONS_DIR)).toEqual({
        ready: false,
        reason: "database not reachable",
      });
    } finally {
      await nowhere.$disconnect();
    }
  });
});
