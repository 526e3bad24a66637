// The one tRPC initialisation: transformer, error shape and the named base procedures.
import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import { keyedFieldErrors } from "../domain/validation-messages";
import type { Context } from "./context";
import { MappedError, mapError } from "./errors";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const zodError = cause instanceof ZodError ? cause : null;
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      // Internal errors say nothing about the server's inner workings to clients in production.
      message: internal && process.env.NODE_ENV === "production" ? "Internal server error" : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        ...(process.env.NODE_ENV === "production" ? {} : { stack: shape.data.stack }),
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
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Maps service errors to tRPC codes. tRPC 11's next() returns errors instead of throwing them. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = mapError(result.error.cause);
    if (mapped) throw mapped;
  }
  return result;
});

/** Every procedure is built on this one; issue "Accounts, roles…" adds authenticated and role procedures. */
export const publicProcedure = t.procedure.use(mapErrors);
