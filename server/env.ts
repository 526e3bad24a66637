// The one place the environment is read and validated. Anything wrong stops the app with a clear message.
import path from "node:path";
import { z } from "zod";
import { DEFAULT_SERVER_HEAP_MB } from "./heap";

/** "a, b,,c" → ["a", "b", "c"]. */
const commaList = z.string().transform((list) =>
  list
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean),
);

/** smtp:// or smtps://, a host, a port if any in range: what nodemailer needs to connect. */
function validSmtpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "smtp:" || url.protocol === "smtps:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const ZEnv = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string")
    .optional(),
  /**
   * With DATABASE_URL: the role that owns the tables and applies the migrations at start (least privilege: then
   * DATABASE_URL names a role of its own, which is granted only what the app needs). Unset: DATABASE_URL does both.
   */
  MIGRATION_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string")
    .optional(),
  /** Folder for the embedded PostgreSQL's data when DATABASE_URL is not set; survives restarts. */
  DATA_DIR: z.string().min(1).default(".data"),
  /** The server's V8 heap limit in MB (`npm start` passes it as --max-old-space-size; see server/heap.ts). */
  SERVER_HEAP_MB: z.coerce.number().int().min(256).max(65_536).default(DEFAULT_SERVER_HEAP_MB),
  /** Port of the embedded PostgreSQL. */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Interface the web app listens on: loopback by default; HOST=0.0.0.0 (behind a reverse proxy) opens it. */
  HOST: z.string().min(1).default("127.0.0.1"),
  /**
   * The app's public address, e.g. https://partnerschaften.stadt-koeln.de. Sign-in cookies are Secure when it is
   * https, and requests that change data must come from it. Unset: http://localhost:PORT and the address the
   * browser used.
   */
  APP_URL: z
    .url({ protocol: /^https?$/, error: "must be an http:// or https:// address" })
    .transform((url) => new URL(url).origin)
    .optional(),
  /** Further origins (comma-separated) allowed to send requests that change data. */
  TRUSTED_ORIGINS: commaList
    .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((url) => new URL(url).origin)))
    .default([]),
  /**
   * Reverse proxies (addresses or CIDR ranges, comma-separated) whose X-Forwarded-For entries are trusted: the client
   * address (sign-in limits, audit trail) is the right-most entry that is not one of them. Unset: the right-most
   * entry, what the nearest hop saw (see server/auth/client-address.ts).
   */
  TRUSTED_PROXIES: commaList.default([]),
  /** Signs session cookies (at least 32 characters). Unset: a random one kept in DATA_DIR/auth-secret. */
  BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /**
   * "false" switches password sign-in off: the sign-in page shows only single sign-on and the password endpoint
   * refuses. Needs OIDC_ISSUER. Passwords can still be set (an admin's way back in if the identity provider is down:
   * set it to "true" again).
   */
  PASSWORD_SIGN_IN: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),
  /**
   * Single sign-on over OpenID Connect: the identity provider's issuer (its discovery document is
   * ISSUER/.well-known/openid-configuration), e.g. https://login.stadt-koeln.de/realms/stadt. https, except on
   * loopback (tests). Unset: no single sign-on.
   */
  OIDC_ISSUER: z
    .url({ protocol: /^https?$/, error: "must be an http:// or https:// address" })
    .refine(
      (url) => url.startsWith("https://") || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(url),
      "must be an https:// address (http:// only on loopback)",
    )
    .transform((url) => url.replace(/\/+$/, ""))
    .optional(),
  /** The client id this app is registered with at the identity provider. */
  OIDC_CLIENT_ID: z.string().trim().min(1).max(500).optional(),
  /** The client secret (confidential client; the code exchange also uses PKCE). */
  OIDC_CLIENT_SECRET: z.string().min(1).max(2000).optional(),
  /** Scopes asked for (space- or comma-separated); "openid" is always included. */
  OIDC_SCOPES: z
    .string()
    .transform((list) => list.split(/[\s,]+/).filter(Boolean))
    .default(["openid", "email", "profile"]),
  /**
   * The claim (ID token or userinfo) that lists the user's groups; a dotted path reaches into objects, e.g.
   * "realm_access.roles" for Keycloak's realm roles. Default "groups" (Keycloak's group mapper, Entra ID, ADFS).
   */
  OIDC_GROUPS_CLAIM: z
    .string()
    .trim()
    .regex(/^[\w:/.-]+$/, "must be a claim name or a dotted path")
    .default("groups"),
  /**
   * Which group gives which role: "group:ROLE" entries separated by commas, e.g.
   * "intl-editors:EDITOR,intl-admins:ADMIN" (the group is everything before the last colon). Group names that hold
   * commas (LDAP DNs) are separated by semicolons instead: "cn=a,ou=g:VIEWER;cn=b,ou=g:EDITOR". A user in several
   * groups gets the highest role; in none, no access.
   */
  OIDC_ROLE_MAP: z
    .string()
    .transform((value, ctx) => {
      const entries = value
        .split(value.includes(";") ? ";" : ",")
        .map((entry) => entry.trim())
        .filter(Boolean);
      const map: { group: string; role: "ADMIN" | "EDITOR" | "VIEWER" }[] = [];
      for (const entry of entries) {
        const colon = entry.lastIndexOf(":");
        const group = entry.slice(0, colon).trim();
        const role = entry.slice(colon + 1).trim();
        if (colon < 1 || !group || (role !== "ADMIN" && role !== "EDITOR" && role !== "VIEWER")) {
          ctx.addIssue({ code: "custom", message: `"${entry}" is not "group:ADMIN|EDITOR|VIEWER"` });
          return z.NEVER;
        }
        map.push({ group, role });
      }
      return map;
    })
    .default([]),
  /** "true" creates the demo accounts (one per role, see README) if they are missing. Never in production. */
  DEMO_ACCOUNTS: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
  /**
   * How long the dashboard's figures may be reused, in seconds (changes made through this app show at once; others
   * within this time). 0 computes them on every request.
   */
  STATISTICS_CACHE_SECONDS: z.coerce.number().min(0).max(3600).default(10),
  /** The Chromium (or Chrome) that prints the PDF reports. Unset: Debian's, /usr/bin/chromium. */
  CHROMIUM_PATH: z.string().trim().min(1).optional(),
  /**
   * "demo" seeds an empty database with Cologne's data; "none" (the default) leaves it empty. `npm run demo`, `npm run
   * dev` and the tests ask for "demo"; a production start seeds nothing unless this says so.
   */
  SEED: z.enum(["demo", "none"]).default("none"),
  /** Log level of the JSON log lines on standard output (server/observability/logger.ts). */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Port of the Prometheus metrics (GET /metrics), apart from the app's port. Unset: no metrics served. */
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Interface the metrics listen on. Unset: the same as HOST. */
  METRICS_HOST: z.string().min(1).optional(),
  /** Seconds a shutdown (SIGTERM) waits for running requests and exports before it closes their connections. */
  SHUTDOWN_TIMEOUT: z.coerce.number().min(0).max(3600).default(30),
  /** OpenTelemetry: traces are sent (OTLP over HTTP) to this collector when set (instrumentation.ts). */
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .url({ protocol: /^https?$/, error: "must be an http:// or https:// address" })
    .optional(),
  /**
   * The mail server for the reminders (issue 17): smtp://user:password@host:587 (STARTTLS when the server offers it)
   * or smtps://…:465. Unset: no e-mail is sent (the start log says so once); everything else works as before.
   */
  SMTP_URL: z
    .string()
    .trim()
    .refine(
      validSmtpUrl,
      "must be an smtp:// or smtps:// address with a host, e.g. smtp://user:password@mail.example:587",
    )
    .optional(),
  /** The sender of the reminders, e.g. "Städtepartnerschaften <partnerschaften@stadt-koeln.de>". */
  SMTP_FROM: z.string().trim().min(3).max(320).default("Städtepartnerschaften Köln <partnerschaften@localhost>"),
  /** Set by `npm run demo` for its mail sink: the folder its .eml files are written to (the admin page names it). */
  MAIL_SINK_DIR: z.string().min(1).optional(),
  /** The largest document (attached file) accepted, in MB (server/services/document). */
  DOCUMENT_MAX_MB: z.coerce.number().int().min(1).max(2000).default(25),
  /**
   * Documents in S3-compatible object storage (AWS S3, MinIO, Ceph, …) instead of DATA_DIR/documents: the bucket's
   * name. Needed when several app servers run; the bucket must exist. Unset: the files are kept under DATA_DIR.
   */
  S3_BUCKET: z.string().trim().min(3).max(63).optional(),
  /** The object storage's address, e.g. https://s3.stadt-koeln.de (unset: AWS S3 of S3_REGION). */
  S3_ENDPOINT: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// address" }).optional(),
  S3_REGION: z.string().trim().min(1).max(50).default("us-east-1"),
  /** Access key; unset: the AWS SDK's usual sources (AWS_ACCESS_KEY_ID, an instance role, …). */
  S3_ACCESS_KEY_ID: z.string().min(1).max(200).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).max(200).optional(),
  /** The key prefix of the files in the bucket. */
  S3_PREFIX: z
    .string()
    .regex(/^[\w./-]*$/, "must be letters, digits, '.', '_', '-' and '/'")
    .default("documents/"),
  /** "true" (the default): addresses like ENDPOINT/BUCKET/KEY, as MinIO and most S3-compatible servers want. */
  S3_FORCE_PATH_STYLE: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** `npm run account:create` only: the new account's password (else it is read from standard input). */
  ACCOUNT_PASSWORD: z.string().min(1).optional(),
});

export type Env = z.infer<typeof ZEnv>;

/** The settings that only make sense together. */
const ZEnvChecked = ZEnv.superRefine((env, ctx) => {
  const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    ctx.addIssue({
      code: "custom",
      path: ["OIDC_ISSUER"],
      message: "single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together",
    });
  }
  if (env.OIDC_ISSUER && env.OIDC_ROLE_MAP.length === 0) {
    ctx.addIssue({
      code: "custom",
      path: ["OIDC_ROLE_MAP"],
      message: 'single sign-on needs at least one "group:ROLE" entry (else nobody could sign in)',
    });
  }
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    ctx.addIssue({
      code: "custom",
      path: ["S3_ACCESS_KEY_ID"],
      message: "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together",
    });
  }
  if (!env.PASSWORD_SIGN_IN && !env.OIDC_ISSUER) {
    ctx.addIssue({
      code: "custom",
      path: ["PASSWORD_SIGN_IN"],
      message: "password sign-in can only be switched off when single sign-on is configured (OIDC_ISSUER)",
    });
  }
});

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = ZEnvChecked.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/**
 * One variable, read now and checked by the same rule as at the start (for the few read per request, and which tests
 * change while the process runs: NODE_ENV, STATISTICS_CACHE_SECONDS, APP_URL, CHROMIUM_PATH). A wrong value stopped
 * the start already; should one appear later, the rule's message names it.
 */
export function envValue<K extends keyof Env>(name: K, source: NodeJS.ProcessEnv = process.env): Env[K] {
  const raw = source[name];
  const parsed = ZEnv.shape[name].safeParse(raw === "" ? undefined : raw);
  if (!parsed.success) throw new Error(`Invalid environment: ${name}: ${parsed.error.issues[0]?.message}`);
  return parsed.data as Env[K];
}

export function dataDir(env: Env): string {
  return path.resolve(env.DATA_DIR);
}
