// Importing activities (visits, events, projects): their fields, the type by code or label, the partner by number or
// by name, the agreements by number or title, the cooperation areas by name in German or English or by code (several
// separated by ";"; an unknown one is refused). The participants an activity has are kept as they are.
import type { z } from "zod";
import type { Prisma } from "../../db/generated/client";
import { ACTIVITY_TYPES, type ActivityType } from "../../domain/enums";
import { messagesFor } from "../../i18n/messages";
import { ACTIVITY_FIELDS, ZActivityCreateInput } from "../../schemas/activity";
import { activityColumns, snapshotActivity } from "../activity/write";
import { isoDay } from "../shared/bulk";
import { pick } from "../shared/select";
import {
  currentRecords,
  enumCell,
  fieldCells,
  type ImportKindSpec,
  idsByKey,
  schemaRefusal,
  type Values,
  writeRecords,
} from "./engine";
import { ACTIVITY_IMPORT_FIELDS, ACTIVITY_IMPORT_LABELS, type ActivityImportField } from "./fields";
import { agreementIndex, matchAgreements, type PartnerIndex, partnerIndex, readPartnerCell } from "./references";
import { cellText, normalName } from "./values";

type Input = z.output<typeof ZActivityCreateInput>;

const readType = enumCell<ActivityType>(ACTIVITY_TYPES, (l) => messagesFor(l).enums.activityType);

const SELECT = {
  ...pick("id", "version", "type", "title", "startOn", "endOn", "place", "partnerId", "description"),
  ...pick("outcome", "source", "verified"),
  agreements: { select: { agreementId: true }, orderBy: { agreementId: "asc" } },
  areas: { select: { area: { select: { code: true } } } },
} as const satisfies Prisma.ActivitySelect;

type Row = Prisma.ActivityGetPayload<{ select: typeof SELECT }>;

/** The record's values as the plan compares them: its links as the input's ids and codes. */
function valuesOf(row: Row): Values {
  const { agreements, areas, ...fields } = row;
  return valuesOfInput({
    ...fields,
    agreementIds: agreements.map((link) => link.agreementId),
    areaCodes: areas.map((link) => link.area.code),
  });
}

type Stored = Omit<Input, "participants" | "agreementIds" | "areaCodes" | "startOn" | "endOn"> & {
  startOn: Date;
  endOn?: Date | null;
  agreementIds: readonly number[];
  areaCodes: readonly string[];
};

function valuesOfInput(input: Stored): Values {
  return {
    title: input.title,
    type: input.type,
    startOn: isoDay(input.startOn),
    endOn: isoDay(input.endOn),
    place: input.place ?? null,
    partnerId: input.partnerId ?? null,
    agreementIds: input.agreementIds.join(", ") || null,
    areaCodes: areaText(input.areaCodes),
    description: input.description ?? null,
    outcome: input.outcome ?? null,
    source: input.source ?? null,
    verified: input.verified,
  };
}

/** The areas as the plan compares and shows them: their codes, sorted. */
const areaText = (codes: readonly string[]) => [...codes].sort().join(", ") || null;

/** An activity is the same one when its title and start are (the copy check of a new row). */
const activityKey = (title: string, startOn: string | null) => `${startOn ?? ""}\u0000${normalName(title)}`;

interface Context {
  partners: PartnerIndex;
  /** Each cooperation area's code by its code and its German and English name (normalised). */
  areas: Map<string, string>;
  agreements: Awaited<ReturnType<typeof agreementIndex>>;
  activities: Map<string, number>;
}

export const activityImport: ImportKindSpec<ActivityImportField, Context, Input> = {
  kind: "ACTIVITIES",
  entity: "ACTIVITY",
  table: "Activity",
  fields: ACTIVITY_IMPORT_FIELDS,
  labels: ACTIVITY_IMPORT_LABELS,
  cells: {
    id: "own",
    version: "own",
    ...fieldCells(ACTIVITY_FIELDS),
    type: "own",
    partner: "own",
    agreements: "own",
    areas: "own",
    verified: "boolean",
    source: "text",
  },
  readOnly: (m) => [m.exportFile.participantCount, m.activity.lastUpdated],
  defaults: { verified: false, partnerId: null, agreementIds: null, areaCodes: null },
  async prepare(tx, ids) {
    const rows = await tx.activity.findMany({ where: { id: { in: [...ids] } }, select: SELECT });
    const current = currentRecords(rows, (row) => row.title, valuesOf);
    const activities = idsByKey(
      await tx.activity.findMany({ select: { id: true, title: true, startOn: true } }),
      (row) => activityKey(row.title, isoDay(row.startOn)),
    );
    const areas = new Map<string, string>();
    for (const area of await tx.cooperationArea.findMany({ select: { code: true, nameDe: true, nameEn: true } })) {
      for (const name of [area.code, area.nameDe, area.nameEn]) areas.set(normalName(name), area.code);
    }
    return {
      context: { partners: await partnerIndex(tx), agreements: await agreementIndex(tx), areas, activities },
      current,
    };
  },
  readOwn(field, cell, after, context) {
    if (field === "type") return readType(field, cell, after);
    const text = cellText(cell);
    // The partner by number or name (the export names no country beside it).
    if (field === "partner") return readPartnerCell(context.partners, text, "", after, true);
    if (field === "areas") {
      const codes = new Set<string>();
      for (const name of text.split(";").map((part) => part.trim())) {
        if (name === "") continue;
        const code = context.areas.get(normalName(name));
        if (!code) return { key: "validation.unknownArea", params: { id: `„${name}“` } };
        codes.add(code);
      }
      after.areaCodes = areaText([...codes]);
      return null;
    }
    if (field === "agreements") {
      const match = matchAgreements(context.agreements, text);
      if ("key" in match) return match;
      after.agreementIds = match.ids.join(", ") || null;
    }
    return null;
  },
  check(after) {
    const parsed = ZActivityCreateInput.safeParse({
      type: after.type ?? undefined,
      title: after.title ?? "",
      startOn: after.startOn ?? "",
      endOn: after.endOn,
      place: after.place,
      description: after.description,
      outcome: after.outcome,
      partnerId: after.partnerId,
      source: after.source,
      verified: after.verified,
      agreementIds: String(after.agreementIds ?? "")
        .split(", ")
        .filter(Boolean)
        .map(Number),
      areaCodes: String(after.areaCodes ?? "")
        .split(", ")
        .filter(Boolean),
    });
    if (!parsed.success) return schemaRefusal(parsed.error.issues[0]);
    const input = parsed.data;
    return { ok: true, input, stored: valuesOfInput(input), label: input.title };
  },
  copyReasons: { exists: "activityExists", duplicate: "duplicateActivity" },
  keyField: "title",
  keys: (input) => [activityKey(input.title, isoDay(input.startOn))],
  existing: (key, context) => context.activities.get(key),
  apply: writeRecords<Input>({
    entity: "ACTIVITY",
    model: (tx) => tx.activity,
    columns: activityColumns,
    snapshot: snapshotActivity,
    label: (input) => input.title,
    // The agreements and areas as the row names them (its own ones when the file has no such column); the
    // participants stay.
    links: async (tx, activityId, input) => {
      await tx.activityAgreement.deleteMany({ where: { activityId } });
      await tx.activityAgreement.createMany({
        data: input.agreementIds.map((agreementId) => ({ activityId, agreementId })),
      });
      const areas = await tx.cooperationArea.findMany({
        where: { code: { in: input.areaCodes } },
        select: { id: true },
      });
      await tx.activityArea.deleteMany({ where: { activityId } });
      await tx.activityArea.createMany({ data: areas.map((area) => ({ activityId, areaId: area.id })) });
    },
  }),
};
