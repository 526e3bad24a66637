// Bringing the database up for the app: the configured server or the embedded one, migrated, and seeded with
// the demo data when it is empty (and seeding is wanted).
import { existsSync } from "node:fs";
import path from "node:path";
import { isDatabaseEmpty, seedDemoData } from "../../prisma/seed";
import { DEMO_ACCOUNTS, seedDemoAccounts } from "../../prisma/seed/accounts";
import { startEmbeddedPostgres } from "../db/embedded";
import { createPrismaClient } from "../db/prisma";
import { grantAppRole, roleOf } from "../db/roles";
import { applyMigrations } from "../db/schema-engine";
import { dataDir, type Env } from "../env";
import { JOB_SCHEMA, prepareMailJobs } from "../services/mail/jobs";

export interface ReadyDatabase {
  /** As the migration role, which owns the tables: migrations, seed, the commands. */
  url: string;
  /** As the app's role, which owns nothing (the same as `url` when no separate migration role is configured). */
  appUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function startDatabase(env: Env, log: (line: string) => void): Promise<ReadyDatabase> {
  if (env.DATABASE_URL) {
    log("Using the PostgreSQL server in DATABASE_URL");
    return {
      url: env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL,
      appUrl: env.DATABASE_URL,
      embedded: false,
      stop: async () => {},
    };
  }
  const dir = path.join(dataDir(env), "postgres");
  log(`Starting the embedded PostgreSQL (data in ${dir}, port ${env.EMBEDDED_PG_PORT})`);
  const embedded = await startEmbeddedPostgres({ dir, port: env.EMBEDDED_PG_PORT });
  return { url: embedded.url, appUrl: embedded.appUrl, embedded: true, stop: embedded.stop };
}

export async function prepareDatabase(
  database: Pick<ReadyDatabase, "url" | "appUrl">,
  env: Env,
  log: (line: string) => void,
): Promise<void> {
  const { url } = database;
  const applied = await applyMigrations(url);
  log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date");
  const appRole = roleOf(database.appUrl);
  if (appRole !== roleOf(url)) {
    await grantAppRole(url, appRole);
    log(`The app connects as "${appRole}", which owns nothing (granted: records, appending to the audit trail)`);
  } else {
    log(
      `WARNING: the app connects as "${appRole}", the role that owns the tables (it could disable the audit trail's trigger). Set MIGRATION_DATABASE_URL to the owner and DATABASE_URL to a role of its own (docs/SECURITY.md).`,
    );
  }
  // The mail jobs' schema, queues and schedules, installed by the owner (the app role only reads and writes jobs).
  await prepareMailJobs(url, appRole !== roleOf(url) ? appRole : null);
  log(`Job queue ready (schema "${JOB_SCHEMA}")`);
  const db = createPrismaClient(url, { maxConnections: 2 });
  try {
    if (env.SEED === "demo" && (await isDatabaseEmpty(db))) {
      const summary = await seedDemoData(db);
      log(`Seeded the demo data: ${summary.partners} partners, ${summary.agreements} agreements`);
    }
    if (env.DEMO_ACCOUNTS) {
      const created = await seedDemoAccounts(db);
      if (created.length) log(`Created the demo accounts (password in the README): ${created.join(", ")}`);
    }
    if (!env.DEMO_ACCOUNTS) {
      const demo = await db.user.findMany({
        where: { active: true, email: { in: DEMO_ACCOUNTS.map((account) => account.email) } },
        select: { email: true },
      });
      if (demo.length) {
        log(`WARNING: demo accounts with the public password are active: ${demo.map((u) => u.email).join(", ")}.`);
        log("  Deactivate them (Verwaltung → Benutzerkonten) before this installation is used for real work.");
      }
    }
    if ((await db.user.count({ where: { role: "ADMIN", active: true } })) === 0) {
      log("No active admin account yet. Create one with:");
      log('  npm run account:create -- --email you@example.org --name "Your Name" --role admin');
    }
  } finally {
    await db.$disconnect();
  }
}

/**
 * The database for a command (backup, restore, seed, account:create, db:migration). With the embedded one, the app
 * must not be running: the command starts the same PostgreSQL itself, and says so when it cannot.
 */
export async function databaseForCommand(env: Env): Promise<ReadyDatabase> {
  return startDatabase(env, (line) => console.log(line)).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      env.DATABASE_URL || /stop the app/i.test(message)
        ? message
        : `${message}\nWith the embedded database, stop the app first: this command starts the same PostgreSQL itself.`,
    );
  });
}

/**
 * Reads `.env` from the working folder into process.env, if there is one: every command does, through runCommand
 * (the server gets the result from `npm start`). A variable already set wins over the file. `.env.example` lists
 * them all.
 */
export function loadEnvFile(file = path.resolve(".env")): boolean {
  if (!existsSync(file)) return false;
  process.loadEnvFile(file);
  return true;
}

/**
 * The arguments of a command with one switch (`flag`): null after printing `usage` for --help or -h; else whether the
 * switch is given, the other arguments, and those of them that look like an option (which the command refuses).
 */
export function commandArgs(
  usage: string,
  flag: string,
  argv = process.argv.slice(2),
): { flag: boolean; rest: string[]; unknown: string[] } | null {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(usage);
    return null;
  }
  const rest = argv.filter((arg) => arg !== flag);
  return { flag: argv.includes(flag), rest, unknown: rest.filter((arg) => arg.startsWith("-")) };
}

/** Runs a command's main function after reading `.env` (loadEnvFile); a failure is printed as its message and ends the process with 1. */
export function runCommand(main: () => Promise<void>, prefix = ""): void {
  try {
    loadEnvFile();
  } catch (error) {
    console.error(`${prefix}.env: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  main().catch((error: unknown) => {
    console.error(`${prefix}${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
