// Is the database ready for this version of the app: reachable, and every migration this build ships applied?
// (GET /api/health/ready; a load balancer sends requests only to a ready server.)
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Db } from "./prisma";

export type Readiness =
  | { ready: true; migrations: number }
  | { ready: false; reason: "database not reachable" }
  | { ready: false; reason: "migrations pending"; pending: string[] };

/** The migrations this build ships (prisma/migrations beside the server: the repository, or the image's /app). */
async function shippedMigrations(dir = path.resolve("prisma/migrations")): Promise<string[]> {
  // Not followed by the build's file tracing: server/cli/build.ts copies prisma/migrations beside the server.
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export async function databaseReadiness(db: Db, migrationsDir?: string): Promise<Readiness> {
  let applied: { migration_name: string }[];
  try {
    applied = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  } catch (error) {
    // A database without the table has not been migrated at all (PostgreSQL's undefined_table). Anything else —
    // no connection, a timeout, a refused login — is "not reachable" (the message quotes the query either way).
    if (/42P01|relation "_prisma_migrations" does not exist/.test(`${JSON.stringify(error)} ${String(error)}`)) {
      return { ready: false, reason: "migrations pending", pending: await shippedMigrations(migrationsDir) };
    }
    return { ready: false, reason: "database not reachable" };
  }
  const done = new Set(applied.map((row) => row.migration_name));
  const shipped = await shippedMigrations(migrationsDir);
  const pending = shipped.filter((name) => !done.has(name));
  return pending.length
    ? { ready: false, reason: "migrations pending", pending }
    : { ready: true, migrations: shipped.length };
}
