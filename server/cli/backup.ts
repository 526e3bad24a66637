// `npm run db:backup -- [FILE]`: writes a backup of the database (DATABASE_URL, or the embedded one in DATA_DIR)
// to FILE, by default backups/partnerschaften-<time>.sql.gz, and prints its size and every table's row count.
// See server/db/backup.ts for what the file holds and how it is checked.
import path from "node:path";
import { BackupError, backupDatabase, formatBytes, rowTable } from "../db/backup";
import { readEnv } from "../env";
import { databaseForCommand, runCommand } from "./database";

const USAGE = "Usage: npm run db:backup [-- FILE]";

function defaultFile(): string {
  const stamp = new Date()
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replaceAll(":", "-");
  return path.join("backups", `partnerschaften-${stamp}.sql.gz`);
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return;
  }
  const unknown = args.filter((arg) => arg.startsWith("-"));
  if (unknown.length || args.length > 1) throw new BackupError(`Unexpected argument ${args.join(" ")}. ${USAGE}`);
  const file = path.resolve(args[0] ?? defaultFile());

  const env = readEnv();
  const database = await databaseForCommand(env);
  try {
    const result = await backupDatabase(database.url, file);
    const counts = Object.fromEntries(Object.entries(result.manifest.tables).map(([name, t]) => [name, t.rows]));
    console.log(`Backup written: ${path.relative(process.cwd(), result.file) || result.file}`);
    console.log(
      `  ${formatBytes(result.bytes)}, database "${result.header.database}" (PostgreSQL ${result.header.serverVersion}), ` +
        `${result.header.migrations.length} migrations, taken ${result.header.createdAt}`,
    );
    console.log("Rows per table:");
    for (const line of rowTable(counts)) console.log(line);
    console.log(`Restore it with: npm run db:restore -- ${path.relative(process.cwd(), result.file)} [--replace]`);
  } finally {
    await database.stop();
  }
}

runCommand(main);
