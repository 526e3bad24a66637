// The tRPC context: the database and who is acting. Until accounts exist (issue "Accounts, roles…"), the actor
// is the office itself; every change is still recorded with this name.
import type { Db } from "../db/prisma";

export interface Actor {
  /** Shown in status histories as "who". */
  name: string;
}

export interface Context {
  db: Db;
  actor: Actor;
}

export const OFFICE_ACTOR: Actor = { name: "Büro für Internationale Angelegenheiten" };

export function createContextFor(db: Db, actor: Actor = OFFICE_ACTOR): Context {
  return { db, actor };
}
