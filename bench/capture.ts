// The raw-SQL floor's statements: what a service really sends to PostgreSQL, captured from Prisma's query log while
// the same service function the procedure calls runs once, then replayed with `pg` by bench/measure.ts.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../server/db/generated/client";
import { type Db, DEFAULT_POOL_SIZE } from "../server/db/prisma";
import type { Statement } from "./measure";

export interface Capturer {
  db: Db;
  /** Runs `work` and returns the statements it sent, in the order they finished. */
  capture(work: (db: Db) => Promise<unknown>): Promise<Statement[]>;
  close(): Promise<void>;
}

export function createCapturer(url: string): Capturer {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: DEFAULT_POOL_SIZE }),
    log: [{ emit: "event", level: "query" }],
  });
  let sink: Statement[] | null = null;
  client.$on("query", (event) => {
    sink?.push({ text: event.query, values: JSON.parse(event.params) as unknown[] });
  });
  return {
    db: client,
    async capture(work) {
      const statements: Statement[] = [];
      sink = statements;
      try {
        await work(client);
      } finally {
        sink = null;
      }
      if (statements.length === 0) throw new Error("No SQL was captured (Prisma's query log is silent?)");
      return statements;
    },
    close: () => client.$disconnect(),
  };
}
