// A private database for one test file, cloned from a template made by global-setup.ts.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { createPrismaClient, type Db } from "../db/prisma";
import { TEMPLATE_MIGRATED, TEMPLATE_SEEDED, withDatabase } from "./global-setup";

export interface TestDatabase {
  db: Db;
  url: string;
}

/**
 * Creates a database for this test file ("seeded": Cologne's demo data; "empty": schema only) and drops it after
 * the file's tests.
 */
export async function createTestDatabase(kind: "seeded" | "empty" = "seeded"): Promise<TestDatabase> {
  const adminUrl = inject("pgAdminUrl");
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${kind === "seeded" ? TEMPLATE_SEEDED : TEMPLATE_MIGRATED}`);
  await admin.end();

  const url = withDatabase(adminUrl, name);
  const db = createPrismaClient(url, { maxConnections: 5 });
  afterAll(async () => {
    await db.$disconnect();
    const cleanup = new pg.Client({ connectionString: adminUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cleanup.end();
  });
  return { db, url };
}

/** Runs `run` with a plain pg client on `url` (for SQL a test runs around the app), closed afterwards. */
export async function withPgClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
