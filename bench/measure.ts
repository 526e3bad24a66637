// Load measurement for the benchmark runner (bench/run.ts): the app over HTTP with autocannon, and its raw-SQL
// floor with `pg`, both as N concurrent clients for a fixed time, every latency kept (not autocannon's histogram,
// which has no p95), then p50/p95/throughput per run and the median of the runs.
import autocannon from "autocannon";
import pg from "pg";

export interface RunFigures {
  p50: number;
  p95: number;
  /** Completed requests per second. */
  rps: number;
  requests: number;
}

export interface LoadResult extends RunFigures {
  runs: RunFigures[];
  /** Responses that were not 2xx, or errors/timeouts; any makes the figure invalid. */
  failures: number;
}

export interface LoadOptions {
  connections: number;
  /** Seconds per measured run. */
  duration: number;
  runs: number;
  /** Seconds of load before the first measured run, not counted. */
  warmup: number;
}

/** The q-quantile (0 < q ≤ 1) of sorted values, nearest-rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] as number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function summarise(latencies: number[], seconds: number): RunFigures {
  const sorted = latencies.sort((a, b) => a - b);
  return {
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    rps: sorted.length / seconds,
    requests: sorted.length,
  };
}

function combine(runs: RunFigures[], failures: number): LoadResult {
  return {
    p50: median(runs.map((run) => run.p50)),
    p95: median(runs.map((run) => run.p95)),
    rps: median(runs.map((run) => run.rps)),
    requests: runs.reduce((sum, run) => sum + run.requests, 0),
    runs,
    failures,
  };
}

async function autocannonRun(
  url: string,
  headers: Record<string, string>,
  connections: number,
  seconds: number,
): Promise<{ latencies: number[]; failures: number; seconds: number }> {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, headers, timeout: 30 }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else failures++;
    });
  });
  failures += result.errors + result.timeouts;
  return { latencies, failures, seconds: (performance.now() - started) / 1000 };
}

/** `connections` clients request `url` back to back: a warm-up, then `runs` measured runs. */
export async function measureHttp(
  url: string,
  headers: Record<string, string>,
  options: LoadOptions,
): Promise<LoadResult> {
  if (options.warmup > 0) await autocannonRun(url, headers, options.connections, options.warmup);
  const runs: RunFigures[] = [];
  let failures = 0;
  for (let run = 0; run < options.runs; run++) {
    const result = await autocannonRun(url, headers, options.connections, options.duration);
    failures += result.failures;
    runs.push(summarise(result.latencies, result.seconds));
  }
  return combine(runs, failures);
}

export interface Statement {
  text: string;
  values: unknown[];
}

/**
 * The floor: `connections` clients each send one request's statements back to back, for the same time, through a
 * pool of `poolSize` connections (the app's pool size). A request's statements are sent all at once, so each
 * request costs at least what the database needs for all of them; the app cannot do better than this.
 */
export async function measureFloor(
  url: string,
  statements: readonly Statement[],
  options: LoadOptions & { poolSize: number },
): Promise<LoadResult> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize });
  // A transaction's statements run one after another on one connection, as the app sends them; others at once.
  const inTransaction = statements.some((statement) => /^\s*(BEGIN|COMMIT)\b/i.test(statement.text));
  const request = async () => {
    if (!inTransaction) return Promise.all(statements.map((statement) => pool.query(statement.text, statement.values)));
    const client = await pool.connect();
    try {
      // Prisma's query log leaves out the BEGIN (it shows the COMMIT).
      if (!/^\s*BEGIN\b/i.test(statements[0]?.text ?? "")) await client.query("BEGIN");
      for (const statement of statements) await client.query(statement.text, statement.values);
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
  const drive = async (seconds: number) => {
    const latencies: number[] = [];
    const started = performance.now();
    const end = started + seconds * 1000;
    await Promise.all(
      Array.from({ length: options.connections }, async () => {
        while (performance.now() < end) {
          const start = performance.now();
          await request();
          latencies.push(performance.now() - start);
        }
      }),
    );
    return summarise(latencies, (performance.now() - started) / 1000);
  };
  try {
    await request();
    if (options.warmup > 0) await drive(options.warmup);
    const runs: RunFigures[] = [];
    for (let run = 0; run < options.runs; run++) runs.push(await drive(options.duration));
    return combine(runs, 0);
  } finally {
    await pool.end();
  }
}

/** `work` once to warm up, then `runs` times: its last result and the median and slowest time (ms). */
export async function timed<T>(runs: number, work: () => Promise<T> | T) {
  let result = await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { result, median: times[Math.floor(times.length / 2)] ?? 0, max: times.at(-1) ?? 0 };
}
