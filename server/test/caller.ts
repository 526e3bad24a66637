// A tRPC caller on a test database: the real router, no HTTP, no mocks.
import type { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { Role } from "../auth/roles";
import type { Db } from "../db/prisma";
import { type Actor, createContextFor } from "../trpc/context";
import { MappedError } from "../trpc/errors";
import { createCaller } from "../trpc/root";

/** Test actors, one per role; their ids need no account row (the audit trail keeps names, not references). */
export const TEST_ACTORS = {
  ADMIN: { id: "test-admin", name: "Adele Admin", email: "adele@example.org", role: "ADMIN" },
  EDITOR: { id: "test-editor", name: "Testerin", email: "testerin@example.org", role: "EDITOR" },
  VIEWER: { id: "test-viewer", name: "Vera Viewer", email: "vera@example.org", role: "VIEWER" },
} as const satisfies Record<Role, Actor>;

/** A caller acting as `actor` (default: an editor); `null` calls without a session. */
export function callerFor(db: Db, actor: Actor | null = TEST_ACTORS.EDITOR) {
  return createCaller(createContextFor(db, actor));
}

/** Runs `call` and returns the tRPC error it throws, failing if it does not throw. */
export async function trpcError(call: () => Promise<unknown>): Promise<TRPCError> {
  try {
    await call();
  } catch (error) {
    return error as TRPCError;
  }
  throw new Error("expected the call to fail, but it succeeded");
}

/** The input fields a refused call names: from the input schema's issues or from the service's field errors. */
export function refusedFields(error: TRPCError): string[] {
  const cause = error.cause;
  if (cause instanceof ZodError) {
    const fields = cause.issues.flatMap((issue) =>
      issue.code === "unrecognized_keys" ? issue.keys : [String(issue.path[0] ?? "")],
    );
    return [...new Set(fields)];
  }
  if (error instanceof MappedError) return Object.keys(error.details.fieldErrors ?? {});
  return [];
}
