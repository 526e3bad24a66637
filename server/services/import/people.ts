// Importing people: name, role, organisation, e-mail address, and the partner they belong to, found by number or by
// a name in any of its languages and its country (an empty partner cell is the Cologne side). A person whose data
// was erased (GDPR Art. 17) is not changed by an import. Personal data: only roles that may see it import it (the
// import's steps check the role, staged.ts).
import type { z } from "zod";
import type { Prisma } from "../../db/generated/client";
import { PERSON_FIELDS, ZPersonCreateInput } from "../../schemas/person";
import { personColumns, snapshotPerson } from "../person/write";
import { pick } from "../shared/select";
import {
  currentRecords,
  fieldCells,
  type ImportKindSpec,
  idsByKey,
  plainValues,
  schemaRefusal,
  type Values,
  writeRecords,
} from "./engine";
import { PERSON_IMPORT_FIELDS, PERSON_IMPORT_LABELS, type PersonImportField } from "./fields";
import { countryOf, type PartnerIndex, partnerIndex, readPartnerCell } from "./references";
import { cellText, normalName } from "./values";

type Input = z.output<typeof ZPersonCreateInput>;

const SELECT = {
  ...pick("id", "version", "name", "role", "organisation", "email", "partnerId", "source", "verified"),
  ...pick("notes", "erasedAt"),
} as const satisfies Prisma.PersonSelect;

type Row = Prisma.PersonGetPayload<{ select: typeof SELECT }>;

/** The fields the plan compares. */
const COMPARED = ["name", "role", "organisation", "email", "partnerId", "source", "verified", "notes"] as const;

function valuesOf(row: Omit<Row, "id" | "version" | "erasedAt"> | Input): Values {
  return plainValues(row, COMPARED);
}

/** A person is the same one when name, organisation and partner are (the copy check of a new row). */
const personKey = (values: Values) =>
  [normalName(String(values.name ?? "")), normalName(String(values.organisation ?? "")), values.partnerId ?? ""].join(
    "\u0000",
  );

interface Context {
  partners: PartnerIndex;
  people: Map<string, number>;
}

export const personImport: ImportKindSpec<PersonImportField, Context, Input> = {
  kind: "PEOPLE",
  entity: "PERSON",
  table: "Person",
  fields: PERSON_IMPORT_FIELDS,
  labels: PERSON_IMPORT_LABELS,
  cells: {
    id: "own",
    version: "own",
    ...fieldCells(PERSON_FIELDS),
    partner: "own",
    country: "own",
    verified: "boolean",
    source: "text",
    notes: "text",
  },
  readOnly: (m) => [m.person.side, m.exportFile.activityCount, m.exportFile.workingGroupCount, m.person.lastUpdated],
  defaults: { verified: false, partnerId: null },
  async prepare(tx, ids) {
    const rows = await tx.person.findMany({ where: { id: { in: [...ids] } }, select: SELECT });
    const current = currentRecords(
      rows,
      (row) => row.name,
      valuesOf,
      (row) => (row.erasedAt ? { key: "dataImport.reasons.erased", params: { id: row.id } } : undefined),
    );
    const people = idsByKey(
      await tx.person.findMany({
        where: { erasedAt: null },
        select: { id: true, name: true, organisation: true, partnerId: true },
      }),
      (person) => personKey(valuesOf({ ...person, verified: false } as never)),
    );
    return { context: { partners: await partnerIndex(tx), people }, current };
  },
  readOwn(field, cell, after, context, cellOf) {
    if (field !== "partner") return null;
    // The partner: by number or by a name in any language within the country (its code or its name); empty: Cologne.
    const countryText = cellText(cellOf("country") ?? null);
    const country = countryOf(countryText);
    if (country === null) return { key: "dataImport.reasons.unknownCountry", params: { value: countryText } };
    return readPartnerCell(context.partners, cellText(cell), country, after, true);
  },
  check(after) {
    const parsed = ZPersonCreateInput.safeParse({
      name: after.name ?? "",
      role: after.role,
      organisation: after.organisation,
      email: after.email,
      partnerId: after.partnerId,
      source: after.source,
      verified: after.verified,
      notes: after.notes,
    });
    if (!parsed.success) return schemaRefusal(parsed.error.issues[0]);
    const input = parsed.data;
    return { ok: true, input, stored: valuesOf(input), label: input.name };
  },
  copyReasons: { exists: "personExists", duplicate: "duplicatePerson" },
  keyField: "name",
  keys: (_input, stored) => [personKey(stored)],
  existing: (key, context) => context.people.get(key),
  apply: writeRecords<Input>({
    entity: "PERSON",
    model: (tx) => tx.person,
    columns: personColumns,
    snapshot: snapshotPerson,
    label: (input) => input.name,
  }),
};
