// `npm run db:backup -- [FILE]`: writes a backup of the database (DATABASE_URL, or the embedded one in DATA_DIR)
// to FILE, by default backups/partnerschaften-<time>.sql.gz, and prints its size and every table's row count.
// See server/db/backup.ts for what the file holds and how it is checked. The documents' files are copied beside it
// (FILE without .sql.gz + .documents/, from DATA_DIR/documents or S3; server/services/document/files-backup.ts)
// unless --without-documents is given (when the object storage is backed up on its own).
import path from "node:path";
import { BackupError, backupDatabase, formatBytes, rowTable } from "../db/backup";
import { createPrismaClient } from "../db/prisma";
import { readEnv } from "../env";
import { backupDocumentFiles, documentsFolderOf } from "../services/document/files-backup";
import { storeFor } from "../services/document/storage";
import { commandArgs, databaseForCommand, runCommand } from "./database";

const USAGE = "Usage: npm run db:backup [-- FILE] [--without-documents]";

function defaultFile(): string {
  const stamp = new Date()
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replaceAll(":", "-");
  return path.join("backups", `partnerschaften-${stamp}.sql.gz`);
}

async function main() {
  const args = commandArgs(USAGE, "--without-documents");
  if (!args) return;
  const { flag: withoutDocuments, rest, unknown } = args;
  if (unknown.length || rest.length > 1) throw new BackupError(`Unexpected argument ${rest.join(" ")}. ${USAGE}`);
  const file = path.resolve(rest[0] ?? defaultFile());

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
    const store = storeFor(env);
    if (withoutDocuments) {
      console.log(`Documents: not copied (--without-documents). Back up ${store.location} yourself.`);
    } else {
      // Copied after the database's snapshot: every document in the backup has its file (one deleted meanwhile
      // is reported as missing).
      const db = createPrismaClient(database.url, { maxConnections: 2 });
      try {
        const files = await backupDocumentFiles(db, store, documentsFolderOf(result.file));
        console.log(
          `Documents: ${files.files} files (${formatBytes(files.bytes)}) from ${store.location} copied to ` +
            `${path.relative(process.cwd(), files.folder) || files.folder}`,
        );
        if (files.missing.length) {
          console.log(`  ${files.missing.length} files missing from the store: ${files.missing.join(", ")}`);
        }
      } finally {
        await db.$disconnect();
      }
    }
    console.log(`Restore it with: npm run db:restore -- ${path.relative(process.cwd(), result.file)} [--replace]`);
  } finally {
    await database.stop();
  }
}

runCommand(main);
