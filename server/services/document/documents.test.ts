// Documents against the real database and both storage backends (a folder, and s3rver on loopback through the AWS
// SDK): the type read from the content, refusals that write nothing (no row, no file, no temporary file, no event),
// one stored file per content, role checks, the audit trail, and the agreement list's search in a PDF's text.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/prisma";
import { callerFor, TEST_ACTORS, trpcError } from "../../test/caller";
import { createTestDatabase } from "../../test/database";
import { PNG_1PX, pdfWithText, type S3TestServer, startS3Server, windowsProgram } from "../../test/documents";
import { type DocumentContext, DocumentRefused, deleteDocument, openDocument, uploadDocument } from "./documents";
import { type BlobStore, localStore, s3Store } from "./storage";

let db: Db;
let folder: string;
let agreementId: number;
let activityId: number;
let workingGroupId: number;
let s3: S3TestServer;

const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const body = (bytes: Buffer) => Readable.from([bytes.subarray(0, 7), bytes.subarray(7)]);

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function contextWith(store: BlobStore, maxBytes = 25 * 1024 * 1024): DocumentContext {
  return { store, tempDir: path.join(folder, "incoming"), maxBytes };
}

const upload = (
  actor: Actor,
  context: DocumentContext,
  bytes: Buffer,
  fileName: string,
  options: { restricted?: boolean; record?: { type: "agreement" | "activity" | "workingGroup"; id: number } } = {},
) =>
  uploadDocument(
    db,
    actor,
    {
      record: options.record ?? { type: "agreement", id: agreementId },
      fileName,
      restricted: options.restricted ?? false,
      body: body(bytes),
      declaredSize: bytes.length,
    },
    context,
  );

const documentEvents = () =>
  db.auditEvent.findMany({
    where: { entityType: "DOCUMENT" },
    orderBy: { id: "asc" },
    select: { action: true, entityId: true, entityLabel: true, parentType: true, parentId: true, actorName: true },
  });

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  for (const actor of Object.values(TEST_ACTORS)) {
    await db.user.create({ data: { id: actor.id, name: actor.name, email: actor.email, role: actor.role } });
  }
  folder = await mkdtemp(path.join(tmpdir(), "documents-"));
  agreementId = (await db.agreement.findFirstOrThrow({ select: { id: true }, orderBy: { id: "asc" } })).id;
  activityId = (await db.activity.findFirstOrThrow({ select: { id: true } })).id;
  workingGroupId = (await db.workingGroup.findFirstOrThrow({ select: { id: true } })).id;
  s3 = await startS3Server();
});

afterAll(async () => {
  await s3?.stop();
  await rm(folder, { recursive: true, force: true });
});

const stores: [string, () => BlobStore][] = [
  ["a folder under DATA_DIR", () => localStore(path.join(folder, "store"))],
  [
    "S3-compatible object storage (s3rver)",
    () =>
      s3Store({
        bucket: s3.bucket,
        prefix: "documents/",
        region: "us-east-1",
        endpoint: s3.endpoint,
        forcePathStyle: true,
        credentials: s3.credentials,
      }),
  ],
];

describe.each(stores)("documents kept in %s", (_name, makeStore) => {
  it("stores an upload under its SHA-256 once, however many records attach it, and deletes it with the last", async () => {
    const store = makeStore();
    const context = contextWith(store);
    const pdf = pdfWithText([`Urkunde ${store.kind} ${Date.now()}`]);
    const hash = sha(pdf);
    const first = await upload(TEST_ACTORS.EDITOR, context, pdf, "Urkunde.pdf");
    expect(first).toMatchObject({ fileName: "Urkunde.pdf", mediaType: "application/pdf", size: pdf.length });
    expect(first.sha256).toBe(hash);
    expect(await store.has(hash)).toBe(true);
    expect(await readAll((await store.get(hash)) as Readable)).toEqual(pdf);
    if (store.kind === "local") {
      expect(readFileSync(path.join(folder, "store", hash.slice(0, 2), hash))).toEqual(pdf);
    }

    // The same bytes on an activity and a working group: three rows, one stored object.
    const second = await upload(TEST_ACTORS.EDITOR, context, pdf, "Kopie.pdf", {
      record: { type: "activity", id: activityId },
    });
    const third = await upload(TEST_ACTORS.ADMIN, context, pdf, "Protokoll.pdf", {
      record: { type: "workingGroup", id: workingGroupId },
    });
    expect(await db.document.count({ where: { sha256: hash } })).toBe(3);
    if (store.kind === "local") expect(readdirSync(path.join(folder, "store", hash.slice(0, 2)))).toContain(hash);

    // Downloads give the bytes back.
    const opened = await openDocument(db, TEST_ACTORS.VIEWER, second.id, store);
    expect(await readAll(opened.body)).toEqual(pdf);

    await deleteDocument(db, TEST_ACTORS.EDITOR, { id: first.id }, store);
    await deleteDocument(db, TEST_ACTORS.EDITOR, { id: second.id }, store);
    expect(await store.has(hash)).toBe(true);
    await deleteDocument(db, TEST_ACTORS.EDITOR, { id: third.id }, store);
    expect(await store.has(hash)).toBe(false);
    expect(await store.get(hash)).toBeNull();
  });
});

describe("upload checks", () => {
  const store = () => localStore(path.join(folder, "checked"));

  /** Rows, events, stored files and temporary files: all unchanged by a refusal. */
  async function nothingWritten(attempt: () => Promise<unknown>, problem: string) {
    const before = {
      rows: await db.document.count(),
      events: await db.auditEvent.count(),
    };
    const refusal = await attempt().then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(DocumentRefused);
    expect((refusal as DocumentRefused).problem).toBe(problem);
    expect(await db.document.count()).toBe(before.rows);
    expect(await db.auditEvent.count()).toBe(before.events);
    expect(existsSync(path.join(folder, "checked")) ? readdirSync(path.join(folder, "checked")) : []).toEqual([]);
    expect(existsSync(path.join(folder, "incoming")) ? readdirSync(path.join(folder, "incoming")) : []).toEqual([]);
    return refusal as DocumentRefused;
  }

  it("refuses a Windows program renamed .pdf, naming what the content is", async () => {
    const refusal = await nothingWritten(
      () => upload(TEST_ACTORS.EDITOR, contextWith(store()), windowsProgram(), "Vertrag.pdf"),
      "type",
    );
    expect(refusal.message).toMatch(/EXE, application\/x-msdownload/);
  });

  it("refuses HTML (and other unrecognised content) named .pdf", async () => {
    const html = Buffer.from("<html><script>alert(1)</script></html>");
    await nothingWritten(() => upload(TEST_ACTORS.EDITOR, contextWith(store()), html, "Urkunde.pdf"), "unknownType");
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    await nothingWritten(() => upload(TEST_ACTORS.EDITOR, contextWith(store()), svg, "Bild.svg"), "unknownType");
  });

  it("refuses a name whose ending does not fit the content", async () => {
    const refusal = await nothingWritten(
      () => upload(TEST_ACTORS.EDITOR, contextWith(store()), PNG_1PX, "Foto.pdf"),
      "extension",
    );
    expect(refusal.params).toMatchObject({ extension: "pdf" });
  });

  it("refuses an empty file and one over the limit (announced or not)", async () => {
    await nothingWritten(() => upload(TEST_ACTORS.EDITOR, contextWith(store()), Buffer.alloc(0), "Leer.pdf"), "empty");
    const pdf = pdfWithText(["Zu gross"], 5000);
    await nothingWritten(() => upload(TEST_ACTORS.EDITOR, contextWith(store(), 4096), pdf, "Gross.pdf"), "tooLarge");
    // Without a Content-Length: stopped while it arrives.
    await nothingWritten(
      () =>
        uploadDocument(
          db,
          TEST_ACTORS.EDITOR,
          { record: { type: "agreement", id: agreementId }, fileName: "Gross.pdf", restricted: false, body: body(pdf) },
          contextWith(store(), 4096),
        ),
      "tooLarge",
    );
  });

  it("refuses file names with path parts or control characters", async () => {
    const pdf = pdfWithText(["Name"]);
    const context = contextWith(store());
    await nothingWritten(() => upload(TEST_ACTORS.EDITOR, context, pdf, "../../etc/passwd.pdf"), "namePath");
    await nothingWritten(() => upload(TEST_ACTORS.EDITOR, context, pdf, "C:\\Urkunde.pdf"), "namePath");
    await nothingWritten(() => upload(TEST_ACTORS.EDITOR, context, pdf, "Urkunde\r\n.pdf"), "nameControl");
    await nothingWritten(() => upload(TEST_ACTORS.EDITOR, context, pdf, "fdp.\u202eexe.pdf"), "nameControl");
    await nothingWritten(() => upload(TEST_ACTORS.EDITOR, context, pdf, ".."), "nameDots");
    await nothingWritten(() => upload(TEST_ACTORS.EDITOR, context, pdf, ""), "nameMissing");
  });

  it("accepts images and gives a name without an ending the content's", async () => {
    const created = await upload(TEST_ACTORS.EDITOR, contextWith(store()), PNG_1PX, "Foto vom Empfang");
    expect(created).toMatchObject({ fileName: "Foto vom Empfang.png", mediaType: "image/png" });
    await deleteDocument(db, TEST_ACTORS.EDITOR, { id: created.id }, store());
  });

  it("refuses an upload to a record that does not exist, and writes nothing", async () => {
    await expect(
      upload(TEST_ACTORS.EDITOR, contextWith(store()), PNG_1PX, "x.png", {
        record: { type: "agreement", id: 999_999 },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("roles and the audit trail", () => {
  const store = () => localStore(path.join(folder, "roles"));

  it("lets only editors and admins upload and delete; a restricted file only to them; one event each", async () => {
    const context = contextWith(store());
    const pdf = pdfWithText(["Vertrauliche Anlage"]);
    await expect(upload(TEST_ACTORS.VIEWER, context, pdf, "Anlage.pdf")).rejects.toMatchObject({ code: "FORBIDDEN" });

    const before = await db.auditEvent.count({ where: { entityType: "DOCUMENT" } });
    const open = await upload(TEST_ACTORS.EDITOR, context, PNG_1PX, "Foto.png");
    const secret = await upload(TEST_ACTORS.EDITOR, context, pdf, "Anlage.pdf", { restricted: true });

    // The list through the router: everyone sees both; who may download what.
    const viewerList = await callerFor(db, TEST_ACTORS.VIEWER).document.list({
      record: { type: "agreement", id: agreementId },
    });
    expect(viewerList.find((d) => d.id === secret.id)).toMatchObject({ restricted: true, canDownload: false });
    expect(viewerList.find((d) => d.id === open.id)).toMatchObject({
      fileName: "Foto.png",
      mediaType: "image/png",
      size: PNG_1PX.length,
      uploadedByName: TEST_ACTORS.EDITOR.name,
      canDownload: true,
      canDelete: false,
    });

    await expect(openDocument(db, TEST_ACTORS.VIEWER, secret.id, store())).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    (await openDocument(db, TEST_ACTORS.VIEWER, open.id, store())).body.destroy();
    (await openDocument(db, TEST_ACTORS.EDITOR, secret.id, store())).body.destroy();

    const refused = await trpcError(() => callerFor(db, TEST_ACTORS.VIEWER).document.remove({ id: open.id }));
    expect(refused.code).toBe("FORBIDDEN");
    await deleteDocument(db, TEST_ACTORS.ADMIN, { id: secret.id }, store());

    // Uploads, the restricted download (not the open one) and the deletion: one event each.
    const events = (await documentEvents()).slice(before);
    expect(events.map((e) => [e.action, e.entityId, e.actorName])).toEqual([
      ["CREATE", String(open.id), TEST_ACTORS.EDITOR.name],
      ["CREATE", String(secret.id), TEST_ACTORS.EDITOR.name],
      ["DOWNLOAD", String(secret.id), TEST_ACTORS.EDITOR.name],
      ["DELETE", String(secret.id), TEST_ACTORS.ADMIN.name],
    ]);
    for (const event of events) {
      expect(event).toMatchObject({ parentType: "AGREEMENT", parentId: String(agreementId) });
    }
    // The agreement's history shows them (the parent).
    const history = await callerFor(db, TEST_ACTORS.EDITOR).audit.history({
      entityType: "AGREEMENT",
      entityId: agreementId,
    });
    expect(JSON.stringify(history)).toContain("Anlage.pdf");
    await deleteDocument(db, TEST_ACTORS.EDITOR, { id: open.id }, store());
  });
});

describe("search in the text of PDFs", () => {
  it("finds the agreement whose attached PDF holds the word, not by a restricted document's text", async () => {
    const store = localStore(path.join(folder, "search"));
    const word = `Rheinbrückenvertrag${Date.now().toString(36)}`;
    const target = await db.agreement.findFirstOrThrow({ select: { id: true }, orderBy: { id: "desc" } });
    const list = (q: string) => callerFor(db, TEST_ACTORS.VIEWER).agreement.list({ q, pageSize: 50 });

    expect((await list(word)).items).toEqual([]);
    const created = await upload(
      TEST_ACTORS.EDITOR,
      contextWith(store),
      pdfWithText(["Partnerschaftsurkunde", `Die Städte schließen den ${word}.`]),
      "Urkunde.pdf",
      { record: { type: "agreement", id: target.id } },
    );
    const row = await db.document.findUniqueOrThrow({ where: { id: created.id }, select: { text: true } });
    expect(row.text).toContain(`Die Städte schließen den ${word}.`);
    expect((await list(word)).items.map((item) => item.id)).toEqual([target.id]);
    expect((await list(word.toUpperCase())).items.map((item) => item.id)).toEqual([target.id]);

    await db.document.update({ where: { id: created.id }, data: { restricted: true } });
    expect((await list(word)).items).toEqual([]);
    await deleteDocument(db, TEST_ACTORS.EDITOR, { id: created.id }, store);
    expect((await list(word)).items).toEqual([]);
  });
});

describe("backup and restore of the files", () => {
  it("copies every document's file beside the backup and puts back what the store lacks, checked by hash", async () => {
    const { backupDocumentFiles, restoreDocumentFiles } = await import("./files-backup");
    const store = localStore(path.join(folder, "backup-store"));
    const context = contextWith(store);
    const pdf = pdfWithText([`Gesichert ${Date.now()}`]);
    const a = await upload(TEST_ACTORS.EDITOR, context, pdf, "Gesichert.pdf");
    const b = await upload(TEST_ACTORS.EDITOR, context, PNG_1PX, "Bild.png");
    const backupFolder = path.join(folder, "backup.documents");

    const backedUp = await backupDocumentFiles(db, store, backupFolder);
    // Every document of the database (the other tests deleted theirs, except the permission matrix' kind).
    const hashes = (await db.document.findMany({ distinct: ["sha256"], select: { sha256: true } })).map(
      (r) => r.sha256,
    );
    expect(backedUp.files + backedUp.missing.length).toBe(hashes.length);
    expect(backedUp.missing).toEqual([]);
    expect(readFileSync(path.join(backupFolder, sha(pdf)))).toEqual(pdf);

    // The store lost both files (a new server, a lost disk): the restore puts them back.
    await store.remove(sha(pdf));
    await store.remove(sha(PNG_1PX));
    const restored = await restoreDocumentFiles(db, store, backupFolder, path.join(folder, "incoming"));
    expect(restored).toMatchObject({ restored: 2, missing: [], damaged: [] });
    expect(await readAll((await store.get(sha(pdf))) as Readable)).toEqual(pdf);
    expect(readFileSync(path.join(backupFolder, sha(pdf)))).toEqual(pdf);

    // A damaged copy in the backup is reported, not stored.
    await store.remove(sha(PNG_1PX));
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path.join(backupFolder, sha(PNG_1PX)), "beschädigt");
    const again = await restoreDocumentFiles(db, store, backupFolder, path.join(folder, "incoming"));
    expect(again).toMatchObject({ restored: 0, present: 1, damaged: [sha(PNG_1PX)] });
    expect(await store.has(sha(PNG_1PX))).toBe(false);

    await deleteDocument(db, TEST_ACTORS.EDITOR, { id: a.id }, store);
    await deleteDocument(db, TEST_ACTORS.EDITOR, { id: b.id }, store);
  });
});

describe("uploads left behind", () => {
  it("removes the temporary files of uploads older than a day, and only those", async () => {
    const { sweepStaleUploads } = await import("./storage");
    const { utimesSync, writeFileSync, mkdirSync } = await import("node:fs");
    const dir = path.join(folder, "stale");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "alt.part"), "x");
    writeFileSync(path.join(dir, "neu.part"), "x");
    writeFileSync(path.join(dir, "anderes.txt"), "x");
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(path.join(dir, "alt.part"), twoDaysAgo, twoDaysAgo);
    utimesSync(path.join(dir, "anderes.txt"), twoDaysAgo, twoDaysAgo);
    expect(await sweepStaleUploads(dir)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(["anderes.txt", "neu.part"]);
  });
});
