// The one tRPC initialisation: transformer, error shape and the named base procedures.
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError, z } from "zod";
import { hasRole, type Role } from "../auth/roles";
import { forgetSessions } from "../auth/session";
import type { Db } from "../db/prisma";
import { envValue } from "../env";
import { keyedFieldErrors } from "../i18n/validation";
import { procedureTimer } from "../observability/metrics";
import { cachedRead, invalidateCachedAnswers } from "../services/shared/until-change";
import type { Actor, Context } from "./context";
import { MappedError, mapError } from "./errors";
import { transformer } from "./transformer";

/** Every procedure names the least role it needs; a procedure without one is refused to everybody. */
export interface Meta {
  minRole: Role;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    // superjson's format, answers written by a faster walk (./transformer).
    transformer,
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const zodError = cause instanceof ZodError ? cause : null;
      const internal = error.code === "INTERNAL_SERVER_ERROR";
      const production = envValue("NODE_ENV") === "production";
      return {
        ...shape,
        // Internal errors say nothing about the server's inner workings to clients in production.
        message: internal && production ? "Internal server error" : shape.message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          ...(production ? {} : { stack: shape.data.stack }),
          fieldErrors: zodError
            ? z.flattenError(zodError).fieldErrors
            : error instanceof MappedError
              ? error.details.fieldErrors
              : undefined,
          fieldErrorKeys: zodError
            ? keyedFieldErrors(zodError.issues)
            : error instanceof MappedError
              ? error.details.fieldErrorKeys
              : undefined,
          allowedTransitions: error instanceof MappedError ? error.details.allowedTransitions : undefined,
          conflict: error instanceof MappedError ? error.details.conflict : undefined,
          importFile: error instanceof MappedError ? error.details.importFile : undefined,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * The server's guard: who may call. Not signed in (or the account was deactivated since): UNAUTHORIZED. Signed in
 * without the procedure's role: FORBIDDEN. A procedure that names no role is refused to everybody (fail closed).
 * Admitted, the request's address travels with the actor, so that the services record it with each change.
 */
function admitted(ctx: Context, meta: Meta | undefined): Context & { actor: Actor } {
  if (!meta?.minRole) throw new TRPCError({ code: "FORBIDDEN", message: "This operation has no access rule." });
  if (!ctx.actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  if (!hasRole(ctx.actor.role, meta.minRole)) {
    throw new TRPCError({ code: "FORBIDDEN", message: `This needs the role ${meta.minRole.toLowerCase()} or above.` });
  }
  return { ...ctx, actor: ctx.ip ? { ...ctx.actor, ip: ctx.ip } : ctx.actor };
}

/**
 * Around every procedure, in one middleware (each of tRPC's middleware levels copies the call's options twice, a
 * few percent of a small call's CPU: docs/PERFORMANCE.md):
 * - its time and outcome in the metrics (partnerschaften_trpc_procedure_duration_seconds, by procedure), the outcome
 *   being the code the client gets;
 * - the guard (admitted above);
 * - service errors mapped to tRPC codes (tRPC 11's next() returns errors instead of throwing them);
 * - after every mutation that succeeded, when its transaction has committed, the cached answers and the sessions this
 *   server keeps are dropped (a change may have ended sessions or changed an account: server/auth/session.ts). A
 *   refused call (no session, wrong role, bad input, a rule or a conflict) changed nothing and keeps them: otherwise
 *   anyone could make every dashboard request recompute the figures by sending refused calls.
 */
const guard = t.middleware(async ({ ctx, meta, path, type, next }) => {
  const done = procedureTimer(path, type);
  let admittedCtx: ReturnType<typeof admitted>;
  try {
    admittedCtx = admitted(ctx, meta);
  } catch (refusal) {
    done(refusal instanceof TRPCError ? refusal.code : "INTERNAL_SERVER_ERROR");
    throw refusal;
  }
  const result = await next({ ctx: admittedCtx });
  if (type === "mutation" && result.ok) {
    invalidateCachedAnswers();
    forgetSessions();
  }
  if (!result.ok) {
    const mapped = mapError(result.error.cause);
    if (mapped) {
      done(mapped.code);
      throw mapped;
    }
  }
  done(result.ok ? "OK" : result.error.code);
  return result;
});

const guarded = t.procedure.use(guard);

/** Reading: every signed-in role (viewer, editor, admin). */
export const viewerProcedure = guarded.meta({ minRole: "VIEWER" });
/** Creating, editing, changing status: editors and admins. */
export const editorProcedure = guarded.meta({ minRole: "EDITOR" });
/** Accounts and the audit trail: admins only. */
export const adminProcedure = guarded.meta({ minRole: "ADMIN" });

type Service<I, R> = (db: Db, actor: Actor, input: I) => Promise<R>;

/** A change by an editor (or admin): the input checked by `schema`, then `service(db, actor, input)`. */
export function editorChange<S extends z.ZodType, R>(schema: S, service: Service<z.output<S>, R>) {
  return editorProcedure.input(schema).mutation(({ ctx, input }) => service(ctx.db, ctx.actor, input as z.output<S>));
}

/** A change by an admin: the input checked by `schema`, then `service(db, actor, input)`. */
export function adminChange<S extends z.ZodType, R>(schema: S, service: Service<z.output<S>, R>) {
  return adminProcedure.input(schema).mutation(({ ctx, input }) => service(ctx.db, ctx.actor, input as z.output<S>));
}

/**
 * A read that every signed-in role may make: the input checked by `schema`, then `read(db, input)`. Its answer
 * depends on the input and the records only (not on who asks), so it is kept by procedure and input until the change
 * feed tells of a change (server/services/shared/until-change.ts): repeated reads of a list are a lookup, never stale.
 */
export function viewerRead<S extends z.ZodType, R>(schema: S, read: (db: Db, input: z.output<S>) => Promise<R>) {
  return viewerProcedure
    .input(schema)
    .query(({ ctx, input, path }) =>
      cachedRead(ctx.db, `${path} ${JSON.stringify(input)}`, () => read(ctx.db, input as z.output<S>)),
    );
}
