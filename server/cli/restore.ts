// `npm run db:restore -- FILE [--replace]`: restores a backup made by `npm run db:backup` into the database
// (DATABASE_URL, or the embedded one in DATA_DIR). The file is checked completely before the database is touched;
// a database that holds data is refused unless --replace is given; the restore is one transaction and is compared
// table by table with the backup before it is committed, so a failure leaves the database as it was. Then the
// documents' files the store (DATA_DIR/documents or S3) lacks are put back from the folder beside the backup file.

import { existsSync } from "node:fs";
import path from "node:path";
import { BackupError, restoreDatabase, rowTable, verifyBackup } from "../db/backup";
import { createPrismaClient } from "../db/prisma";
import { readEnv } from "../env";
import { documentsFolderOf, restoreDocumentFiles } from "../services/document/files-backup";
import { documentTempDir, storeFor } from "../services/document/storage";
import { commandArgs, databaseForCommand, runCommand } from "./database";

const USAGE = "Usage: npm run db:restore -- FILE [--replace]";

async function main() {
  const args = commandArgs(USAGE, "--replace");
  if (!args) return;
  const { flag: replace, rest, unknown } = args;
  if (unknown.length) throw new BackupError(`Unknown option ${unknown.join(" ")}. ${USAGE}`);
  if (rest.length !== 1) throw new BackupError(`Name one backup file. ${USAGE}`);
  const file = path.resolve(rest[0] as string);

  // Check the file before anything else is started.
  const { header, manifest } = await verifyBackup(file);
  const rows = Object.values(manifest.tables).reduce((sum, table) => sum + table.rows, 0);
  console.log(
    `Backup checked: database "${header.database}" taken ${header.createdAt} (PostgreSQL ${header.serverVersion}), ` +
      `${Object.keys(manifest.tables).length} tables, ${rows} rows.`,
  );

  const env = readEnv();
  const database = await databaseForCommand(env);
  try {
    if (env.DATABASE_URL) console.log("Stop every app server that uses this database before restoring.");
    const result = await restoreDatabase(database.url, file, { replace });
    console.log(`Restored${result.replaced ? " (the previous data was replaced)" : ""}; every table checked:`);
    for (const line of rowTable(result.tables)) console.log(line);
    await restoreFiles(env, database.url, file);
    console.log("Start the app again (npm start); it applies any migrations newer than the backup.");
  } finally {
    await database.stop();
  }
}

async function restoreFiles(env: ReturnType<typeof readEnv>, url: string, file: string) {
  const folder = documentsFolderOf(file);
  const store = storeFor(env);
  const db = createPrismaClient(url, { maxConnections: 2 });
  try {
    const hasTable = await db.$queryRaw<{ found: boolean }[]>`SELECT to_regclass('"Document"') IS NOT NULL AS found`;
    if (!hasTable[0]?.found) return; // a backup from before documents existed
    const files = await restoreDocumentFiles(db, store, existsSync(folder) ? folder : null, documentTempDir(env));
    console.log(
      `Documents (${store.location}): ${files.restored} files put back from ${path.relative(process.cwd(), folder)}, ` +
        `${files.present} already there.`,
    );
    if (files.damaged.length) console.log(`  Damaged in the backup (not stored): ${files.damaged.join(", ")}`);
    if (files.missing.length) {
      console.log(
        `  ${files.missing.length} files neither in the store nor in the backup: those documents cannot be ` +
          `downloaded until their files are put back (${files.missing.join(", ")}).`,
      );
    }
  } finally {
    await db.$disconnect();
  }
}

runCommand(main);
