// Vitest global setup: one embedded PostgreSQL for the whole run, in a fresh temporary folder, with two template
// databases (migrated; migrated + demo seed). Each test file clones the template it needs, so files run in
// parallel without seeing each other's writes.
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { seedDemoData } from "../../prisma/seed";
import { startEmbeddedPostgres } from "../db/embedded";
import { createPrismaClient } from "../db/prisma";
import { applyMigrations } from "../db/schema-engine";

export const TEMPLATE_MIGRATED = "tpl_migrated";
export const TEMPLATE_SEEDED = "tpl_seeded";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  let stop: (() => Promise<void>) | undefined;
  let folder: string | undefined;

  if (!adminUrl) {
    folder = await mkdtemp(path.join(tmpdir(), "partnerships-test-"));
    const embedded = await startEmbeddedPostgres({
      dir: path.join(folder, "pg"),
      port: await freePort(),
      database: "postgres",
    });
    adminUrl = embedded.url;
    stop = embedded.stop;
  }

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  for (const name of [TEMPLATE_MIGRATED, TEMPLATE_SEEDED]) {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
  }
  await admin.end();

  await applyMigrations(withDatabase(adminUrl, TEMPLATE_MIGRATED));
  const seededUrl = withDatabase(adminUrl, TEMPLATE_SEEDED);
  await applyMigrations(seededUrl);
  const seedDb = createPrismaClient(seededUrl, { maxConnections: 2 });
  await seedDemoData(seedDb);
  await seedDb.$disconnect();

  project.provide("pgAdminUrl", adminUrl);

  return async () => {
    await stop?.();
    if (folder) await rm(folder, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
