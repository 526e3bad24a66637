// The documents' files in a backup: `npm run db:backup` copies every file a document row names into a folder beside
// the database's backup file (FILE without .sql.gz, plus .documents/, one file per SHA-256), from whichever store is
// configured (DATA_DIR/documents or S3); `npm run db:restore` puts back those the store lacks. Each file is checked
// against its name (its SHA-256) both ways: a damaged copy is reported, never stored.
import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Db } from "../../db/prisma";
import type { BlobStore } from "./storage";

/** backups/partnerschaften-2026-12-07T06-00-00Z.sql.gz → backups/partnerschaften-2026-12-07T06-00-00Z.documents */
export function documentsFolderOf(backupFile: string): string {
  return `${backupFile.replace(/\.sql\.gz$/, "")}.documents`;
}

async function distinctHashes(db: Db): Promise<string[]> {
  const rows = await db.document.findMany({
    distinct: ["sha256"],
    select: { sha256: true },
    orderBy: { sha256: "asc" },
  });
  return rows.map((row) => row.sha256);
}

/** Copies a stream to `file` through a temporary name, returning the SHA-256 and size of what was written. */
async function copyHashed(source: NodeJS.ReadableStream, file: string) {
  const hash = createHash("sha256");
  let size = 0;
  const partial = `${file}.${randomUUID()}.partial`;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, counter, createWriteStream(partial, { mode: 0o600 }));
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { partial, sha256: hash.digest("hex"), size };
}

async function fileHash(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}

export interface FilesBackupResult {
  folder: string;
  files: number;
  bytes: number;
  /** Hashes a document names whose file the store does not have (reported, not fatal). */
  missing: string[];
}

/** Copies every document's file from the store into `folder` (files already there and intact are kept). */
export async function backupDocumentFiles(db: Db, store: BlobStore, folder: string): Promise<FilesBackupResult> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const result: FilesBackupResult = { folder, files: 0, bytes: 0, missing: [] };
  for (const sha256 of await distinctHashes(db)) {
    const target = path.join(folder, sha256);
    const existing = await stat(target).catch(() => null);
    if (existing && (await fileHash(target)) === sha256) {
      result.files += 1;
      result.bytes += existing.size;
      continue;
    }
    const source = await store.get(sha256);
    if (!source) {
      result.missing.push(sha256);
      continue;
    }
    const copied = await copyHashed(source, target);
    if (copied.sha256 !== sha256) {
      await rm(copied.partial, { force: true });
      throw new Error(`The stored file ${sha256} (${store.location}) does not match its hash: it is damaged.`);
    }
    await rename(copied.partial, target);
    result.files += 1;
    result.bytes += copied.size;
  }
  return result;
}

export interface FilesRestoreResult {
  /** Put back into the store from the backup. */
  restored: number;
  /** Already in the store. */
  present: number;
  /** Neither in the store nor (intact) in the backup: these documents cannot be downloaded. */
  missing: string[];
  /** In the backup but not matching their hash (not stored). */
  damaged: string[];
}

/** Puts every file a document names and the store lacks back from `folder`, each checked against its hash. */
export async function restoreDocumentFiles(
  db: Db,
  store: BlobStore,
  folder: string | null,
  tempDir: string,
): Promise<FilesRestoreResult> {
  const result: FilesRestoreResult = { restored: 0, present: 0, missing: [], damaged: [] };
  const available = new Set(folder ? await readdir(folder).catch(() => []) : []);
  await mkdir(tempDir, { recursive: true });
  for (const sha256 of await distinctHashes(db)) {
    if (await store.has(sha256)) {
      result.present += 1;
      continue;
    }
    if (!folder || !available.has(sha256)) {
      result.missing.push(sha256);
      continue;
    }
    // A copy in the temporary folder: the local store moves the file it is given (the backup keeps its own).
    const copied = await copyHashed(createReadStream(path.join(folder, sha256)), path.join(tempDir, sha256));
    try {
      if (copied.sha256 !== sha256) {
        result.damaged.push(sha256);
        continue;
      }
      await store.put(sha256, copied.partial, copied.size);
      result.restored += 1;
    } finally {
      await rm(copied.partial, { force: true });
    }
  }
  return result;
}
