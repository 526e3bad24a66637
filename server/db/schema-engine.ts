// Prisma's schema engine compiled to WebAssembly, driven through the pg driver adapter: applies the SQL
// migrations in prisma/migrations (keeping the standard _prisma_migrations table) and computes new migrations,
// all offline. See README "Changing the schema".
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
export const SCHEMA_FILE = path.resolve("prisma/schema.prisma");
/** Each migration folder keeps the schema it was made from, so the next migration is a diff of two schemas. */
export const SNAPSHOT_FILE = "schema.prisma";

type Engine = Awaited<ReturnType<typeof bg.SchemaEngine.new>>;
type MigrationList = Parameters<Engine["applyMigrations"]>[0]["migrationsList"];

let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    // The package exports no path to its .wasm file; find it beside the bindings it does export.
    const wasmPath = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start(): void };
    bg.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return wasmReady;
}

/**
 * The pg adapter runs a migration script by splitting it at every ";" — which breaks any statement that contains
 * one (a PL/pgSQL function body, a comment). This adapter sends the script whole instead: PostgreSQL runs a
 * multi-statement simple query as one implicit transaction, so a failing migration leaves nothing behind.
 */
class WholeScriptPg extends PrismaPg {
  constructor(private readonly pool: pg.Pool) {
    super(pool);
  }

  override async connect() {
    const adapter = await super.connect();
    const onError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
    adapter.executeScript = async (script: string) => {
      try {
        await this.pool.query(script);
      } catch (error) {
        onError(error);
      }
    };
    return adapter;
  }
}

async function withEngine<T>(
  connectionString: string,
  schemaText: string,
  run: (engine: Engine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  // Our own pool, ended when the engine is done: an idle connection left open would keep the database "in use"
  // (e.g. CREATE DATABASE … TEMPLATE refuses a template that has connections).
  const pool = new pg.Pool({ connectionString, max: 2 });
  const adapter = new WholeScriptPg(pool);
  const logs: string[] = [];
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[SCHEMA_FILE, schemaText]] },
    (line: string) => logs.push(line),
    bindMigrationAwareSqlAdapterFactory(adapter),
  );
  try {
    return await run(engine);
  } catch (error) {
    throw new Error(`Prisma schema engine: ${errorText(error)}`);
  } finally {
    engine.free();
    await pool.end();
  }
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null) return JSON.stringify(error);
  return String(error);
}

export async function listMigrations(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: await readFile(path.join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  );
  let lockfile: string | null = null;
  try {
    lockfile = await readFile(path.join(dir, "migration_lock.toml"), "utf8");
  } catch {}
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: lockfile },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

const NO_FILTER = { externalTables: [], externalEnums: [] };

/** Applies every migration not yet applied; returns the names applied now. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const schemaText = await readFile(SCHEMA_FILE, "utf8");
  const migrationsList = await listMigrations();
  const result = await withEngine(connectionString, schemaText, (engine) =>
    engine.applyMigrations({ migrationsList, filters: NO_FILTER }),
  );
  return result.appliedMigrationNames;
}

/**
 * SQL that takes a database from schema `from` (null: empty) to schema `to`. The diff reads no database, but the
 * engine connects through the adapter when it starts, so it needs a reachable server.
 */
export async function diffSchemas(connectionString: string, from: string | null, to: string): Promise<string> {
  const result = await withEngine(connectionString, to, (engine) =>
    engine.diff({
      from:
        from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: SCHEMA_FILE, content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_FILE, content: to }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    }),
  );
  return result.stdout ?? "";
}
