// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that
// takes the schema of the latest migration to the current prisma/schema.prisma, and keeps a copy of the schema
// beside it for the next diff. Works offline (Prisma's WebAssembly schema engine); it needs a running PostgreSQL
// only because the engine connects at start: DATABASE_URL, or the embedded one in DATA_DIR.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { diffSchemas, MIGRATIONS_DIR, SCHEMA_FILE, SNAPSHOT_FILE } from "../db/schema-engine";
import { readEnv } from "../env";
import { databaseForCommand, runCommand } from "./database";

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]{1,60}$/.test(name)) {
    throw new Error("Usage: npm run db:migration -- <name>   (lower case letters, digits and _)");
  }
  const folders = existsSync(MIGRATIONS_DIR)
    ? readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const latest = folders.at(-1);
  const previous = latest ? readFileSync(path.join(MIGRATIONS_DIR, latest, SNAPSHOT_FILE), "utf8") : null;
  const current = readFileSync(SCHEMA_FILE, "utf8");
  if (previous === current) {
    console.log("prisma/schema.prisma is unchanged since the latest migration: nothing to do.");
    return;
  }
  const database = await databaseForCommand(readEnv());
  try {
    const sql = await diffSchemas(database.url, previous, current);
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "migration.sql"), sql);
    writeFileSync(path.join(folder, SNAPSHOT_FILE), current);
    if (!existsSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"))) {
      writeFileSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
    }
    console.log(`Wrote ${path.relative(process.cwd(), folder)}/migration.sql — review it, then commit it.`);
  } finally {
    await database.stop();
  }
}

runCommand(main);
