// Where the documents' bytes are kept: content-addressed, one object per SHA-256, shared by every document with the
// same content. Two backends with one interface: a folder (DATA_DIR/documents, the default) and S3-compatible object
// storage (S3_BUCKET set; several app servers then share the files). Which one is read from the environment.
import { createReadStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NotFound,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { dataDir, type Env, readEnv } from "../../env";

export interface BlobStore {
  /** "local" or "s3", for messages (backup) and tests. */
  readonly kind: "local" | "s3";
  /** Where the files are, in words (a folder, or s3://bucket/prefix). */
  readonly location: string;
  has(sha256: string): Promise<boolean>;
  /** Stores the file at `file` (whose SHA-256 the caller computed) under its hash; the file is moved or left. */
  put(sha256: string, file: string, size: number): Promise<void>;
  /** The bytes, as a stream; null when there is no such object. */
  get(sha256: string): Promise<Readable | null>;
  /** Removes the object; no error when it is already gone. */
  remove(sha256: string): Promise<void>;
}

const SHA256 = /^[0-9a-f]{64}$/;

function checkHash(sha256: string): string {
  // The hash becomes a path or a key: never anything but 64 hex digits.
  if (!SHA256.test(sha256)) throw new Error(`Not a SHA-256: ${JSON.stringify(sha256)}`);
  return sha256;
}

/** DATA_DIR/documents/ab/abcdef…: the first two hex digits as a folder keep folders small. */
export function localStore(root: string): BlobStore {
  const fileOf = (sha256: string) => path.join(root, checkHash(sha256).slice(0, 2), sha256);
  return {
    kind: "local",
    location: root,
    async has(sha256) {
      try {
        return (await stat(fileOf(sha256))).isFile();
      } catch {
        return false;
      }
    },
    async put(sha256, file) {
      const target = fileOf(sha256);
      await mkdir(path.dirname(target), { recursive: true });
      // rename is atomic: a reader sees the whole file or none. The upload's temporary file is on the same disk
      // (documentTempDir), so this is a move, not a copy.
      await rename(file, target);
    },
    async get(sha256) {
      const file = fileOf(sha256);
      try {
        await stat(file);
      } catch {
        return null;
      }
      return createReadStream(file);
    },
    async remove(sha256) {
      await rm(fileOf(sha256), { force: true });
    },
  };
}

export interface S3StoreOptions {
  bucket: string;
  prefix: string;
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

function isNotFound(error: unknown): boolean {
  return (
    error instanceof NotFound ||
    (error instanceof S3ServiceException &&
      (error.name === "NoSuchKey" || error.name === "NotFound" || error.$metadata.httpStatusCode === 404))
  );
}

export function s3Store(options: S3StoreOptions): BlobStore {
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    credentials: options.credentials,
    // Checksums only where S3 requires them: S3-compatible servers (MinIO, Ceph, older releases) refuse the newer
    // default trailers. The content's SHA-256 is checked by the app itself (the object's name is its hash).
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const keyOf = (sha256: string) => `${options.prefix}${checkHash(sha256)}`;
  return {
    kind: "s3",
    location: `s3://${options.bucket}/${options.prefix}`,
    async has(sha256) {
      try {
        await client.send(new HeadObjectCommand({ Bucket: options.bucket, Key: keyOf(sha256) }));
        return true;
      } catch (error) {
        if (isNotFound(error)) return false;
        throw error;
      }
    },
    async put(sha256, file, size) {
      await client.send(
        new PutObjectCommand({
          Bucket: options.bucket,
          Key: keyOf(sha256),
          Body: createReadStream(file),
          ContentLength: size,
          ContentType: "application/octet-stream",
        }),
      );
    },
    async get(sha256) {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket: options.bucket, Key: keyOf(sha256) }));
        return (answer.Body as Readable | undefined) ?? null;
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async remove(sha256) {
      await client.send(new DeleteObjectCommand({ Bucket: options.bucket, Key: keyOf(sha256) }));
    },
  };
}

/** The store the environment names: S3 when S3_BUCKET is set, else DATA_DIR/documents. */
export function storeFor(env: Env): BlobStore {
  if (!env.S3_BUCKET) return localStore(path.join(dataDir(env), "documents"));
  return s3Store({
    bucket: env.S3_BUCKET,
    prefix: env.S3_PREFIX,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined,
  });
}

/**
 * Where an upload is written while it arrives (and checked), before it is stored: under DATA_DIR, on the same disk
 * as the local store, so storing it is a rename.
 */
export function documentTempDir(env: Env): string {
  return path.join(dataDir(env), "documents", "incoming");
}

/** Uploads left behind by a process that stopped while receiving them are this old at least before they go. */
export const STALE_UPLOAD_MS = 24 * 60 * 60 * 1000;

/** Removes the temporary files of uploads that never finished (the process stopped mid-upload); returns how many. */
export async function sweepStaleUploads(tempDir: string, now = Date.now(), olderThanMs = STALE_UPLOAD_MS) {
  let removed = 0;
  for (const name of await readdir(tempDir).catch(() => [] as string[])) {
    if (!name.endsWith(".part")) continue;
    const file = path.join(tempDir, name);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > olderThanMs) {
      await rm(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}

let kept: { key: string; store: BlobStore; temp: string; maxBytes: number } | null = null;

/** The app's store and limits, read from the environment once (again when it changes, as in tests). */
export function documentSettings(source: NodeJS.ProcessEnv = process.env) {
  const env = readEnv(source);
  const key = JSON.stringify([
    env.DATA_DIR,
    env.S3_BUCKET,
    env.S3_ENDPOINT,
    env.S3_PREFIX,
    env.S3_REGION,
    env.S3_ACCESS_KEY_ID,
    env.DOCUMENT_MAX_MB,
  ]);
  if (kept?.key !== key) {
    kept = { key, store: storeFor(env), temp: documentTempDir(env), maxBytes: env.DOCUMENT_MAX_MB * 1024 * 1024 };
    // Once per process (and configuration): what a stopped process left in the upload folder.
    void sweepStaleUploads(kept.temp).catch(() => {});
  }
  return kept;
}
