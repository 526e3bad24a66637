// Whether this server is shutting down: readiness then answers 503, so a load balancer sends no new requests while
// the running ones finish (server/cli/serve.ts). Shared through globalThis with the bundled route handlers.
const shared = globalThis as unknown as { __appStopping?: boolean };

export function markStopping(): void {
  shared.__appStopping = true;
}

export function isStopping(): boolean {
  return shared.__appStopping === true;
}

/** Sends the spans still waiting, if tracing runs (server/observability/tracing.ts keeps its provider here). */
export async function flushTraces(): Promise<void> {
  await (globalThis as { __tracerProvider?: { shutdown(): Promise<void> } }).__tracerProvider?.shutdown();
}
