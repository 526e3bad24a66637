// The app's metrics in Prometheus' text format (prom-client): HTTP requests, tRPC procedures, the database pool, the
// exports and the PDF queue, and Node's own (memory, event loop, GC). docs/OPERATIONS.md says what each one means.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** What the database pool reports (pg's Pool). */
export interface PoolStats {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** What the PDF printing reports: reports printing now, and waiting for a turn. */
export interface PdfQueueStats {
  printing: number;
  waiting: number;
}

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "partnerschaften_" });
  const sources: { pools: Map<string, () => PoolStats>; pdf?: () => PdfQueueStats } = { pools: new Map() };

  const httpRequests = new Counter({
    name: "partnerschaften_http_requests_total",
    help: "HTTP requests answered, by method, route group and status code",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: "partnerschaften_http_request_duration_seconds",
    help: "Time from a request's arrival to the end of its answer, by route group",
    labelNames: ["method", "route"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const httpInFlight = new Gauge({
    name: "partnerschaften_http_requests_in_flight",
    help: "Requests being answered now",
    registers: [registry],
  });
  const procedureDuration = new Histogram({
    name: "partnerschaften_trpc_procedure_duration_seconds",
    help: "Time a tRPC procedure took, by procedure, type and outcome (OK or the tRPC error code)",
    labelNames: ["procedure", "type", "outcome"] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const procedureErrors = new Counter({
    name: "partnerschaften_trpc_errors_total",
    help: "tRPC procedures that ended with an error, by procedure and error code",
    labelNames: ["procedure", "code"] as const,
    registers: [registry],
  });
  const exportsActive = new Gauge({
    name: "partnerschaften_exports_in_progress",
    help: "Exports being written now, by format",
    labelNames: ["format"] as const,
    registers: [registry],
  });
  const exportsTotal = new Counter({
    name: "partnerschaften_exports_total",
    help: "Exports finished, by format and outcome (complete, aborted, failed)",
    labelNames: ["format", "outcome"] as const,
    registers: [registry],
  });
  new Gauge({
    name: "partnerschaften_pdf_queue",
    help: "PDF reports printing now (state=printing) and waiting for a turn (state=waiting)",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const stats = sources.pdf?.() ?? { printing: 0, waiting: 0 };
      this.set({ state: "printing" }, stats.printing);
      this.set({ state: "waiting" }, stats.waiting);
    },
  });
  new Gauge({
    name: "partnerschaften_db_pool_connections",
    help: "The database pool's connections: open (total), idle, and requests waiting for one (waiting)",
    labelNames: ["pool", "state"] as const,
    registers: [registry],
    collect() {
      for (const [pool, stats] of sources.pools) {
        const now = stats();
        this.set({ pool, state: "total" }, now.totalCount);
        this.set({ pool, state: "idle" }, now.idleCount);
        this.set({ pool, state: "waiting" }, now.waitingCount);
      }
    },
  });

  return {
    registry,
    sources,
    httpRequests,
    httpDuration,
    httpInFlight,
    procedureDuration,
    procedureErrors,
    exportsActive,
    exportsTotal,
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/** One set per process: the HTTP server and the route handlers Next.js bundled share it through globalThis. */
const shared = globalThis as unknown as { __appMetrics?: Metrics };

export function metrics(): Metrics {
  shared.__appMetrics ??= createMetrics();
  return shared.__appMetrics;
}

export function watchPool(name: string, stats: () => PoolStats): void {
  metrics().sources.pools.set(name, stats);
}

export function watchPdfQueue(stats: () => PdfQueueStats): void {
  metrics().sources.pdf = stats;
}

/** Times one tRPC procedure; call the result with its outcome ("OK" or the error code). */
export function procedureTimer(procedure: string, type: string): (outcome: string) => void {
  const started = performance.now();
  return (outcome) => {
    const m = metrics();
    m.procedureDuration.observe({ procedure, type, outcome }, (performance.now() - started) / 1000);
    if (outcome !== "OK") m.procedureErrors.inc({ procedure, code: outcome });
  };
}

/** Counts one export from its start to the end of its body stream. */
export function exportTracker(format: string): (outcome: "complete" | "aborted" | "failed") => void {
  const m = metrics();
  m.exportsActive.inc({ format });
  let ended = false;
  return (outcome) => {
    if (ended) return;
    ended = true;
    m.exportsActive.dec({ format });
    m.exportsTotal.inc({ format, outcome });
  };
}

export async function metricsText(): Promise<{ contentType: string; body: string }> {
  const { registry } = metrics();
  return { contentType: registry.contentType, body: await registry.metrics() };
}
