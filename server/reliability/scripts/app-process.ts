// The production app as a separate process for the load and crash runs: started with `server/cli/start.ts` on
// its own port and data folder (embedded PostgreSQL, demo data and demo accounts), talked to over HTTP like a
// browser (session cookie, this app's Origin, superjson).
import { type ChildProcess, spawn } from "node:child_process";
import superjson from "superjson";

export interface AppProcess {
  base: string;
  child: ChildProcess;
  /** SIGTERM to the whole process group (app and embedded PostgreSQL), waiting for the exit. */
  stop(): Promise<void>;
  /** SIGKILL to the whole process group: a crash, nothing is shut down cleanly. */
  kill(): Promise<void>;
}

export async function startApp(options: { port: number; pgPort: number; dataDir: string }): Promise<AppProcess> {
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "server/cli/start.ts", "--demo"], {
    env: {
      ...process.env,
      PORT: String(options.port),
      EMBEDDED_PG_PORT: String(options.pgPort),
      DATA_DIR: options.dataDir,
      SEED: "demo",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr = (stderr + String(chunk)).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const base = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited while starting:\n${stderr}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`the app did not become healthy:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, name);
      } catch {}
    }
    await exited;
  };
  return { base, child, stop: () => signal("SIGTERM"), kill: () => signal("SIGKILL") };
}

export interface CallResult<T> {
  status: number;
  ms: number;
  data?: T;
  code?: string;
  message?: string;
}

/** A signed-in client of the app: its session cookie and, for the rate limiter, an address of its own. */
export class Client {
  private cookie = "";

  constructor(
    readonly base: string,
    readonly address: string,
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { origin: this.base, cookie: this.cookie, "x-forwarded-for": this.address, ...extra };
  }

  async signIn(email: string, password: string): Promise<void> {
    const response = await fetch(`${this.base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: this.headers({ "content-type": "application/json" }),
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
    this.cookie = response.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
  }

  async query<T>(path: string, input?: unknown): Promise<CallResult<T>> {
    const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
    return this.send<T>(`${this.base}/api/trpc/${path}${query}`, { method: "GET", headers: this.headers() });
  }

  async mutate<T>(path: string, input: unknown): Promise<CallResult<T>> {
    return this.send<T>(`${this.base}/api/trpc/${path}`, {
      method: "POST",
      headers: this.headers({ "content-type": "application/json" }),
      body: JSON.stringify(superjson.serialize(input)),
    });
  }

  private async send<T>(url: string, init: RequestInit): Promise<CallResult<T>> {
    const started = performance.now();
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
      const text = await response.text();
      const ms = performance.now() - started;
      let body: { result?: { data: unknown }; error?: { json: { message: string; data?: { code?: string } } } };
      try {
        body = JSON.parse(text);
      } catch {
        return { status: response.status, ms, code: "NOT_JSON", message: text.slice(0, 200) };
      }
      if (body.error) {
        return { status: response.status, ms, code: body.error.json.data?.code, message: body.error.json.message };
      }
      return { status: response.status, ms, data: superjson.deserialize(body.result?.data as never) as T };
    } catch (error) {
      return { status: 0, ms: performance.now() - started, code: "NETWORK", message: String(error) };
    }
  }
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** The demo accounts `--demo` creates (see prisma/seed/accounts.ts and the README). */
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../../prisma/seed/accounts";
