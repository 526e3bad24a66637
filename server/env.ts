// The one place the environment is read and validated. Anything wrong stops the app with a clear message.
import path from "node:path";
import { z } from "zod";

const ZEnv = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string")
    .optional(),
  /** Folder for the embedded PostgreSQL's data when DATABASE_URL is not set; survives restarts. */
  DATA_DIR: z.string().min(1).default(".data"),
  /** Port of the embedded PostgreSQL. */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * Interface the web app listens on. Loopback by default: until sign-in exists, anyone who reaches the app can
   * change records, so exposing it (e.g. HOST=0.0.0.0 behind a reverse proxy) must be a deliberate choice.
   */
  HOST: z.string().min(1).default("127.0.0.1"),
  /** "demo" seeds an empty database with Cologne's data (the default); "none" leaves it empty. */
  SEED: z.enum(["demo", "none"]).default("demo"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof ZEnv>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = ZEnv.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export function dataDir(env: Env): string {
  return path.resolve(env.DATA_DIR);
}
