// The documents benchmark (issue 19): `npx tsx bench/documents.ts [--mb 25] [--runs 3] [--port N]`.
//
// Starts an embedded PostgreSQL of its own in a temporary folder (port 54939 unless --port), migrates it, writes the
// demo data, starts s3rver (an S3-compatible server) on loopback, and measures through the service the route
// handlers call (uploadDocument, openDocument; no HTTP), for each store (a folder, S3 through the AWS SDK):
//   - the upload of a file of --mb MB (default 25, the default limit) arriving in 64 KB chunks, as a request body
//     does: written to the temporary file while hashed, its type read, a PDF's text layer extracted, stored, its row
//     and audit event written;
//   - the upload of the same bytes again (stored once: no second write to the store);
//   - the download of it to the last byte.
// Two kinds of file: a PDF (one page of text and filler: the text extraction reads it all) and a JPEG (no extraction).
// Median of --runs, in MB/s, and the process's peak RSS.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { seedDemoData } from "../prisma/seed";
import { startEmbeddedPostgres } from "../server/db/embedded";
import { createPrismaClient, type Db } from "../server/db/prisma";
import { applyMigrations } from "../server/db/schema-engine";
import {
  type DocumentContext,
  deleteDocument,
  openDocument,
  uploadDocument,
} from "../server/services/document/documents";
import { type BlobStore, localStore, s3Store } from "../server/services/document/storage";
import { TEST_ACTORS } from "../server/test/caller";
import { pdfWithText, startS3Server } from "../server/test/documents";

const { values } = parseArgs({
  options: {
    mb: { type: "string", default: "25" },
    runs: { type: "string", default: "3" },
    port: { type: "string", default: "54939" },
  },
});
const MB = 1024 * 1024;
const SIZE = Math.round(Number(values.mb) * MB);
const RUNS = Number(values.runs);
const CHUNK = 64 * 1024;

function chunks(bytes: Buffer): Readable {
  return Readable.from(
    (function* () {
      for (let at = 0; at < bytes.length; at += CHUNK) yield bytes.subarray(at, at + CHUNK);
    })(),
  );
}

function jpegOf(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i < size; i += 4) {
    x = (x * 1_103_515_245 + 12_345) >>> 0;
    bytes.writeUInt32LE(x, i - (i + 4 > size ? i + 4 - size : 0));
  }
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]).copy(bytes, 0);
  return bytes;
}

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? Number.NaN;
const mbps = (ms: number) => Math.round((SIZE / MB / (ms / 1000)) * 10) / 10;

async function measure(db: Db, store: BlobStore, kind: "pdf" | "jpeg", agreementId: number) {
  const context: DocumentContext = { store, tempDir: path.join(tmpdir(), "bench-documents-incoming"), maxBytes: SIZE };
  const uploads: number[] = [];
  const again: number[] = [];
  const downloads: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Different bytes each run (a new hash): each first upload really stores.
    const bytes =
      kind === "pdf"
        ? (() => {
            const head = pdfWithText([`Benchmark ${run} ${Date.now()}`, "Partnerschaftsurkunde der Stadt Köln"]);
            return pdfWithText(
              [`Benchmark ${run} ${Date.now()}`, "Partnerschaftsurkunde der Stadt Köln"],
              SIZE - head.length - 200,
            );
          })()
        : jpegOf(SIZE, run + Date.now());
    const name = kind === "pdf" ? "Urkunde.pdf" : "Foto.jpg";
    const record = { type: "agreement" as const, id: agreementId };
    let start = performance.now();
    const first = await uploadDocument(
      db,
      TEST_ACTORS.EDITOR,
      { record, fileName: name, restricted: false, body: chunks(bytes), declaredSize: bytes.length },
      context,
    );
    uploads.push(performance.now() - start);
    start = performance.now();
    const second = await uploadDocument(
      db,
      TEST_ACTORS.EDITOR,
      { record, fileName: name, restricted: false, body: chunks(bytes), declaredSize: bytes.length },
      context,
    );
    again.push(performance.now() - start);
    start = performance.now();
    const opened = await openDocument(db, TEST_ACTORS.VIEWER, first.id, store);
    let received = 0;
    for await (const chunk of opened.body) received += (chunk as Buffer).length;
    downloads.push(performance.now() - start);
    if (received !== bytes.length) throw new Error(`downloaded ${received} of ${bytes.length} bytes`);
    if (kind === "pdf") {
      const row = await db.document.findUniqueOrThrow({ where: { id: first.id }, select: { text: true } });
      if (!row.text?.includes("Partnerschaftsurkunde")) throw new Error("the PDF's text was not extracted");
    }
    await deleteDocument(db, TEST_ACTORS.EDITOR, { id: first.id }, store);
    await deleteDocument(db, TEST_ACTORS.EDITOR, { id: second.id }, store);
  }
  return {
    store: store.kind,
    file: `${kind} ${values.mb} MB`,
    uploadMs: Math.round(median(uploads)),
    uploadMBs: mbps(median(uploads)),
    sameAgainMs: Math.round(median(again)),
    downloadMs: Math.round(median(downloads)),
    downloadMBs: mbps(median(downloads)),
  };
}

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), "bench-documents-"));
  const embedded = await startEmbeddedPostgres({ dir, port: Number(values.port) });
  const db = createPrismaClient(embedded.url, { maxConnections: 4 });
  const s3 = await startS3Server();
  try {
    await applyMigrations(embedded.url);
    await seedDemoData(db);
    await db.user.create({
      data: {
        id: TEST_ACTORS.EDITOR.id,
        name: TEST_ACTORS.EDITOR.name,
        email: TEST_ACTORS.EDITOR.email,
        role: "EDITOR",
      },
    });
    const agreementId = (await db.agreement.findFirstOrThrow({ select: { id: true } })).id;
    const stores = [
      localStore(path.join(dir, "documents")),
      s3Store({
        bucket: s3.bucket,
        prefix: "documents/",
        region: "us-east-1",
        endpoint: s3.endpoint,
        forcePathStyle: true,
        credentials: s3.credentials,
      }),
    ];
    // Warm-up (not measured): the first upload loads the type detection and pdf.js.
    const warm = await uploadDocument(
      db,
      TEST_ACTORS.EDITOR,
      {
        record: { type: "agreement", id: agreementId },
        fileName: "warm.pdf",
        restricted: false,
        body: chunks(pdfWithText(["Aufwärmen"])),
      },
      { store: stores[0] as BlobStore, tempDir: path.join(tmpdir(), "bench-documents-incoming"), maxBytes: SIZE },
    );
    await deleteDocument(db, TEST_ACTORS.EDITOR, { id: warm.id }, stores[0] as BlobStore);
    const results = [];
    for (const store of stores) {
      for (const kind of ["pdf", "jpeg"] as const) results.push(await measure(db, store, kind, agreementId));
    }
    console.table(results);
    console.log(`peak RSS of the process: ${Math.round(peakRss / MB)} MB`);
    console.log(
      JSON.stringify({
        bench: "documents",
        mb: Number(values.mb),
        runs: RUNS,
        results,
        peakRssMb: Math.round(peakRss / MB),
      }),
    );
  } finally {
    clearInterval(sampler);
    await s3.stop();
    await db.$disconnect();
    await embedded.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
