// The Prisma client for the app: one per process, through the pg driver adapter (no native query engine).
import "server-only";
import { envValue } from "../env";
import { createPrismaClient, type Db } from "./prisma";

const globalForPrisma = globalThis as unknown as { prisma?: Db };

function connectionString(): string {
  const url = envValue("DATABASE_URL");
  if (!url) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which starts and migrates the database.");
  }
  return url;
}

/** Created on first use, so that importing this module never needs a database (e.g. during `next build`). */
export function db(): Db {
  globalForPrisma.prisma ??= createPrismaClient(connectionString(), { metricsName: "app" });
  return globalForPrisma.prisma;
}
