// The request id: taken from the reverse proxy's X-Request-Id when it is a plain token, else made here; carried
// through everything the request does (AsyncLocalStorage), so every log line of the request names it.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";

export interface RequestContext {
  requestId: string;
}

/**
 * One store per process. The HTTP server (server/cli/serve.ts) and the route handlers Next.js bundled each load this
 * module on their own; the store on globalThis is what makes them share it.
 */
const shared = globalThis as unknown as { __requestContext?: AsyncLocalStorage<RequestContext> };
shared.__requestContext ??= new AsyncLocalStorage<RequestContext>();
const storage = shared.__requestContext;

/** A proxy's id is kept only if it cannot smuggle anything into a log line or a header. */
const SAFE_ID = /^[A-Za-z0-9._:-]{8,64}$/;

export function requestIdFrom(incoming: string | string[] | null | undefined): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value && SAFE_ID.test(value) ? value : randomUUID();
}

export function runWithRequest<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
