// The tRPC context: the database, who is acting (null when nobody is signed in) and their address.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/prisma";

export type { Actor };

export interface Context {
  db: Db;
  actor: Actor | null;
  ip: string | null;
}

export function createContextFor(db: Db, actor: Actor | null, ip: string | null = null): Context {
  return { db, actor, ip };
}
