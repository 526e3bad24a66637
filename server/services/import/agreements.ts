// Importing agreements: the agreement's fields, its partner found by number or by name and country, its rules, and
// the writing of many agreements at once (a statement each for the agreements, their first status entries and their
// audit events). The plan itself is the import's machinery (engine.ts).
import type { Actor } from "../../auth/actor";
import type { Prisma } from "../../db/generated/client";
import type { Tx } from "../../db/prisma";
import { SCOPED_STATUSES } from "../../domain/agreement-status";
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, type AgreementStatus, type AgreementType } from "../../domain/enums";
import { type MessagePath, messageAt, messagesFor } from "../../i18n/messages";
import { AGREEMENT_FIELD_NAMES, AGREEMENT_FIELDS, ZAgreementCreateInput } from "../../schemas/agreement";
import { formatPartialDate, type PartialDate } from "../../schemas/common";
import { fieldColumns } from "../../schemas/fields";
import { initialStatusDate, snapshotAgreements } from "../agreement/write";
import { recordChanges } from "../audit/record";
import { type BulkColumn, bulkInsert, isoDay } from "../shared/bulk";
import { sourceColumns } from "../shared/records";
import { pick } from "../shared/select";
import {
  currentRecords,
  enumCell,
  fieldCells,
  type ImportKindSpec,
  idsByKey,
  planDate,
  precisionHeaders,
  schemaRefusal,
  type Values,
} from "./engine";
import { AGREEMENT_IMPORT_FIELDS, AGREEMENT_IMPORT_LABELS, type AgreementImportField } from "./fields";
import type { ImportPlan, PlannedRow } from "./plan";
import { type PartnerIndex, partnerIndex, readPartnerCell } from "./references";
import { cellText, normalName } from "./values";

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

const readType = enumCell<AgreementType>(AGREEMENT_TYPES, (l) => messagesFor(l).enums.agreementType);
const readStatus = enumCell<AgreementStatus>(AGREEMENT_STATUSES, (l) => messagesFor(l).enums.agreementStatus);

/** The agreement's columns an import compares and writes, as the database holds them. */
const CURRENT_SELECT = {
  ...pick("id", "version", "title", "type", "status", "statusScope", "partnerId", "source", "verified", "notes"),
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
    values[name] = value && typeof value === "object" ? planDate(value) : (value ?? null);
  }
  return values;
}

interface Context {
  partners: PartnerIndex;
  /** Every agreement's title and partner, to refuse a new row that exists already. */
  titles: Map<string, number>;
}

/** Agreements: their fields, the partner by number or name and country, the title and partner as the copy check. */
export const agreementImport: ImportKindSpec<AgreementImportField, Context, AgreementWrite> = {
  kind: "AGREEMENTS",
  entity: "AGREEMENT",
  table: "Agreement",
  fields: AGREEMENT_IMPORT_FIELDS,
  labels: AGREEMENT_IMPORT_LABELS,
  cells: {
    id: "own",
    version: "own",
    title: "text",
    type: "own",
    status: "own",
    statusScope: "text",
    partner: "own",
    countryCode: "own",
    ...fieldCells(AGREEMENT_FIELDS),
    verified: "boolean",
    source: "text",
    notes: "text",
  },
  readOnly: (m) => [
    ...READ_ONLY.map((path) => messageAt(m, path)),
    ...precisionHeaders(m, [
      "agreement.statusSince",
      ...AGREEMENT_FIELD_NAMES.filter((name) => AGREEMENT_FIELDS[name].kind === "partialDate").map(
        (name) => AGREEMENT_FIELDS[name].label,
      ),
    ]),
  ],
  defaults: { status: "PROPOSED", verified: false },
  async prepare(tx, ids) {
    const rows = (await tx.agreement.findMany({
      where: { id: { in: [...ids] } },
      select: CURRENT_SELECT,
    })) as unknown as Current[];
    const titles = idsByKey(
      await tx.agreement.findMany({ select: { id: true, title: true, partnerId: true } }),
      (row) => titleKey(row.title, row.partnerId),
    );
    return {
      context: { partners: await partnerIndex(tx), titles },
      current: currentRecords(rows, (row) => row.title, valuesOf),
    };
  },
  readOwn(field, cell, after, context, cellOf) {
    if (field === "type") return readType(field, cell, after);
    if (field === "status") return readStatus(field, cell, after);
    if (field !== "partner") return null;
    // The partner: by its number (a partner id column), else by a name in any language and the country.
    const country = cellText(cellOf("countryCode") ?? null).toUpperCase();
    return readPartnerCell(context.partners, cellText(cell), country, after, false);
  },
  check(after) {
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
    if (!parsed.success) return schemaRefusal(parsed.error.issues[0]);
    const input = parsed.data;
    if (input.validFrom && input.validUntil && input.validUntil.date < input.validFrom.date) {
      return { ok: false, field: "validUntil", reason: { key: "validation.untilBeforeFrom" } };
    }
    if (input.statusScope && !SCOPED_STATUSES.includes(input.status)) {
      return {
        ok: false,
        field: "statusScope",
        reason: { key: "validation.scopeOnlyFor", params: { statuses: SCOPED_STATUSES.join(", ") } },
      };
    }
    return { ok: true, input: writeInput(input), stored: valuesOfInput(input), label: input.title };
  },
  keyField: "title",
  keys: (input) => [titleKey(input.title, input.partnerId)],
  existing: (key, context) => context.titles.get(key),
  locked: { status: { key: "dataImport.reasons.statusByTransition" } },
  apply: applyAgreementPlan,
};

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
  // A batch at a time: what one statement carries (the rows as JSON, their snapshots, their audit events) stays the
  // size of a batch, not of the file. Prisma's debug module keeps the arguments of its last 100 debug calls, the
  // statements' parameters among them, whether debugging is on or not: 10,000 audit events in one parameter kept
  // that 25 MB string (and its copies) alive after the import; at 250 rows a statement it is 0.6 MB (bench/import.ts).
  let created = 0;
  let changed = 0;
  for (let start = 0; start < Math.max(creates.length, changes.length); start += APPLY_BATCH) {
    const written = await applyAgreementBatch(
      tx,
      actor,
      creates.slice(start, start + APPLY_BATCH),
      changes.slice(start, start + APPLY_BATCH),
      importId,
    );
    created += written.created;
    changed += written.changed;
  }
  return { created, changed };
}

/** Rows an apply writes with one statement. */
export const APPLY_BATCH = 250;

type PlannedOf<A extends PlannedRow["action"]> = Extract<PlannedRow, { action: A }>;

async function applyAgreementBatch(
  tx: Tx,
  actor: Actor,
  creates: readonly PlannedOf<"create">[],
  changes: readonly PlannedOf<"change">[],
  importId: number,
): Promise<{ created: number; changed: number }> {
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
