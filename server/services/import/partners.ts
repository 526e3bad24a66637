// Importing partners: the partner's fields (names, country, continent, kind, coordinates), the continent and kind by
// code or label, and a new row refused when a partner of one of its names exists in its country already.
import type { z } from "zod";
import type { Prisma } from "../../db/generated/client";
import { CONTINENTS, type Continent, PARTNER_KINDS, type PartnerKind } from "../../domain/enums";
import { messagesFor } from "../../i18n/messages";
import { PARTNER_FIELDS, ZPartnerCreateInput } from "../../schemas/partner";
import { partnerColumns, snapshotPartner } from "../partner/write";
import { pick } from "../shared/select";
import {
  currentRecords,
  enumCell,
  fieldCells,
  type ImportKindSpec,
  idsByKey,
  plainValues,
  schemaRefusal,
  type Values,
  writeRecords,
} from "./engine";
import { PARTNER_IMPORT_FIELDS, PARTNER_IMPORT_LABELS, type PartnerImportField } from "./fields";
import { partnerNames } from "./references";
import { cellText } from "./values";

type Input = z.output<typeof ZPartnerCreateInput>;

const readContinent = enumCell<Continent>(CONTINENTS, (l) => messagesFor(l).enums.continent);
const readKind = enumCell<PartnerKind>(PARTNER_KINDS, (l) => messagesFor(l).enums.partnerKind);

const SELECT = {
  ...pick("id", "version", "nameDe", "nameEn", "nameLocal", "countryCode", "continent", "kind", "website"),
  ...pick("latitude", "longitude", "source", "verified", "notes"),
} as const satisfies Prisma.PartnerSelect;

type Row = Prisma.PartnerGetPayload<{ select: typeof SELECT }>;

/** The fields the plan compares. */
const COMPARED = [
  "nameDe",
  "nameEn",
  "nameLocal",
  "countryCode",
  "continent",
  "kind",
  "website",
  "latitude",
  "longitude",
  "source",
  "verified",
  "notes",
] as const;

function valuesOf(row: Omit<Row, "id" | "version"> | Input): Values {
  return plainValues(row, COMPARED);
}

const nameKey = (country: string, name: string) => `${country}\u0000${name}`;

/** A coordinate as written in either language: "50.9375" or "50,9375". */
function readCoordinate(cell: unknown): number | null | undefined {
  if (typeof cell === "number") return cell;
  const text = cellText(cell as never).replace(",", ".");
  if (text === "") return null;
  return /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

interface Context {
  /** Every partner by its country and each of its names. */
  names: Map<string, number>;
}

export const partnerImport: ImportKindSpec<PartnerImportField, Context, Input> = {
  kind: "PARTNERS",
  entity: "PARTNER",
  table: "Partner",
  fields: PARTNER_IMPORT_FIELDS,
  labels: PARTNER_IMPORT_LABELS,
  cells: {
    id: "own",
    version: "own",
    ...fieldCells(PARTNER_FIELDS),
    countryCode: "own",
    continent: "own",
    kind: "own",
    latitude: "own",
    longitude: "own",
    verified: "boolean",
    source: "text",
    notes: "text",
  },
  readOnly: (m) => [m.common.country, m.exportFile.agreementCount, m.partner.agreementStatuses, m.partner.lastUpdated],
  defaults: { kind: "CITY", verified: false },
  async prepare(tx, ids) {
    const rows = await tx.partner.findMany({ where: { id: { in: [...ids] } }, select: SELECT });
    const names = idsByKey(
      await tx.partner.findMany({
        select: { id: true, nameDe: true, nameEn: true, nameLocal: true, countryCode: true },
      }),
      (partner) => partnerNames(partner).map((name) => nameKey(partner.countryCode, name)),
    );
    return { context: { names }, current: currentRecords(rows, (row) => row.nameDe, valuesOf) };
  },
  readOwn(field, cell, after) {
    if (field === "continent") return readContinent(field, cell, after);
    if (field === "kind") return readKind(field, cell, after);
    if (field === "countryCode") {
      const text = cellText(cell).toUpperCase();
      after.countryCode = text === "" ? null : text;
      return null;
    }
    if (field === "latitude" || field === "longitude") {
      const value = readCoordinate(cell);
      if (value === undefined) return { key: "dataImport.reasons.notANumber", params: { value: cellText(cell) } };
      after[field] = value;
    }
    return null;
  },
  check(after) {
    const parsed = ZPartnerCreateInput.safeParse({
      nameDe: after.nameDe ?? "",
      nameEn: after.nameEn ?? "",
      nameLocal: after.nameLocal,
      website: after.website,
      countryCode: after.countryCode ?? "",
      continent: after.continent ?? undefined,
      kind: after.kind ?? undefined,
      latitude: after.latitude,
      longitude: after.longitude,
      source: after.source,
      verified: after.verified,
      notes: after.notes,
    });
    if (!parsed.success) return schemaRefusal(parsed.error.issues[0]);
    const input = parsed.data;
    // A map pin needs both coordinates (the partner service's rule).
    if ((input.latitude == null) !== (input.longitude == null)) {
      const field = input.latitude == null ? "latitude" : "longitude";
      return { ok: false, field, reason: { key: `validation.${field}Missing` } };
    }
    return { ok: true, input, stored: valuesOf(input), label: input.nameDe };
  },
  copyReasons: { exists: "partnerExists", duplicate: "duplicatePartner" },
  keyField: "nameDe",
  keys: (input) => partnerNames(input).map((name) => nameKey(input.countryCode, name)),
  existing: (key, context) => context.names.get(key),
  apply: writeRecords<Input>({
    entity: "PARTNER",
    model: (tx) => tx.partner,
    columns: partnerColumns,
    snapshot: snapshotPartner,
    label: (input) => input.nameDe,
  }),
};
