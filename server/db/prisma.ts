// Creating a Prisma client; shared by the app, the CLI scripts, the seed and the tests.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { watchPool } from "../observability/metrics";
import { PrismaClient } from "./generated/client";
import { registerPool } from "./prepared";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * If the database goes away, requests fail fast with "unavailable" instead of hanging: a new connection gives up
 * after CONNECT_TIMEOUT_MS, a query that gets no answer after QUERY_TIMEOUT_MS. The pool opens new connections by
 * itself once the database is back.
 */
export const CONNECT_TIMEOUT_MS = 5_000;
export const QUERY_TIMEOUT_MS = 20_000;

/** Connections per process unless a caller asks for fewer (CLI scripts, tests). */
export const DEFAULT_POOL_SIZE = 10;

export function createPrismaClient(
  connectionString: string,
  options: {
    maxConnections?: number /** Reports the pool in the metrics under this name. */;
    metricsName?: string;
  } = {},
): Db {
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? DEFAULT_POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
  });
  if (options.metricsName) watchPool(options.metricsName, () => pool);
  // The pool is made here (not by the adapter) so that the metrics can read its counts; $disconnect ends it.
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  registerPool(db, pool);
  return db;
}
