// Importing commitments (what an agreement promises): the promise's fields, its agreement by number (or title), the
// owner person by number or name among the Cologne side's people who are not erased (as the form's owner picker;
// the owner a commitment has already is kept even if erased since), the owner unit as text, the due date at its
// precision (not before the agreement was signed), and the status with its reason (DONE and DROPPED need one, as a
// status change in the app; who changed it and when are recorded with it). The linked working group, milestones and
// activities are kept as they are (the export names them, the import does not take them).
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import type { Prisma } from "../../db/generated/client";
import { periodBefore } from "../../domain/date-periods";
import { COMMITMENT_STATUSES, type CommitmentStatus } from "../../domain/enums";
import { messagesFor } from "../../i18n/messages";
import { COMMITMENT_FIELDS, ZCommitmentCreateInput } from "../../schemas/commitment";
import { formatPartialDate, type PartialDate } from "../../schemas/common";
import { commitmentColumns, snapshotCommitment, statusReason } from "../commitment/write";
import { pick } from "../shared/select";
import {
  currentRecords,
  enumCell,
  fieldCells,
  type ImportKindSpec,
  idsByKey,
  plainValues,
  planDate,
  precisionHeaders,
  schemaRefusal,
  serviceRefusal,
  type Values,
  writeRecords,
} from "./engine";
import { COMMITMENT_IMPORT_FIELDS, COMMITMENT_IMPORT_LABELS, type CommitmentImportField } from "./fields";
import { agreementIndex, type PersonIndex, personIndex, readAgreementCell, readPersonCell } from "./references";
import { cellText, normalName } from "./values";

type Input = z.output<typeof ZCommitmentCreateInput> & {
  status: CommitmentStatus;
  statusReason: string | null;
  /** The status differs from the record's (or a new one's is not OPEN): who and when are recorded. */
  statusChanged: boolean;
};

const readStatus = enumCell<CommitmentStatus>(COMMITMENT_STATUSES, (l) => messagesFor(l).commitment.status);

const SELECT = {
  ...pick("id", "version", "title", "quote", "quoteLanguage", "ownerCologne", "ownerPartner", "dueOn"),
  ...pick("dueOnPrecision", "agreementId", "ownerPersonId", "status", "statusReason", "source", "verified"),
  ...pick("notes"),
} as const satisfies Prisma.CommitmentSelect;

interface Stored {
  title: string;
  quote?: string | null;
  quoteLanguage?: string | null;
  ownerCologne?: string | null;
  ownerPartner?: string | null;
  dueOn: string | null;
  agreementId: number;
  ownerPersonId?: number | null;
  status: string;
  statusReason?: string | null;
  source?: string | null;
  verified: boolean;
  notes?: string | null;
}

/** The fields the plan compares. */
const COMPARED = [
  "title",
  "quote",
  "quoteLanguage",
  "ownerCologne",
  "ownerPartner",
  "dueOn",
  "agreementId",
  "ownerPersonId",
  "status",
  "statusReason",
  "source",
  "verified",
  "notes",
] as const;

function valuesOf(row: Stored): Values {
  return plainValues(row, COMPARED);
}

/** A commitment is the same one when its agreement and title are (the copy check of a new row). */
const commitmentKey = (agreementId: number, title: string) => `${agreementId}\u0000${normalName(title)}`;

interface Context {
  agreements: Awaited<ReturnType<typeof agreementIndex>>;
  /** Each agreement's signing date (a due date may not lie before it). */
  signed: Map<number, PartialDate>;
  /** Every person by number and name, and why one may not become an owner (erased, or of the partner side). */
  owners: PersonIndex;
  notOwner: Map<number, "ownerPersonErased" | "ownerPersonNotCologne">;
  commitments: Map<string, number>;
}

const FIELD_OF_PATH: Record<string, CommitmentImportField> = {
  agreementId: "agreement",
  ownerPersonId: "ownerPerson",
  reason: "statusReason",
};

export const commitmentImport: ImportKindSpec<CommitmentImportField, Context, Input> = {
  kind: "COMMITMENTS",
  entity: "COMMITMENT",
  table: "Commitment",
  fields: COMMITMENT_IMPORT_FIELDS,
  labels: COMMITMENT_IMPORT_LABELS,
  cells: {
    id: "own",
    version: "own",
    ...fieldCells(COMMITMENT_FIELDS),
    agreement: "own",
    ownerPerson: "own",
    status: "own",
    statusReason: "text",
    verified: "boolean",
    source: "text",
    notes: "text",
  },
  readOnly: (m) => [
    m.commitment.agreement,
    m.common.partner,
    m.exportFile.ownerPersonId,
    m.commitment.noDeadline,
    m.commitment.overdue,
    m.admin.fields.statusChangedBy ?? "",
    m.admin.fields.statusChangedAt ?? "",
    m.commitment.workingGroup,
    m.commitment.milestones,
    m.commitment.activities,
    m.commitment.lastUpdated,
    ...precisionHeaders(m, [COMMITMENT_FIELDS.dueOn.label]),
  ],
  defaults: { status: "OPEN", statusReason: null, verified: false, ownerPersonId: null },
  async prepare(tx, ids) {
    const rows = await tx.commitment.findMany({ where: { id: { in: [...ids] } }, select: SELECT });
    const current = currentRecords(
      rows,
      (row) => row.title,
      (row) => valuesOf({ ...row, dueOn: planDate(row.dueOn && { date: row.dueOn, precision: row.dueOnPrecision }) }),
    );
    const notOwner = new Map<number, "ownerPersonErased" | "ownerPersonNotCologne">();
    for (const person of await tx.person.findMany({
      where: { OR: [{ erasedAt: { not: null } }, { partnerId: { not: null } }] },
      select: { id: true, erasedAt: true },
    })) {
      notOwner.set(person.id, person.erasedAt ? "ownerPersonErased" : "ownerPersonNotCologne");
    }
    const commitments = idsByKey(
      await tx.commitment.findMany({ select: { id: true, agreementId: true, title: true } }),
      (row) => commitmentKey(row.agreementId, row.title),
    );
    const signed = new Map<number, PartialDate>();
    for (const row of await tx.agreement.findMany({
      where: { signedOn: { not: null } },
      select: { id: true, signedOn: true, signedOnPrecision: true },
    })) {
      signed.set(row.id, { date: row.signedOn as Date, precision: row.signedOnPrecision });
    }
    return {
      context: {
        agreements: await agreementIndex(tx),
        signed,
        owners: await personIndex(tx, {}),
        notOwner,
        commitments,
      },
      current,
    };
  },
  readOwn(field, cell, after, context) {
    if (field === "status") return readStatus(field, cell, after);
    const text = cellText(cell);
    if (field === "ownerPerson") {
      const kept = after.ownerPersonId;
      const reason = readPersonCell(context.owners, text, "ownerPersonId", after);
      if (reason || after.ownerPersonId === null || after.ownerPersonId === kept) return reason;
      // Another owner than the record's own: one the owner picker offers (Cologne side, not erased).
      const why = context.notOwner.get(after.ownerPersonId as number);
      return why ? { key: `validation.${why}` } : null;
    }
    return field === "agreement" ? readAgreementCell(context.agreements, text, after) : null;
  },
  check(after, context, before) {
    const parsed = ZCommitmentCreateInput.safeParse({
      title: after.title ?? "",
      quote: after.quote,
      quoteLanguage: after.quoteLanguage,
      ownerCologne: after.ownerCologne,
      ownerPartner: after.ownerPartner,
      dueOn: after.dueOn,
      agreementId: after.agreementId ?? undefined,
      ownerPersonId: after.ownerPersonId,
      source: after.source,
      verified: after.verified,
      notes: after.notes,
    });
    const fieldOf = (path: string) => FIELD_OF_PATH[path] ?? path;
    if (!parsed.success) return schemaRefusal(parsed.error.issues[0]);
    // The service's rules: a due date not before the signing (at both dates' precision), a reason for DONE/DROPPED.
    const signedOn = context.signed.get(parsed.data.agreementId);
    if (parsed.data.dueOn && signedOn && periodBefore(parsed.data.dueOn, signedOn)) {
      const date = formatPartialDate(signedOn.date, signedOn.precision);
      return { ok: false, field: "dueOn", reason: { key: "validation.dueBeforeSigned", params: { date } } };
    }
    const status = (after.status ?? "OPEN") as CommitmentStatus;
    let reason: string | null = null;
    const refused = serviceRefusal(() => {
      reason = statusReason(status, after.statusReason as string | null);
    }, fieldOf);
    if (refused) return refused;
    const statusChanged = before ? before.status !== status : status !== "OPEN";
    const input: Input = { ...parsed.data, status, statusReason: reason, statusChanged };
    const stored = valuesOf({ ...input, dueOn: planDate(input.dueOn) });
    return { ok: true, input, stored, label: input.title };
  },
  copyReasons: { exists: "commitmentExists", duplicate: "duplicateCommitment" },
  keyField: "title",
  keys: (input) => [commitmentKey(input.agreementId, input.title)],
  existing: (key, context) => context.commitments.get(key),
  apply: writeRecords<Input>({
    entity: "COMMITMENT",
    model: (tx) => tx.commitment,
    columns: (input, actor: Actor) => {
      // The working group it is fulfilled by is not in the file: kept as it is (none for a new commitment).
      const { workingGroupId: _kept, ...columns } = commitmentColumns(input);
      return {
        ...columns,
        status: input.status,
        statusReason: input.statusReason,
        ...(input.statusChanged ? { statusChangedBy: actor.name.slice(0, 200), statusChangedAt: new Date() } : {}),
      };
    },
    snapshot: snapshotCommitment,
    label: (input) => input.title,
    parent: (input) => ({ type: "AGREEMENT", id: input.agreementId }),
  }),
};
