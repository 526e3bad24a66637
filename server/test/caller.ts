// A tRPC caller on a test database: the real router, no HTTP, no mocks.
import type { Db } from "../db/prisma";
import { type Actor, createContextFor } from "../trpc/context";
import { createCaller } from "../trpc/root";

export function callerFor(db: Db, actor?: Actor) {
  return createCaller(createContextFor(db, actor));
}

/** Runs `call` and returns the tRPC error it throws, failing if it does not throw. */
export async function trpcError(call: () => Promise<unknown>) {
  try {
    await call();
  } catch (error) {
    return error as { code: string; message: string; cause?: unknown };
  }
  throw new Error("expected the call to fail, but it succeeded");
}
