// The steps of an import, for the page and the CLI alike: stage the file (checked, stored in PostgreSQL under a
// token's hash), preview it with a column mapping, apply it in one transaction. Each step reads the file again
// from the database: the client holds only the token.
import { createHash, randomBytes } from "node:crypto";
import type { Actor } from "../../auth/actor";
import { permissionsOf } from "../../auth/roles";
import type { ImportKind } from "../../db/generated/enums";
import type { Db, Tx } from "../../db/prisma";
import { DomainError } from "../../domain/errors";
import { columnsOf, type ImportDefinition } from "./engine";
import { ImportFileError, type ImportTable, readImportFile } from "./file";
import { importSpec } from "./kinds";
import { type ColumnSpec, type ImportPlan, type PlanCounts, type PlannedRow, planCounts, planHash } from "./plan";

/** How long an upload waits for its preview and apply. */
export const STAGED_IMPORT_MINUTES = 60;

/** The longest an apply may take (10,000 rows take a few seconds; the default of 5 s is too short for 50,000). */
const APPLY_TIMEOUT_MS = 300_000;

/**
 * The last upload's parsed table, kept in this process for its preview and apply, so that one upload is not read and
 * parsed three times (bench/import.ts: a read of 10,000 XLSX rows is 0.6–1.8 s and its garbage). Only one, only up
 * to LAST_TABLE_CELLS cells, dropped when applied: another app server, or an older upload, reads the stored file as
 * before. The file stored under a token never changes, so the table read from it is the same.
 */
let lastTable: { tokenHash: string; table: ImportTable } | null = null;
const LAST_TABLE_CELLS = 500_000;

function keepTable(tokenHash: string, table: ImportTable) {
  const cells = table.rows.length * Math.max(1, table.headers.length);
  lastTable = cells <= LAST_TABLE_CELLS ? { tokenHash, table } : null;
}

async function tableOf(record: { tokenHash: string; content: Uint8Array }): Promise<ImportTable> {
  if (lastTable?.tokenHash === record.tokenHash) return lastTable.table;
  const table = await readImportFile(record.content);
  keepTable(record.tokenHash, table);
  return table;
}

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface StagedFile {
  token: string;
  fileName: string;
  format: ImportTable["format"];
  encoding: ImportTable["encoding"];
  delimiter: ImportTable["delimiter"];
  rowCount: number;
  kind: ImportKind;
  columns: ColumnSpec[];
}

/**
 * The kind's import, if this actor may import it: people are personal data, which only roles that may see it
 * import (the import's steps need an editor already; this is the second lock, as in the people export).
 */
function specFor(kind: ImportKind, actor: Actor): ImportDefinition {
  const spec = importSpec(kind);
  if (!spec) throw new DomainError("BAD_REQUEST", `There is no import of ${kind} yet.`);
  if (kind === "PEOPLE" && !permissionsOf(actor.role).personalData) {
    throw new DomainError("FORBIDDEN", "Importing people needs a role that may see personal data.");
  }
  return spec;
}

function stagedFile(
  spec: ImportDefinition,
  token: string,
  fileName: string,
  table: ImportTable,
  mapping?: readonly (string | null)[],
) {
  const columns = columnsOf(spec, table.headers).map((column) =>
    mapping ? { ...column, field: mapping[column.index] ?? null } : column,
  );
  return {
    token,
    kind: spec.kind,
    fileName,
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    rowCount: table.rows.length,
    columns,
  } satisfies StagedFile;
}

/**
 * Reads and checks the file (a file refused as a whole throws ImportFileError, and nothing is stored), removes
 * expired uploads, and stores this one under a new token.
 */
export async function stageImport(
  db: Db,
  actor: Actor,
  input: { kind: ImportKind; fileName: string; bytes: Uint8Array },
  now = new Date(),
): Promise<StagedFile> {
  const spec = specFor(input.kind, actor);
  const table = await readImportFile(input.bytes);
  const token = randomBytes(32).toString("base64url");
  const tokenHash = hashToken(token);
  const fileName = input.fileName.replace(/[\p{Cc}\p{Cf}]/gu, "").slice(0, 255) || "import";
  await db.$transaction([
    db.dataImport.deleteMany({ where: { expiresAt: { lt: now }, appliedAt: null } }),
    db.dataImport.create({
      data: {
        tokenHash,
        kind: input.kind,
        fileName,
        content: Buffer.from(input.bytes),
        actorId: actor.id,
        actorName: actor.name.slice(0, 200),
        expiresAt: new Date(now.getTime() + STAGED_IMPORT_MINUTES * 60_000),
      },
    }),
  ]);
  keepTable(tokenHash, table);
  return stagedFile(spec, token, fileName, table);
}

/**
 * The staged import of this token, if it has not expired and has not been applied. The token (256 random bits, only
 * its hash stored) is what authorises the steps after the upload, for an editor; the uploader is kept for the record.
 */
async function staged(tx: Tx | Db, token: string, now: Date, lock = false) {
  const tokenHash = hashToken(token);
  if (lock) await tx.$queryRaw`SELECT id FROM "DataImport" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
  const found = await tx.dataImport.findUnique({ where: { tokenHash } });
  if (!found || found.expiresAt < now) {
    throw new DomainError("NOT_FOUND", "This upload does not exist or has expired; upload the file again.");
  }
  if (found.appliedAt) throw new DomainError("CONFLICT", "This upload has been applied already.");
  return found;
}

/** A mapping the user sent: one entry per column, each a field of the kind or null, no field twice. */
function checkMapping(spec: ImportDefinition, mapping: readonly (string | null)[], columns: number): (string | null)[] {
  if (mapping.length !== columns) throw new DomainError("BAD_REQUEST", `mapping: expected ${columns} columns`);
  const seen = new Set<string>();
  return mapping.map((field, index) => {
    if (field === null) return null;
    if (!spec.fields.includes(field)) {
      throw new DomainError("BAD_REQUEST", `mapping: column ${index + 1}: unknown field ${field}`);
    }
    if (seen.has(field)) throw new DomainError("BAD_REQUEST", `mapping: field ${field} is chosen twice`);
    seen.add(field);
    return field;
  });
}

export interface ImportPreview {
  file: StagedFile;
  counts: PlanCounts;
  plan: ImportPlan;
}

/** The plan with the given mapping (or the automatic one); remembers the mapping and what the user was shown. */
export async function previewImport(
  db: Db,
  actor: Actor,
  input: { token: string; mapping?: readonly (string | null)[] },
  now = new Date(),
): Promise<ImportPreview> {
  const record = await staged(db, input.token, now);
  const spec = specFor(record.kind, actor);
  const table = await tableOf(record);
  const saved = record.mapping as (string | null)[] | null;
  const mapping = input.mapping
    ? checkMapping(spec, input.mapping, table.headers.length)
    : saved
      ? checkMapping(spec, saved, table.headers.length)
      : columnsOf(spec, table.headers).map((column) => column.field);
  const result = await db.$transaction((tx) => spec.plan(tx, table, mapping), { timeout: APPLY_TIMEOUT_MS });
  await db.dataImport.update({ where: { id: record.id }, data: { mapping, planHash: planHash(result) } });
  return {
    file: stagedFile(spec, input.token, record.fileName, table, mapping),
    counts: planCounts(result),
    plan: result,
  };
}

export interface ImportResult {
  importId: number;
  created: number;
  changed: number;
  counts: PlanCounts;
}

/**
 * Applies the previewed plan in one transaction: the named records locked, the plan made again and compared with
 * the one the user saw (CONFLICT if anything changed since: nothing is written), then every create and change
 * with one audit event each, naming the import. Refused and conflicting rows are not written.
 */
export async function applyImport(
  db: Db,
  actor: Actor,
  input: { token: string },
  now = new Date(),
): Promise<ImportResult> {
  return db.$transaction(
    async (tx) => {
      const record = await staged(tx, input.token, now, true);
      if (!record.planHash || !record.mapping) {
        throw new DomainError("BAD_REQUEST", "Look at the preview before applying the import.");
      }
      const spec = specFor(record.kind, actor);
      const table = await tableOf(record);
      const mapping = checkMapping(spec, record.mapping as (string | null)[], table.headers.length);
      await spec.lock(tx, table, mapping);
      const result = await spec.plan(tx, table, mapping);
      if (planHash(result) !== record.planHash) {
        throw new DomainError(
          "CONFLICT",
          "The records changed since the preview (someone saved in between). Nothing was imported; look at the preview again.",
        );
      }
      const { ids: _ids, ...written } = await spec.apply(tx, actor, result, record.id);
      const counts = planCounts(result);
      await tx.dataImport.update({
        where: { id: record.id },
        data: { appliedAt: now, content: Buffer.alloc(0), summary: { ...written, ...counts } },
      });
      if (lastTable?.tokenHash === record.tokenHash) lastTable = null;
      return { importId: record.id, ...written, counts };
    },
    { timeout: APPLY_TIMEOUT_MS, maxWait: 10_000 },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The page's steps (tRPC): the file as base64, refusals as BAD_REQUEST with the catalogue key, previews cut short
// ---------------------------------------------------------------------------------------------------------------

/** A planned row as the page sees it: without what apply would write. */
export type PreviewRow = PlannedRow extends infer R ? (R extends { input: unknown } ? Omit<R, "input"> : R) : never;

/** Rows of each kind a page's preview lists (the counts are always complete). */
export const PREVIEW_ROWS_SHOWN = 200;

function refusedFile(error: unknown): never {
  if (error instanceof ImportFileError) {
    throw new DomainError("BAD_REQUEST", `The file is refused: ${error.message}`, {
      importFile: { key: error.key, params: error.params },
    });
  }
  throw error;
}

export async function stageUpload(
  db: Db,
  actor: Actor,
  input: { kind: ImportKind; fileName: string; content: string },
): Promise<StagedFile> {
  return stageImport(db, actor, { ...input, bytes: Buffer.from(input.content, "base64") }).catch(refusedFile);
}

/** The preview as the page shows it: at most PREVIEW_ROWS_SHOWN rows of each kind, without what apply would write. */
export async function previewForPage(db: Db, actor: Actor, input: { token: string; mapping?: (string | null)[] }) {
  const preview = await previewImport(db, actor, input).catch(refusedFile);
  const shown: Record<string, number> = {};
  const rows: PreviewRow[] = [];
  for (const row of preview.plan.rows) {
    shown[row.action] = (shown[row.action] ?? 0) + 1;
    if ((shown[row.action] as number) > PREVIEW_ROWS_SHOWN || row.action === "unchanged") continue;
    if (row.action === "create" || row.action === "change") {
      const { input: _written, ...shownRow } = row;
      rows.push(shownRow);
    } else rows.push(row);
  }
  return { file: preview.file, counts: preview.counts, rows };
}
