// The import's machinery, the same for every record kind: which column is which field, what each row would create or
// change (field by field), which rows are refused or in conflict — the plan — and how a plan is written (one audit
// event per record, naming the import). A kind (agreements.ts, partners.ts, people.ts) says only what is its own: its
// fields, how a row becomes the record's input (its schema and references), and how the records are written.
import type { Actor } from "../../auth/actor";
import type { AuditEntity, ImportKind } from "../../db/generated/enums";
import type { Tx } from "../../db/prisma";
import { DomainError } from "../../domain/errors";
import { type MessagePath, type Messages, messageAt, messagesFor } from "../../i18n/messages";
import { keyedMessageOfIssue } from "../../i18n/validation";
import { formatPartialDate } from "../../schemas/common";
import type { RecordField } from "../../schemas/fields";
import { type ChangeEvent, recordChanges, type Snapshot } from "../audit/record";
import { REFERENCE_FIELDS } from "./fields";
import type { Cell, ImportTable } from "./file";
import {
  type ColumnSpec,
  type ImportPlan,
  nameConflictAuthors,
  type PlannedRow,
  type PlanValue,
  type Reason,
  refusal,
} from "./plan";
import { cellText, normalName, readBoolean, readPartialDate, readWholeNumber } from "./values";

/** A record's values as the plan compares and shows them: texts, codes, dates as YYYY[-MM[-DD]], ids. */
export type Values = Record<string, PlanValue>;

/** How a field's cell is read: plain kinds here; "own" fields are read by the kind (enums, references). */
export type CellKind = "text" | "partialDate" | "day" | "boolean" | "own";

/** A record as the database holds it, for the plan: its version, its name in the preview, its values. */
export interface CurrentRecord {
  id: number;
  version: number;
  label: string;
  values: Values;
  /** A record the import may not change (e.g. a person whose data was erased). */
  refuse?: Reason;
}

/** A record's (or an input's) plain values as the plan compares them: the named fields, absent ones as null. */
export function plainValues<F extends string>(record: Partial<Record<F, unknown>>, fields: readonly F[]): Values {
  return Object.fromEntries(fields.map((field) => [field, (record[field] as PlanValue | undefined) ?? null]));
}

/** The records a file names as the plan compares them (by id): each one's name, its values, why it is kept as it is. */
export function currentRecords<R extends { id: number; version: number }>(
  rows: readonly R[],
  label: (row: R) => string,
  values: (row: R) => Values,
  refuse?: (row: R) => Reason | undefined,
): Map<number, CurrentRecord> {
  return new Map(
    rows.map((row) => [
      row.id,
      { id: row.id, version: row.version, label: label(row), values: values(row), refuse: refuse?.(row) },
    ]),
  );
}

/** Every record's id by each of its keys (the copy check of new rows: names, titles, …). */
export function idsByKey<R extends { id: number }>(rows: readonly R[], keys: (row: R) => string | string[]) {
  const ids = new Map<string, number>();
  for (const row of rows) for (const key of [keys(row)].flat()) ids.set(key, row.id);
  return ids;
}

export type RowCheck<I> =
  | { ok: true; input: I; stored: Values; label: string }
  | { ok: false; field: string | null; reason: Reason };

export interface ImportKindSpec<F extends string = string, C = unknown, I = unknown> {
  kind: ImportKind;
  entity: AuditEntity;
  /** The table whose named rows apply locks (FOR UPDATE) before planning again. */
  table: string;
  /** The fields a column may be mapped to (with "id" and "version"). */
  fields: readonly F[];
  labels: Readonly<Record<F, MessagePath>>;
  cells: Readonly<Record<F, CellKind>>;
  /** Other headers a field's column may have (e.g. the XLSX sheet's "Nr." beside the CSV's "Arbeitsgruppe Nr."). */
  aliases?: Readonly<Partial<Record<F, readonly MessagePath[]>>>;
  /** The headers of the export's columns that an import does not take, in one language. */
  readOnly(m: Messages): string[];
  /** What the plan needs besides the rows: the records the file names (by id), references, existing names. */
  prepare(tx: Tx, ids: readonly number[]): Promise<{ context: C; current: Map<number, CurrentRecord> }>;
  /** A new record's values before the row's. */
  defaults: Values;
  /** Reads an "own" cell into the row's values; returns why it is refused, or null. */
  readOwn?(field: F, cell: Cell, after: Values, context: C, cellOf: (field: F) => Cell | undefined): Reason | null;
  /** The row's values as the record's input (its schema, its rules across fields), or why not; `before`: the record's. */
  check(after: Values, context: C, before: Values | null): RowCheck<I>;
  /** For a new row: the keys that would make it a copy of an existing record or of another row (e.g. its names). */
  keys?(input: I, stored: Values): string[];
  /** The field a copy's refusal points at (its column), and its reasons (a record exists; an earlier row). */
  keyField?: F;
  copyReasons?: { exists: string; duplicate: string };
  /** The existing record a key names (the file imported before), if any. */
  existing?(key: string, context: C): number | undefined;
  /** Fields an import may not change (an agreement's status changes through its transition). */
  locked?: Partial<Record<string, Reason>>;
  /** Writes the plan's creates and changes (the caller's transaction; rows locked and the plan checked before). */
  apply(tx: Tx, actor: Actor, plan: ImportPlan, importId: number): Promise<Applied>;
}

/** What an apply wrote; `ids`: each created record's id by the line of its row (a grouped import links to them). */
export interface Applied {
  created: number;
  changed: number;
  ids?: Map<number, number>;
}

/**
 * What the import's steps (staged.ts) need of a kind: its columns, its plan, the rows apply locks, its writes. A
 * kind of one record per row is singleImport(spec); a kind of two (a working group and its milestone) grouped.ts.
 */
export interface ImportDefinition {
  kind: ImportKind;
  /** Whose import this is in the preview's words (the kind of its records). */
  entity: AuditEntity;
  fields: readonly string[];
  labels: Readonly<Record<string, MessagePath>>;
  aliases?: Readonly<Partial<Record<string, readonly MessagePath[]>>>;
  readOnly(m: Messages): string[];
  /** The plan, with who changed each conflicting record last (nameConflictAuthors). Writes nothing. */
  plan(tx: Tx, table: ImportTable, mapping: readonly (string | null)[]): Promise<ImportPlan>;
  /** Locks (FOR UPDATE) the records the file names, before apply plans again. */
  lock(tx: Tx, table: ImportTable, mapping: readonly (string | null)[]): Promise<void>;
  apply(tx: Tx, actor: Actor, plan: ImportPlan, importId: number): Promise<Applied>;
}

/** Locks the rows of `table` (a kind's definition, never input) with these ids. */
export async function lockRows(tx: Tx, table: string, ids: readonly number[]): Promise<void> {
  if (ids.length) await tx.$queryRawUnsafe(`SELECT id FROM "${table}" WHERE id = ANY($1::int[]) FOR UPDATE`, ids);
}

/** The definition of a kind whose rows are one record each. */
export function singleImport<F extends string, C, I>(spec: ImportKindSpec<F, C, I>): ImportDefinition {
  return {
    ...(spec as unknown as ImportKindSpec),
    async plan(tx, table, mapping) {
      const result = await planImport(tx, spec, table, mapping);
      await nameConflictAuthors(tx, spec.entity, result);
      return result;
    },
    lock: (tx, table, mapping) => lockRows(tx, spec.table, idsOf(table, mapping)),
    apply: spec.apply,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Columns
// ---------------------------------------------------------------------------------------------------------------

/** The names a header may have for each field: its label in German and English, and the field's own name. */
type ColumnsOf = Pick<ImportDefinition, "fields" | "labels" | "aliases" | "readOnly">;

function headerNames(spec: ColumnsOf) {
  const fields = new Map<string, string>();
  const readOnly = new Set<string>();
  for (const locale of ["de", "en"] as const) {
    const m = messagesFor(locale);
    for (const field of spec.fields) {
      const label = messageAt(m, spec.labels[field] as MessagePath);
      if (!fields.has(normalName(label))) fields.set(normalName(label), field);
      // "Zuständige Stelle" for "Zuständige Stelle (Köln)": a sheet of one's own rarely copies our brackets.
      const bare = normalName(label.replace(/\s*\([^)]*\)\s*$/, ""));
      if (!fields.has(bare)) fields.set(bare, field);
      fields.set(normalName(field), field);
      for (const alias of spec.aliases?.[field] ?? []) {
        const name = normalName(messageAt(m, alias));
        if (!fields.has(name)) fields.set(name, field);
      }
    }
    for (const header of spec.readOnly(m)) readOnly.add(normalName(header));
  }
  return { fields, readOnly };
}

/** The columns as found: each header's field (automatically), or why it is not imported. */
export function columnsOf(spec: ColumnsOf, headers: readonly string[]): ColumnSpec[] {
  const { fields, readOnly } = headerNames(spec);
  const taken = new Set<string>();
  return headers.map((header, index) => {
    const name = normalName(header);
    const field = readOnly.has(name) ? null : (fields.get(name) ?? null);
    if (field && !taken.has(field)) {
      taken.add(field);
      return { index, header, field, auto: true, readOnly: false };
    }
    return { index, header, field: null, auto: false, readOnly: readOnly.has(name) };
  });
}

/** The header of "Präzision: Unterzeichnet" our export writes beside each partial date (not imported). */
export function precisionHeaders(m: Messages, labels: readonly MessagePath[]): string[] {
  return labels.map((label) => m.exportFile.precision.replace("{field}", messageAt(m, label)));
}

/** The cell kinds of a record's field table (for the plain fields every layer reads from it). */
export function fieldCells<F extends Record<string, RecordField>>(fields: F): Record<keyof F, CellKind> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, field]) => [
      name,
      field.kind === "partialDate" ? "partialDate" : field.kind === "date" ? "day" : "text",
    ]),
  ) as Record<keyof F, CellKind>;
}

/** The ids a file names in its id column (to read and lock them). */
export function idsOf(table: ImportTable, mapping: readonly (string | null)[]): number[] {
  const column = mapping.indexOf("id");
  if (column < 0) return [];
  const ids = new Set<number>();
  for (const row of table.rows) {
    const id = readWholeNumber(row[column] ?? null);
    if (id.ok && id.value !== null) ids.add(id.value);
  }
  return [...ids];
}

// ---------------------------------------------------------------------------------------------------------------
// Planning
// ---------------------------------------------------------------------------------------------------------------

/** An enum value by its code or its label in German or English. */
export function enumReader<T extends string>(values: readonly T[], labels: (locale: "de" | "en") => Record<T, string>) {
  const byName = new Map<string, T>();
  for (const value of values) {
    byName.set(normalName(value), value);
    for (const locale of ["de", "en"] as const) byName.set(normalName(labels(locale)[value]), value);
  }
  return (text: string) => byName.get(normalName(text)) ?? null;
}

/** Reads an enum cell into `after[field]`: an empty cell keeps the value, an unknown one is refused. */
export function readEnumCell<T extends string>(
  read: (text: string) => T | null,
  field: string,
  cell: Cell,
  after: Values,
): Reason | null {
  const text = cellText(cell);
  if (text === "") return null;
  const code = read(text);
  if (!code) return { key: "dataImport.reasons.notAValue", params: { value: text } };
  after[field] = code;
  return null;
}

/** Reads an enum field's cell (its code or label in German or English) into the row's values: `read(field, cell, after)`. */
export function enumCell<T extends string>(values: readonly T[], labels: (locale: "de" | "en") => Record<T, string>) {
  const read = enumReader(values, labels);
  return (field: string, cell: Cell, after: Values) => readEnumCell(read, field, cell, after);
}

/** A zod issue of the record's input schema as the row's refusal, naming its field. */
export function schemaRefusal(
  issue: Parameters<typeof keyedMessageOfIssue>[0] | undefined,
  fieldOf: (path: string) => string = (path) => REFERENCE_FIELDS[path] ?? path,
): { ok: false; field: string; reason: Reason } {
  const field = fieldOf(String(issue?.path[0] ?? ""));
  const keyed = issue ? keyedMessageOfIssue(issue) : { key: "invalid" as const };
  return { ok: false, field, reason: { key: `validation.${keyed.key}`, params: { ...keyed.params }, field } };
}

/**
 * A service's rule (a function that throws invalidField, e.g. the milestone's done date or the commitment's reason)
 * as the row's refusal: its field and its catalogue key. Other errors are thrown on.
 */
export function serviceRefusal(
  rule: () => void,
  fieldOf: (path: string) => string = (path) => REFERENCE_FIELDS[path] ?? path,
): { ok: false; field: string; reason: Reason } | null {
  try {
    rule();
    return null;
  } catch (error) {
    const keys = error instanceof DomainError ? error.details?.fieldErrorKeys : undefined;
    const [path, keyed] = Object.entries(keys ?? {})[0] ?? [];
    if (!path || !keyed?.[0]) throw error;
    const field = fieldOf(path);
    return { ok: false, field, reason: { key: `validation.${keyed[0].key}`, params: { ...keyed[0].params } } };
  }
}

/** A date value of the plan: YYYY, YYYY-MM or YYYY-MM-DD (or null). */
export function planDate(value: { date: Date; precision: "DAY" | "MONTH" | "YEAR" } | null | undefined) {
  return value ? formatPartialDate(value.date, value.precision) : null;
}

function readPlainCell(kind: CellKind, cell: Cell): { value: PlanValue } | { reason: Reason } {
  if (kind === "boolean") {
    const read = readBoolean(cell);
    return read.ok
      ? { value: read.value }
      : { reason: { key: "dataImport.reasons.notABoolean", params: { value: read.value } } };
  }
  if (kind === "partialDate" || kind === "day") {
    const read = readPartialDate(cell);
    if (!read.ok) return { reason: { key: "validation.notAPartialDate", params: { value: read.value } } };
    if (kind === "day" && read.value && read.value.precision !== "DAY") {
      return { reason: { key: "validation.notAPartialDate", params: { value: cellText(cell) } } };
    }
    return { value: read.value ? formatPartialDate(read.value.date, read.value.precision) : null };
  }
  const text = typeof cell === "string" ? cell.trim() : cellText(cell);
  return { value: text === "" ? null : text };
}

/**
 * The plan of an import: for each row, what it would create or change, or why it is refused, or the conflict it is.
 * Reads what the kind needs (inside the caller's transaction, which may have locked the named records). Writes nothing.
 */
export async function planImport<F extends string, C, I>(
  tx: Tx,
  spec: ImportKindSpec<F, C, I>,
  table: ImportTable,
  mapping: readonly (string | null)[],
): Promise<ImportPlan> {
  const column = new Map<F, number>();
  mapping.forEach((field, index) => {
    if (field && !column.has(field as F)) column.set(field as F, index);
  });
  const { context, current } = await spec.prepare(tx, idsOf(table, mapping));
  const seenIds = new Map<number, number>();
  const newKeys = new Map<string, number>();
  const where = (field: F) => {
    const index = column.get(field);
    return index === undefined ? null : { index, header: table.headers[index] ?? "" };
  };

  const planRow = (cells: Cell[], rowIndex: number): PlannedRow => {
    const line = table.lines[rowIndex] ?? rowIndex + 2;
    const cellOf = (field: F): Cell | undefined => {
      const index = column.get(field);
      return index === undefined ? undefined : (cells[index] ?? null);
    };
    const refuse = (field: string | null, reason: Reason) =>
      refusal(line, field && column.has(field as F) ? where(field as F) : null, field, reason);

    // Which record: an id (with the version it was exported at) or none (a new one).
    const idRead = readWholeNumber(cellOf("id" as F) ?? null);
    if (!idRead.ok) return refuse("id", { key: "dataImport.reasons.notANumber", params: { value: idRead.value } });
    const id = idRead.value;
    const existing = id === null ? undefined : current.get(id);
    if (id !== null && !existing) return refuse("id", { key: "dataImport.reasons.unknownRecord", params: { id } });
    if (id !== null) {
      const first = seenIds.get(id);
      if (first !== undefined)
        return refuse("id", { key: "dataImport.reasons.duplicateId", params: { id, line: first } });
      seenIds.set(id, line);
    }
    if (existing?.refuse) return refuse("id", existing.refuse);

    // The values the row gives, over the record's current ones.
    const before = existing?.values ?? null;
    const after: Values = before ? { ...before } : { ...spec.defaults };
    for (const field of spec.fields) {
      const cell = cellOf(field);
      if (cell === undefined || field === "id" || field === "version") continue;
      const kind = spec.cells[field];
      if (kind === "own") {
        const reason = spec.readOwn?.(field, cell, after, context, cellOf) ?? null;
        if (reason) return refuse(field, reason);
        continue;
      }
      const read = readPlainCell(kind, cell);
      if ("reason" in read) return refuse(field, read.reason);
      after[field] = read.value;
    }

    const checked = spec.check(after, context, before);
    if (!checked.ok) return refuse(checked.field, checked.reason);
    const { input, stored, label } = checked;

    if (!existing || !before) {
      // A new row whose record exists already (the file imported before, or a copy), or that repeats another row.
      for (const key of spec.keys?.(input, stored) ?? []) {
        const twin = spec.existing?.(key, context);
        const at = spec.keyField ?? null;
        const reasons = spec.copyReasons ?? { exists: "existsAlready", duplicate: "duplicateRow" };
        if (twin !== undefined)
          return refuse(at, { key: `dataImport.reasons.${reasons.exists}`, params: { id: twin } });
        const earlier = newKeys.get(key);
        if (earlier !== undefined) {
          return refuse(at, { key: `dataImport.reasons.${reasons.duplicate}`, params: { line: earlier } });
        }
      }
      for (const key of spec.keys?.(input, stored) ?? []) newKeys.set(key, line);
      return { line, action: "create", label, after: stored, input };
    }

    // An update: the version the row was exported at must be the record's current one.
    const versionRead = readWholeNumber(cellOf("version" as F) ?? null);
    if (!versionRead.ok || versionRead.value === null) {
      return refuse("version", { key: "dataImport.reasons.versionMissing" });
    }
    if (versionRead.value > existing.version) {
      return refuse("version", {
        key: "dataImport.reasons.versionUnknown",
        params: { version: versionRead.value, current: existing.version },
      });
    }
    const changes = Object.keys(stored)
      .filter((name) => JSON.stringify(stored[name]) !== JSON.stringify(before[name] ?? null))
      .map((name) => ({ field: name, before: before[name] ?? null, after: stored[name] ?? null }));
    if (versionRead.value < existing.version) {
      if (changes.length === 0) return { line, action: "unchanged", id: existing.id, label: existing.label };
      return {
        line,
        action: "conflict",
        id: existing.id,
        label: existing.label,
        yourVersion: versionRead.value,
        currentVersion: existing.version,
        changes,
      };
    }
    for (const change of changes) {
      const reason = spec.locked?.[change.field];
      if (reason) return refuse(change.field, reason);
    }
    if (changes.length === 0) return { line, action: "unchanged", id: existing.id, label: existing.label };
    return { line, action: "change", id: existing.id, version: existing.version, label, changes, input };
  };

  const rows: PlannedRow[] = [];
  for (const [rowIndex, cells] of table.rows.entries()) rows.push(planRow(cells, rowIndex));
  return { kind: spec.kind, rows };
}

// ---------------------------------------------------------------------------------------------------------------
// Applying, a record at a time (kinds with few rows a city has; agreements write in bulk, agreements.ts)
// ---------------------------------------------------------------------------------------------------------------

export interface RecordWriter<I> {
  entity: AuditEntity;
  /** Creates the record; its id. */
  create(tx: Tx, input: I, actor: Actor): Promise<number>;
  /** Changes the record's columns and puts its version one up. */
  update(tx: Tx, id: number, input: I, actor: Actor): Promise<void>;
  /** The record as its audit events store it (the service's own snapshot). */
  snapshot(tx: Tx, id: number): Promise<Snapshot | null>;
  /** Its name in the audit trail. */
  label(input: I): string;
  /** The record it belongs to in the audit trail (a milestone's working group). */
  parent?(input: I): { type: AuditEntity; id: number };
}

/** A Prisma model's create and update as a writer uses them (tx.partner, tx.person, tx.activity). */
interface ModelDelegate {
  create(args: { data: never; select: { id: true } }): Promise<{ id: number }>;
  update(args: { where: { id: number }; data: never; select: { id: true } }): Promise<unknown>;
}

/**
 * The writer of a kind whose records are one row with the columns its service writes (`columns`, the service's own
 * function), and links the import replaces (`links`, after the row is written).
 */
export function modelWriter<I>(options: {
  entity: AuditEntity;
  model: (tx: Tx) => unknown;
  /** The columns written (`actor`: for columns that name who changed something, e.g. a commitment's status). */
  columns: (input: I, actor: Actor) => Record<string, unknown>;
  snapshot: (tx: Tx, id: number) => Promise<Snapshot | null>;
  label: (input: I) => string;
  parent?: (input: I) => { type: AuditEntity; id: number };
  links?: (tx: Tx, id: number, input: I) => Promise<void>;
}): RecordWriter<I> {
  const model = (tx: Tx) => options.model(tx) as ModelDelegate;
  return {
    entity: options.entity,
    label: options.label,
    snapshot: options.snapshot,
    parent: options.parent,
    async create(tx, input, actor) {
      const { id } = await model(tx).create({ data: options.columns(input, actor) as never, select: { id: true } });
      await options.links?.(tx, id, input);
      return id;
    },
    async update(tx, id, input, actor) {
      const data = { ...options.columns(input, actor), version: { increment: 1 } };
      await model(tx).update({ where: { id }, data: data as never, select: { id: true } });
      await options.links?.(tx, id, input);
    },
  };
}

/** A kind's apply that writes a record at a time with the columns its service writes (modelWriter's options). */
export function writeRecords<I>(
  options: Parameters<typeof modelWriter<I>>[0],
): ImportKindSpec<string, unknown, I>["apply"] {
  return applyWith(modelWriter(options));
}

/** A kind's apply with a writer: every create and change a record at a time, the audit events in batches. */
export function applyWith<I>(writer: RecordWriter<I>): ImportKindSpec<string, unknown, I>["apply"] {
  return (tx, actor, plan, importId) => applyRecords(tx, actor, plan, importId, writer);
}

/** Writes every create and change with the kind's writer, then one audit event per record naming the import. */
export async function applyRecords<I>(
  tx: Tx,
  actor: Actor,
  plan: ImportPlan,
  importId: number,
  writer: RecordWriter<I>,
): Promise<Applied> {
  const events: ChangeEvent[] = [];
  const ids = new Map<number, number>();
  let changed = 0;
  for (const row of plan.rows) {
    if (row.action === "create") {
      const input = row.input as I;
      const id = await writer.create(tx, input, actor);
      const after = await writer.snapshot(tx, id);
      events.push({
        action: "CREATE",
        entityType: writer.entity,
        entityId: id,
        entityLabel: writer.label(input),
        parent: writer.parent?.(input),
        after,
        importId,
      });
      ids.set(row.line, id);
    } else if (row.action === "change") {
      const input = row.input as I;
      const before = await writer.snapshot(tx, row.id);
      await writer.update(tx, row.id, input, actor);
      const after = await writer.snapshot(tx, row.id);
      events.push({
        action: "UPDATE",
        entityType: writer.entity,
        entityId: row.id,
        entityLabel: writer.label(input),
        parent: writer.parent?.(input),
        before,
        after,
        importId,
      });
      changed++;
    }
  }
  // The audit events in batches (one statement each; see APPLY_BATCH in agreements.ts for why not all at once).
  for (let start = 0; start < events.length; start += 250) {
    await recordChanges(tx, actor, events.slice(start, start + 250));
  }
  return { created: ids.size, changed, ids };
}
