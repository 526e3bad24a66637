// Next.js calls register() once when the server starts and onRequestError() for every error a request ends in
// (a page's render, a route handler, a server action, the proxy), so that no error is lost: each becomes one JSON log
// line with the request id, the route and the error's digest (the code app/global-error.tsx and app/error.tsx show).
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
    const { startTracing } = await import("./server/observability/tracing");
    startTracing();
  }
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("./server/observability/logger");
  const requestId = request.headers["x-request-id"];
  const digest = (error as { digest?: unknown }).digest;
  logger().error(
    {
      err: error,
      ...(typeof digest === "string" ? { digest } : {}),
      ...(typeof requestId === "string" ? { requestId } : {}),
      method: request.method,
      path: request.path.split("?")[0],
      routePath: context.routePath,
      routeType: context.routeType,
    },
    "request error",
  );
};
