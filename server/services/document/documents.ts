// Documents attached to agreements, activities and working groups: upload (checked, content-addressed, audited),
// the list of a record's documents, download (checked by role; a restricted document's download is audited) and
// deletion (audited). The bytes are kept by a BlobStore (storage.ts); the rows say which record has which file.
//
// An upload is written to a temporary file while it arrives (its SHA-256 and size counted on the way, stopped at the
// limit), its type is read from its content, a PDF's text layer is extracted, and only then is it stored and its row
// written. Storing, the row and its audit event happen under a lock on the hash (a transaction-level advisory lock),
// and so does a deletion's removal of the last copy: an upload of the same content at the same moment can never lose
// its file to it. A refusal writes nothing; the temporary file is always removed.
import { createHash, randomUUID } from "node:crypto";
import { mkdir, open, readFile, rm } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { fileTypeFromFile } from "file-type";
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import { hasRole } from "../../auth/roles";
import type { Db, Tx } from "../../db/prisma";
import { DOCUMENT_TYPES, type FileNameProblem, fileExtension, fileNameProblem } from "../../domain/documents";
import type { AuditEntity } from "../../domain/enums";
import { DomainError, notFound } from "../../domain/errors";
import {
  type DocumentRecordType,
  type TDocumentRecord,
  type ZDocumentDeleteInput,
  type ZDocumentListInput,
  ZDocumentRecord,
} from "../../schemas/document";
import { recordChange } from "../audit/record";
import type { BlobStore } from "./storage";

const RECORDS = {
  agreement: { column: "agreementId", entity: "AGREEMENT" },
  activity: { column: "activityId", entity: "ACTIVITY" },
  workingGroup: { column: "workingGroupId", entity: "WORKING_GROUP" },
} as const satisfies Record<DocumentRecordType, { column: string; entity: AuditEntity }>;

/** The most text kept of one PDF (a few hundred pages of prose); the rest is not searchable. */
export const TEXT_MAX_CHARS = 2_000_000;

export type DocumentProblem = FileNameProblem | "empty" | "tooLarge" | "type" | "unknownType" | "extension";

/**
 * A refused upload: what is wrong, as a key of the catalogue (m.documents.errors) with its parameters, and in
 * English as the message. "tooLarge" answers 413, the others 400.
 */
export class DocumentRefused extends DomainError {
  constructor(
    readonly problem: DocumentProblem,
    readonly params: Record<string, string | number> = {},
  ) {
    super("BAD_REQUEST", `file: ${REFUSAL_TEXTS[problem](params)}`);
    this.name = "DocumentRefused";
  }
}

const REFUSAL_TEXTS: Record<DocumentProblem, (p: Record<string, string | number>) => string> = {
  empty: () => "the file is empty",
  tooLarge: (p) => `the file is larger than the allowed ${p.max} MB`,
  type: (p) => `this kind of file is not allowed (${p.detected}); allowed are PDF, images and Office documents`,
  unknownType: () => "the kind of file cannot be recognised; allowed are PDF, images and Office documents",
  extension: (p) => `the name ends in .${p.extension} but the content is ${p.detected}`,
  nameMissing: () => "the file has no name",
  namePath: () => "the file name must not contain a path (/ or \\)",
  nameControl: () => "the file name contains control characters",
  nameLong: () => "the file name is longer than 255 characters",
  nameDots: (p) => `"${p.name}" is not a file name`,
};

export interface DocumentContext {
  store: BlobStore;
  /** Folder for uploads while they arrive (same disk as a local store). */
  tempDir: string;
  maxBytes: number;
}

function requireEditor(actor: Actor, what: string) {
  if (!hasRole(actor.role, "EDITOR")) {
    throw new DomainError("FORBIDDEN", `Only editors and admins may ${what} documents.`);
  }
}

/** The record's label for the audit trail, or NOT_FOUND. */
async function recordLabel(tx: Db | Tx, record: TDocumentRecord): Promise<string> {
  const found =
    record.type === "agreement"
      ? await tx.agreement.findUnique({ where: { id: record.id }, select: { title: true } })
      : record.type === "activity"
        ? await tx.activity.findUnique({ where: { id: record.id }, select: { title: true } })
        : await tx.workingGroup.findUnique({ where: { id: record.id }, select: { name: true } });
  if (!found) throw notFound(RECORDS[record.type].entity, record.id);
  return "name" in found ? found.name : found.title;
}

/** Serialises everything that stores or removes the bytes of one hash, until the transaction ends. */
async function lockHash(tx: Tx, sha256: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`document:${sha256}`}, 0))`;
}

/** A PDF's text layer, or null (no text, or a PDF that cannot be read: it is still accepted as a file). */
async function pdfText(file: string): Promise<string | null> {
  try {
    const { extractText, getDocumentProxy } = await import("unpdf");
    const pdf = await getDocumentProxy(new Uint8Array(await readFile(file)));
    try {
      const { text } = await extractText(pdf, { mergePages: true });
      // PostgreSQL's text holds no NUL; whitespace runs are one space (the search matches words, not layout).
      const clean = text.replaceAll("\u0000", "").replace(/\s+/g, " ").trim();
      return clean ? clean.slice(0, TEXT_MAX_CHARS) : null;
    } finally {
      await pdf.cleanup();
    }
  } catch {
    return null;
  }
}

/** Writes the stream to `file`, counting and hashing; refuses (and stops reading) past maxBytes. */
async function receive(body: AsyncIterable<Uint8Array>, file: string, maxBytes: number, maxMb: number) {
  const hash = createHash("sha256");
  let size = 0;
  const handle = await open(file, "wx", 0o600);
  try {
    for await (const chunk of body) {
      size += chunk.byteLength;
      if (size > maxBytes) throw new DocumentRefused("tooLarge", { max: maxMb });
      hash.update(chunk);
      await handle.write(chunk);
    }
  } finally {
    await handle.close();
  }
  return { size, sha256: hash.digest("hex") };
}

export interface UploadInput {
  record: TDocumentRecord;
  fileName: string;
  restricted: boolean;
  body: AsyncIterable<Uint8Array>;
  /** The Content-Length the client announced, if any: too large is refused before reading. */
  declaredSize?: number | null;
}

function describeType(detected: { ext: string; mime: string } | undefined): string {
  return detected ? `${detected.ext.toUpperCase()}, ${detected.mime}` : "unknown";
}

export async function uploadDocument(db: Db, actor: Actor, input: UploadInput, context: DocumentContext) {
  requireEditor(actor, "upload");
  const record = ZDocumentRecord.parse(input.record);
  const fileName = input.fileName.normalize("NFC");
  const nameProblem = fileNameProblem(fileName);
  if (nameProblem) throw new DocumentRefused(nameProblem, { name: fileName.slice(0, 100) });
  const maxMb = Math.round(context.maxBytes / (1024 * 1024));
  if (input.declaredSize != null && input.declaredSize > context.maxBytes) {
    throw new DocumentRefused("tooLarge", { max: maxMb });
  }
  await recordLabel(db, record);

  await mkdir(context.tempDir, { recursive: true });
  const temp = path.join(context.tempDir, `${randomUUID()}.part`);
  try {
    const { size, sha256 } = await receive(input.body, temp, context.maxBytes, maxMb);
    if (size === 0) throw new DocumentRefused("empty");
    const detected = await fileTypeFromFile(temp);
    const allowed = detected ? DOCUMENT_TYPES[detected.mime] : undefined;
    if (!detected) throw new DocumentRefused("unknownType");
    if (!allowed) throw new DocumentRefused("type", { detected: describeType(detected) });
    const extension = fileExtension(fileName);
    if (extension && !allowed.extensions.includes(extension)) {
      throw new DocumentRefused("extension", { extension, detected: describeType(detected) });
    }
    // A name without an ending gets the content's, so that the downloaded file opens with the right program.
    const storedName = extension ? fileName : `${fileName}.${allowed.extensions[0]}`.slice(-255);
    const text = detected.mime === "application/pdf" ? await pdfText(temp) : null;

    let storedNow = false;
    try {
      return await db.$transaction(
        async (tx) => {
          await lockHash(tx, sha256);
          const label = await recordLabel(tx, record);
          if (!(await context.store.has(sha256))) {
            await context.store.put(sha256, temp, size);
            storedNow = true;
          }
          const created = await tx.document.create({
            data: {
              [RECORDS[record.type].column]: record.id,
              fileName: storedName,
              mediaType: detected.mime,
              size,
              sha256,
              restricted: input.restricted,
              text,
              uploadedById: actor.id === "system" ? null : actor.id,
              uploadedByName: actor.name.slice(0, 200),
            },
            select: { id: true, fileName: true, mediaType: true, size: true, sha256: true, restricted: true },
          });
          await recordChange(tx, actor, {
            action: "CREATE",
            entityType: "DOCUMENT",
            entityId: created.id,
            entityLabel: created.fileName,
            parent: { type: RECORDS[record.type].entity, id: record.id },
            after: {
              fileName: created.fileName,
              mediaType: created.mediaType,
              size: created.size,
              sha256: created.sha256,
              restricted: created.restricted,
              record: label,
            },
          });
          return created;
        },
        { maxWait: 10_000, timeout: 120_000 },
      );
    } catch (error) {
      // The row was not written: the bytes stored for it are nobody's (unless another document has them).
      if (storedNow) await removeIfUnused(db, context.store, sha256);
      throw error;
    }
  } finally {
    await rm(temp, { force: true });
  }
}

/** Removes the stored bytes of a hash if no document refers to them any more (under the hash's lock). */
async function removeIfUnused(db: Db, store: BlobStore, sha256: string) {
  await db.$transaction(
    async (tx) => {
      await lockHash(tx, sha256);
      const users = await tx.document.count({ where: { sha256 } });
      if (users === 0) await store.remove(sha256);
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}

/** A record's documents, newest first; `canDownload` says whether this actor may have the file. */
export async function listDocuments(db: Db, actor: Actor, input: z.infer<typeof ZDocumentListInput>) {
  const { record } = input;
  const rows = await db.document.findMany({
    where: { [RECORDS[record.type].column]: record.id },
    select: {
      id: true,
      fileName: true,
      mediaType: true,
      size: true,
      restricted: true,
      uploadedByName: true,
      createdAt: true,
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const editor = hasRole(actor.role, "EDITOR");
  return rows.map((row) => ({ ...row, canDownload: !row.restricted || editor, canDelete: editor }));
}

/** What a download and a deletion read of a document: the file, its access and the record it belongs to. */
const DOCUMENT_SELECT = {
  id: true,
  fileName: true,
  mediaType: true,
  size: true,
  sha256: true,
  restricted: true,
  agreementId: true,
  activityId: true,
  workingGroupId: true,
} as const;

/**
 * A document for download: its name, type, size and bytes. NOT_FOUND when it does not exist, FORBIDDEN for a
 * restricted one below editor; a restricted document's download is audited (before the bytes are sent).
 */
export async function openDocument(db: Db, actor: Actor, id: number, store: BlobStore) {
  const document = await db.document.findUnique({
    where: { id },
    select: DOCUMENT_SELECT,
  });
  if (!document) throw notFound("DOCUMENT", id);
  if (document.restricted && !hasRole(actor.role, "EDITOR")) {
    throw new DomainError("FORBIDDEN", "This document is restricted: only editors and admins may download it.");
  }
  const body = await store.get(document.sha256);
  if (!body) throw new Error(`Document ${id}: its file ${document.sha256} is missing from ${store.location}`);
  if (document.restricted) {
    try {
      await db.$transaction((tx) =>
        recordChange(tx, actor, {
          action: "DOWNLOAD",
          entityType: "DOCUMENT",
          entityId: document.id,
          entityLabel: document.fileName,
          parent: parentOf(document),
          changes: {},
        }),
      );
    } catch (error) {
      body.destroy();
      throw error;
    }
  }
  return { fileName: document.fileName, mediaType: document.mediaType, size: document.size, body: body as Readable };
}

function parentOf(row: { agreementId: number | null; activityId: number | null; workingGroupId: number | null }) {
  if (row.agreementId !== null) return { type: "AGREEMENT" as const, id: row.agreementId };
  if (row.activityId !== null) return { type: "ACTIVITY" as const, id: row.activityId };
  return { type: "WORKING_GROUP" as const, id: row.workingGroupId ?? 0 };
}

/** Deletes a document (editors); its bytes go too when no other document has the same content. */
export async function deleteDocument(
  db: Db,
  actor: Actor,
  input: z.infer<typeof ZDocumentDeleteInput>,
  store: BlobStore,
) {
  requireEditor(actor, "delete");
  const deleted = await db.$transaction(async (tx) => {
    const row = await tx.document.findUnique({
      where: { id: input.id },
      select: DOCUMENT_SELECT,
    });
    if (!row) throw notFound("DOCUMENT", input.id);
    await lockHash(tx, row.sha256);
    await tx.document.delete({ where: { id: row.id } });
    await recordChange(tx, actor, {
      action: "DELETE",
      entityType: "DOCUMENT",
      entityId: row.id,
      entityLabel: row.fileName,
      parent: parentOf(row),
      before: {
        fileName: row.fileName,
        mediaType: row.mediaType,
        size: row.size,
        sha256: row.sha256,
        restricted: row.restricted,
      },
    });
    return row;
  });
  await removeIfUnused(db, store, deleted.sha256);
  return { id: deleted.id, fileName: deleted.fileName };
}
