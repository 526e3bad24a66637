// OpenTelemetry traces, when OTEL_EXPORTER_OTLP_ENDPOINT names a collector (started by instrumentation.ts). Next.js
// makes the spans itself (each request, route handler, render, fetch) once a tracer provider is registered; they go
// to the collector over OTLP/HTTP (the exporter appends /v1/traces and reads the other OTEL_EXPORTER_OTLP_* variables).
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider } from "@opentelemetry/sdk-trace-node";

/** On globalThis: the server's shutdown flushes it (flushTraces in ./lifecycle.ts). */
const shared = globalThis as unknown as { __tracerProvider?: NodeTracerProvider };

export function startTracing(): void {
  if (shared.__tracerProvider) return;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": process.env.OTEL_SERVICE_NAME || "partnerschaften" }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter(), { scheduledDelayMillis: 1000 })],
  });
  provider.register();
  shared.__tracerProvider = provider;
}
