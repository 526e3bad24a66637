// The Prisma client for the app: one per process, through the pg driver adapter (no native query engine).
import "server-only";
import { envValue } from "../env";
import { attachChangeFeed, type ChangeFeed } from "./change-feed";
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
  if (!globalForPrisma.prisma) {
    const url = connectionString();
    globalForPrisma.prisma = createPrismaClient(url, { metricsName: "app" });
    // Every app server listens for the changes committed by all of them (server/db/change-feed.ts).
    attachChangeFeed(globalForPrisma.prisma, url);
  }
  return globalForPrisma.prisma;
}

/** The app's change feed: what the browsers' live streams and this process's caches listen to. */
export function changeFeed(): ChangeFeed {
  return attachChangeFeed(db(), connectionString());
}
