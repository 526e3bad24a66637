// Importing agreements: which column is which field, what each row would create or change (field by field) and
// which rows are refused or in conflict — the plan — and writing a plan in one transaction, one audit event per
// record naming the import.
import type { Actor } from "../../auth/actor";
import type { Prisma } from "../../db/generated/client";
import type { Tx } from "../../db/prisma";
import { SCOPED_STATUSES } from "../../domain/agreement-status";
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, type AgreementStatus, type AgreementType } from "../../domain/enums";
import { type MessagePath, messageAt, messagesFor } from "../../i18n/messages";
import { keyedMessageOfIssue } from "../../i18n/validation";
import {
  AGREEMENT_FIELD_NAMES,
  AGREEMENT_FIELDS,
  type AgreementField,
  ZAgreementCreateInput,
} from "../../schemas/agreement";
import { formatPartialDate, type PartialDate } from "../../schemas/common";
import { fieldColumns } from "../../schemas/fields";
import { initialStatusDate, snapshotAgreements } from "../agreement/write";
import { recordChanges } from "../audit/record";
import { type BulkColumn, bulkInsert, isoDay } from "../shared/bulk";
import { sourceColumns } from "../shared/records";
import { AGREEMENT_IMPORT_FIELDS, AGREEMENT_IMPORT_LABELS, type AgreementImportField } from "./fields";
import type { Cell, ImportTable } from "./file";
import { type ColumnSpec, type ImportPlan, type PlannedRow, type Reason, refusal } from "./plan";
import { cellText, normalName, readBoolean, readPartialDate, readWholeNumber } from "./values";

/** Columns our export writes that an import does not take (they follow from other records or from history). */
const READ_ONLY: MessagePath[] = [
  "agreement.statusSince",
  "partner.nameLocal",
  "common.country",
  "common.continent",
  "agreement.areas",
  "agreement.predecessor",
  "agreement.lastUpdated",
];

/** The names a header may have for each field: its label in German and English, and the field's own name. */
function headerNames(): { fields: Map<string, AgreementImportField>; readOnly: Set<string> } {
  const fields = new Map<string, AgreementImportField>();
  const readOnly = new Set<string>();
  for (const locale of ["de", "en"] as const) {
    const m = messagesFor(locale);
    for (const field of AGREEMENT_IMPORT_FIELDS) {
      const label = messageAt(m, AGREEMENT_IMPORT_LABELS[field]);
      fields.set(normalName(label), field);
      // "Zuständige Stelle" for "Zuständige Stelle (Köln)": a sheet of one's own rarely copies our brackets.
      const bare = normalName(label.replace(/\s*\([^)]*\)\s*$/, ""));
      if (!fields.has(bare)) fields.set(bare, field);
      fields.set(normalName(field), field);
    }
    const precisionOf = (label: string) => m.exportFile.precision.replace("{field}", label);
    for (const path of READ_ONLY) readOnly.add(normalName(messageAt(m, path)));
    readOnly.add(normalName(precisionOf(messageAt(m, "agreement.statusSince"))));
    for (const name of AGREEMENT_FIELD_NAMES) {
      if (AGREEMENT_FIELDS[name].kind === "partialDate") {
        readOnly.add(normalName(precisionOf(messageAt(m, AGREEMENT_FIELDS[name].label))));
      }
    }
  }
  return { fields, readOnly };
}

/** The columns as found: each header's field (automatically), or why it is not imported. */
export function agreementColumns(headers: readonly string[]): ColumnSpec<AgreementImportField>[] {
  const { fields, readOnly } = headerNames();
  const taken = new Set<AgreementImportField>();
  return headers.map((header, index) => {
    const name = normalName(header);
    const field = fields.get(name) ?? null;
    if (field && !taken.has(field)) {
      taken.add(field);
      return { index, header, field, auto: true, readOnly: false };
    }
    return { index, header, field: null, auto: false, readOnly: readOnly.has(name) };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Planning
// ---------------------------------------------------------------------------------------------------------------

interface PartnerRow {
  id: number;
  nameDe: string;
  nameEn: string;
  nameLocal: string | null;
  countryCode: string;
}

/** Partners by each of their names (German, English, local), normalised. */
async function partnerIndex(tx: Tx) {
  const partners: PartnerRow[] = await tx.partner.findMany({
    select: { id: true, nameDe: true, nameEn: true, nameLocal: true, countryCode: true },
  });
  const byName = new Map<string, PartnerRow[]>();
  for (const partner of partners) {
    const names = new Set(
      [partner.nameDe, partner.nameEn, partner.nameLocal].filter(Boolean).map((n) => normalName(n as string)),
    );
    for (const name of names) {
      const list = byName.get(name) ?? [];
      list.push(partner);
      byName.set(name, list);
    }
  }
  return { byName, byId: new Map(partners.map((partner) => [partner.id, partner])) };
}

/** An enum value by its code or its label in German or English. */
function enumReader<T extends string>(values: readonly T[], labels: (locale: "de" | "en") => Record<T, string>) {
  const byName = new Map<string, T>();
  for (const value of values) {
    byName.set(normalName(value), value);
    for (const locale of ["de", "en"] as const) byName.set(normalName(labels(locale)[value]), value);
  }
  return (text: string) => byName.get(normalName(text)) ?? null;
}
const readType = enumReader<AgreementType>(AGREEMENT_TYPES, (l) => messagesFor(l).enums.agreementType);
const readStatus = enumReader<AgreementStatus>(AGREEMENT_STATUSES, (l) => messagesFor(l).enums.agreementStatus);

/** The agreement's columns an import compares and writes, as the database holds them. */
const CURRENT_SELECT = {
  id: true,
  version: true,
  title: true,
  type: true,
  status: true,
  statusScope: true,
  partnerId: true,
  source: true,
  verified: true,
  notes: true,
  ...Object.fromEntries(
    AGREEMENT_FIELD_NAMES.flatMap((name) =>
      AGREEMENT_FIELDS[name].kind === "partialDate"
        ? [
            [name, true],
            [`${name}Precision`, true],
          ]
        : [[name, true]],
    ),
  ),
} as const satisfies Prisma.AgreementSelect;

type Current = Record<string, unknown> & {
  id: number;
  version: number;
  title: string;
  status: AgreementStatus;
  partnerId: number;
};

/** A record's values as the plan compares and shows them: texts, codes, dates as YYYY[-MM[-DD]], ids. */
export type Values = Record<string, string | number | boolean | null>;

function valuesOf(record: Current): Values {
  const values: Values = {
    title: record.title,
    type: record.type as string,
    status: record.status,
    statusScope: (record.statusScope as string | null) ?? null,
    partnerId: record.partnerId,
    source: (record.source as string | null) ?? null,
    verified: Boolean(record.verified),
    notes: (record.notes as string | null) ?? null,
  };
  for (const name of AGREEMENT_FIELD_NAMES) {
    const field = AGREEMENT_FIELDS[name];
    values[name] =
      field.kind === "partialDate"
        ? formatPartialDate(record[name] as Date | null, record[`${name}Precision`] as PartialDate["precision"]) || null
        : ((record[name] as string | null) ?? null);
  }
  return values;
}

const TEXT_FIELDS = new Set<string>(["title", "statusScope", "source", "notes"]);

function titleKey(title: string, partnerId: number): string {
  return `${partnerId}\u0000${normalName(title)}`;
}

/** The values a row would store, as the plan compares them with the record's (valuesOf). */
function valuesOfInput(input: CreateOutput): Values {
  const values: Values = {
    title: input.title,
    type: input.type,
    status: input.status,
    statusScope: input.statusScope ?? null,
    partnerId: input.partnerId,
    source: input.source ?? null,
    verified: input.verified,
    notes: input.notes ?? null,
  };
  for (const name of AGREEMENT_FIELD_NAMES) {
    const value = input[name] as PartialDate | string | null | undefined;
    values[name] =
      value && typeof value === "object" ? formatPartialDate(value.date, value.precision) : (value ?? null);
  }
  return values;
}

/**
 * The plan of an import: for each row, what it would create or change, or why it is refused, or the conflict it
 * is. Reads the agreements the file names (inside the caller's transaction, which may have locked them) and every
 * partner. Writes nothing.
 */
export async function planAgreements(
  tx: Tx,
  table: ImportTable,
  mapping: readonly (AgreementImportField | null)[],
): Promise<ImportPlan> {
  const column = new Map<AgreementImportField, number>();
  mapping.forEach((field, index) => {
    if (field && !column.has(field)) column.set(field, index);
  });
  const partners = await partnerIndex(tx);
  const idColumn = column.get("id");
  const ids = new Set<number>();
  if (idColumn !== undefined) {
    for (const row of table.rows) {
      const id = readWholeNumber(row[idColumn] ?? null);
      if (id.ok && id.value !== null) ids.add(id.value);
    }
  }
  const currentRows = (await tx.agreement.findMany({
    where: { id: { in: [...ids] } },
    select: CURRENT_SELECT,
  })) as unknown as Current[];
  const current = new Map(currentRows.map((row) => [row.id, row]));
  const seenIds = new Map<number, number>();
  // Every agreement's title and partner, to refuse a new row that exists already.
  const titles = new Map<string, number>();
  for (const row of await tx.agreement.findMany({ select: { id: true, title: true, partnerId: true } })) {
    titles.set(titleKey(row.title, row.partnerId), row.id);
  }
  const newTitles = new Map<string, number>();
  const rows: PlannedRow[] = [];

  const where = (field: AgreementImportField) => {
    const index = column.get(field);
    return index === undefined ? null : { index, header: table.headers[index] ?? "" };
  };

  const planRow = (cells: Cell[], rowIndex: number): PlannedRow => {
    const line = table.lines[rowIndex] ?? rowIndex + 2;
    const cell = (field: AgreementImportField): Cell | undefined => {
      const index = column.get(field);
      return index === undefined ? undefined : (cells[index] ?? null);
    };
    const refuse = (field: AgreementImportField | null, reason: Reason) =>
      refusal(line, field ? where(field) : null, field, reason);

    // Which record: an id (with the version it was exported at) or none (a new one).
    const idRead = readWholeNumber(cell("id") ?? null);
    if (!idRead.ok) return refuse("id", { key: "dataImport.reasons.notANumber", params: { value: idRead.value } });
    const id = idRead.value;
    const existing = id === null ? null : current.get(id);
    if (id !== null && !existing) return refuse("id", { key: "dataImport.reasons.unknownRecord", params: { id } });
    if (id !== null) {
      const first = seenIds.get(id);
      if (first !== undefined)
        return refuse("id", { key: "dataImport.reasons.duplicateId", params: { id, line: first } });
      seenIds.set(id, line);
    }

    // The values the row gives, over the record's current ones.
    const before = existing ? valuesOf(existing) : null;
    const after: Values = before ? { ...before } : { status: "PROPOSED", verified: false };
    for (const field of AGREEMENT_IMPORT_FIELDS) {
      const value = cell(field);
      if (
        value === undefined ||
        field === "id" ||
        field === "version" ||
        field === "partner" ||
        field === "countryCode"
      ) {
        continue;
      }
      if (field === "type" || field === "status") {
        const text = cellText(value);
        if (text === "" && before) continue;
        const code = text === "" ? null : field === "type" ? readType(text) : readStatus(text);
        if (text !== "" && !code) {
          return refuse(field, { key: "dataImport.reasons.notAValue", params: { value: text } });
        }
        if (code) after[field] = code;
      } else if (field === "verified") {
        const read = readBoolean(value);
        if (!read.ok) return refuse(field, { key: "dataImport.reasons.notABoolean", params: { value: read.value } });
        after.verified = read.value;
      } else if (AGREEMENT_FIELDS[field as AgreementField]?.kind === "partialDate") {
        const read = readPartialDate(value);
        if (!read.ok) return refuse(field, { key: "validation.notAPartialDate", params: { value: read.value } });
        after[field] = read.value ? formatPartialDate(read.value.date, read.value.precision) : null;
      } else if (TEXT_FIELDS.has(field) || AGREEMENT_FIELDS[field as AgreementField]) {
        const text = typeof value === "string" ? value.trim() : cellText(value);
        after[field] = text === "" ? null : text;
      }
    }

    // The partner: by its number (a partner id column), else by a name in any language and the country.
    const partnerCell = cell("partner");
    if (partnerCell !== undefined && cellText(partnerCell) !== "") {
      const text = cellText(partnerCell);
      const country = cellText(cell("countryCode") ?? null).toUpperCase();
      const byId = /^\d+$/.test(text) ? partners.byId.get(Number(text)) : undefined;
      const named = byId
        ? [byId]
        : (partners.byName.get(normalName(text)) ?? []).filter((p) => country === "" || p.countryCode === country);
      if (named.length === 0) {
        return refuse("partner", {
          key: country ? "dataImport.reasons.unknownPartnerIn" : "dataImport.reasons.unknownPartner",
          params: { name: text, country },
        });
      }
      if (named.length > 1) {
        return refuse("partner", {
          key: "dataImport.reasons.ambiguousPartner",
          params: { name: text, count: named.length, ids: named.map((p) => p.id).join(", ") },
        });
      }
      after.partnerId = (named[0] as PartnerRow).id;
    }

    // The record's rules: the input schema (as a form would send it), then the rules across fields.
    const parsed = ZAgreementCreateInput.safeParse({
      type: after.type ?? undefined,
      title: after.title ?? "",
      partnerId: after.partnerId ?? undefined,
      status: after.status,
      statusScope: after.statusScope,
      source: after.source,
      verified: after.verified,
      notes: after.notes,
      ...Object.fromEntries(AGREEMENT_FIELD_NAMES.map((name) => [name, after[name] ?? null])),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue?.path[0] ?? "") as AgreementImportField | "partnerId";
      const named: AgreementImportField = field === "partnerId" ? "partner" : field;
      const keyed = issue ? keyedMessageOfIssue(issue) : { key: "invalid" as const };
      // A required field without a column: the reason names the field, the row no column.
      return refuse(column.has(named) ? named : null, {
        key: `validation.${keyed.key}`,
        params: { ...keyed.params },
        field: named,
      });
    }
    const input = parsed.data;
    if (input.validFrom && input.validUntil && input.validUntil.date < input.validFrom.date) {
      return refuse("validUntil", { key: "validation.untilBeforeFrom" });
    }
    if (input.statusScope && !SCOPED_STATUSES.includes(input.status)) {
      return refuse("statusScope", {
        key: "validation.scopeOnlyFor",
        params: { statuses: SCOPED_STATUSES.join(", ") },
      });
    }

    // What would be stored (the schema's output), compared with what is.
    const stored = valuesOfInput(input);

    if (!existing || !before) {
      // A new row whose agreement exists already (same title and partner: the file imported before, or a copy).
      const key = titleKey(input.title, input.partnerId);
      const twin = titles.get(key);
      if (twin !== undefined) {
        return refuse("title", { key: "dataImport.reasons.existsAlready", params: { id: twin } });
      }
      const earlier = newTitles.get(key);
      if (earlier !== undefined) {
        return refuse("title", { key: "dataImport.reasons.duplicateRow", params: { line: earlier } });
      }
      newTitles.set(key, line);
      return { line, action: "create", label: input.title, after: stored, input: writeInput(input) };
    }

    // An update: the version the row was exported at must be the record's current one.
    const versionRead = readWholeNumber(cell("version") ?? null);
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
      .filter((name) => JSON.stringify(stored[name]) !== JSON.stringify(before[name]))
      .map((name) => ({ field: name, before: before[name] ?? null, after: stored[name] ?? null }));
    if (versionRead.value < existing.version) {
      if (changes.length) {
        return {
          line,
          action: "conflict",
          id: existing.id,
          label: existing.title,
          yourVersion: versionRead.value,
          currentVersion: existing.version,
          changes,
        };
      }
      return { line, action: "unchanged", id: existing.id, label: existing.title };
    }
    if (changes.some((change) => change.field === "status")) {
      return refuse("status", { key: "dataImport.reasons.statusByTransition" });
    }
    if (changes.length === 0) {
      return { line, action: "unchanged", id: existing.id, label: existing.title };
    }
    return {
      line,
      action: "change",
      id: existing.id,
      version: existing.version,
      label: input.title,
      changes,
      input: writeInput(input),
    };
  };
  for (const [rowIndex, cells] of table.rows.entries()) rows.push(planRow(cells, rowIndex));
  return { kind: "AGREEMENTS", rows };
}

type CreateOutput = ReturnType<typeof ZAgreementCreateInput.parse>;

/** What apply writes for a row: the agreement's columns. */
function writeInput(input: CreateOutput) {
  return {
    type: input.type,
    title: input.title,
    partnerId: input.partnerId,
    status: input.status,
    statusScope: input.statusScope ?? null,
    ...sourceColumns(input),
    dates: { signedOn: input.signedOn ?? null, councilDecisionOn: input.councilDecisionOn ?? null },
    columns: fieldColumns(AGREEMENT_FIELDS, input),
  };
}
export type AgreementWrite = ReturnType<typeof writeInput>;

// ---------------------------------------------------------------------------------------------------------------
// Applying
// ---------------------------------------------------------------------------------------------------------------

/** The agreement's columns an import writes for a new record (the rest take their defaults or come from triggers). */
const AGREEMENT_COLUMNS: readonly BulkColumn[] = [
  { name: "type", type: '"AgreementType"' },
  { name: "title", type: "text" },
  { name: "partnerId", type: "int" },
  { name: "status", type: '"AgreementStatus"' },
  { name: "statusScope", type: "text" },
  { name: "statusSince", type: "date" },
  { name: "statusSincePrecision", type: '"DatePrecision"' },
  ...AGREEMENT_FIELD_NAMES.flatMap((name): BulkColumn[] =>
    AGREEMENT_FIELDS[name].kind === "partialDate"
      ? [
          { name, type: "date" },
          { name: `${name}Precision`, type: '"DatePrecision"' },
        ]
      : [{ name, type: "text" }],
  ),
  { name: "source", type: "text" },
  { name: "verified", type: "boolean" },
  { name: "notes", type: "text" },
  { name: "updatedAt", type: "timestamptz" },
];

const STATUS_CHANGE_COLUMNS: readonly BulkColumn[] = [
  { name: "agreementId", type: "int" },
  { name: "fromStatus", type: '"AgreementStatus"' },
  { name: "toStatus", type: '"AgreementStatus"' },
  { name: "scope", type: "text" },
  { name: "reason", type: "text" },
  { name: "effectiveOn", type: "date" },
  { name: "effectiveOnPrecision", type: '"DatePrecision"' },
  { name: "changedBy", type: "text" },
];

/** Writes the plan's creates and changes (the caller's transaction; rows locked and the plan checked before). */
export async function applyAgreementPlan(
  tx: Tx,
  actor: Actor,
  plan: ImportPlan,
  importId: number,
): Promise<{ created: number; changed: number }> {
  const creates = plan.rows.filter((row) => row.action === "create");
  const changes = plan.rows.filter((row) => row.action === "change");

  // Creates: the agreements, their first status entry and their audit events, a statement each for all of them.
  const createInputs = creates.map((row) => row.input as AgreementWrite);
  const now = new Date().toISOString();
  const created = await bulkInsert<{ id: number; title: string }>(
    tx,
    "Agreement",
    AGREEMENT_COLUMNS,
    createInputs.map((input) => {
      const effective = initialStatusDate(input.dates);
      const columns: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(input.columns))
        columns[name] = value instanceof Date ? isoDay(value) : value;
      return {
        ...columns,
        type: input.type,
        title: input.title,
        partnerId: input.partnerId,
        status: input.status,
        statusScope: input.statusScope,
        statusSince: isoDay(effective.date),
        statusSincePrecision: effective.precision,
        source: input.source,
        verified: input.verified,
        notes: input.notes,
        updatedAt: now,
      };
    }),
    ["id", "title"],
  );
  if (created.some((row, index) => row.title !== createInputs[index]?.title)) {
    throw new Error("The new agreements came back in another order than they were written.");
  }
  await bulkInsert(
    tx,
    "StatusChange",
    STATUS_CHANGE_COLUMNS,
    created.map((agreement, index) => {
      const input = createInputs[index] as AgreementWrite;
      const effective = initialStatusDate(input.dates);
      return {
        agreementId: agreement.id,
        fromStatus: null,
        toStatus: input.status,
        scope: input.statusScope,
        reason: `Importiert (Import ${importId})`,
        effectiveOn: isoDay(effective.date),
        effectiveOnPrecision: effective.precision,
        changedBy: actor.name.slice(0, 200),
      };
    }),
  );

  // Changes: each agreement's changed columns, its version one up.
  const changeIds = changes.map((row) => row.id as number);
  const beforeSnapshots = await snapshotAgreements(tx, changeIds);
  for (const row of changes) {
    const input = row.input as AgreementWrite;
    await tx.agreement.update({
      where: { id: row.id as number },
      data: {
        ...(input.columns as Partial<Prisma.AgreementUpdateInput>),
        type: input.type,
        title: input.title,
        partner: { connect: { id: input.partnerId } },
        statusScope: input.statusScope,
        source: input.source,
        verified: input.verified,
        notes: input.notes,
        version: { increment: 1 },
      },
      select: { id: true },
    });
  }

  const createdIds = created.map((agreement) => agreement.id);
  const afterSnapshots = await snapshotAgreements(tx, [...createdIds, ...changeIds]);
  await recordChanges(tx, actor, [
    ...created.map((agreement, index) => ({
      action: "CREATE" as const,
      entityType: "AGREEMENT" as const,
      entityId: agreement.id,
      entityLabel: (createInputs[index] as AgreementWrite).title,
      after: afterSnapshots.get(agreement.id) ?? null,
      importId,
    })),
    ...changes.map((row) => ({
      action: "UPDATE" as const,
      entityType: "AGREEMENT" as const,
      entityId: row.id as number,
      entityLabel: (row.input as AgreementWrite).title,
      before: beforeSnapshots.get(row.id as number) ?? null,
      after: afterSnapshots.get(row.id as number) ?? null,
      importId,
    })),
  ]);
  return { created: created.length, changed: changes.length };
}
