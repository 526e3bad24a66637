// A statement PostgreSQL plans once per connection (a named prepared statement) instead of on every call, for a hot
// read whose plan does not depend on its values (issue 20: the dashboard's one statement spent ~1.1 ms of its ~2.7 ms
// in PostgreSQL planning, at country and at stress scale). Prisma's raw queries are not prepared, so this goes
// through the pg pool under the Prisma client (server/db/prisma.ts), as better-auth's session lookup does; its errors
// are pg's own (server/db/errors.ts knows them). A client made elsewhere (the benchmark's capturer) runs the same SQL
// through Prisma.
import type pg from "pg";
import type { Prisma } from "./generated/client";
import type { Db } from "./prisma";

const pools = new WeakMap<Db, pg.Pool>();

/** Called by createPrismaClient for the pool it made. */
export function registerPool(db: Db, pool: pg.Pool): void {
  pools.set(db, pool);
}

/**
 * The rows of `sql` as a prepared statement named `name`. One name, one text: the values may change, the text may
 * not (pg refuses a name with another text). After five runs on a connection PostgreSQL keeps a generic plan if it
 * costs no more than planning each time.
 */
export async function preparedRows<T>(db: Db, name: string, sql: Prisma.Sql): Promise<T[]> {
  const pool = pools.get(db);
  if (!pool) return db.$queryRawUnsafe<T[]>(sql.text, ...sql.values);
  const result = await pool.query({ name, text: sql.text, values: sql.values });
  return result.rows as T[];
}
