// What every table export (CSV, XLSX) shares: the dataset contract, columns for partial dates, filters in words.

import type { Role } from "../../auth/roles";
import type { Db } from "../../db/prisma";
import type { DatePrecision } from "../../domain/enums";
import { fmt, partnerName } from "../../i18n/format";
import type { Locale } from "../../i18n/locales";
import { messageAt } from "../../i18n/messages";
import { type OrderField, prismaOrderBy } from "../../lists/define";
import type { RecordField } from "../../schemas/fields";
import type { ExportTexts } from "../labels";
import { type Column, keysetBatches, keysetKeys, type Sheet, sheet, type TableExport } from "../table";
import type { ExportContext } from "../types";

export interface TableDataset<Q> {
  minRole: Role;
  /** The base of the file name per language, e.g. vereinbarungen (see labels.ts, fileStems). */
  stem: keyof ExportTexts["x"]["fileStems"];
  /** The list screen's path, for "list in the application" (the export's filters appended). */
  listPath: string;
  /** The list query from the URL, strictly (an invalid value → ExportParameterError naming the parameter). */
  parse(params: URLSearchParams, locale: Locale): Q;
  /** The sheets (reading lazily, batch by batch) and the filter in words. */
  build(ctx: ExportContext, query: Q, texts: ExportTexts): Promise<Omit<TableExport, "listUrl">>;
}

/** A date known to the day, month or year, and a column beside it naming the precision. */
export function partialDateColumns<R>(
  header: string,
  get: (row: R) => { date: Date | null; precision: DatePrecision },
  texts: ExportTexts,
): Column<R>[] {
  return [
    {
      type: "partialDate",
      header,
      width: 14,
      get: (row) => {
        const { date, precision } = get(row);
        return date ? { date, precision } : null;
      },
    },
    {
      type: "text",
      header: fmt(texts.x.precision, { field: header }, texts.locale),
      width: 12,
      get: (row) => {
        const { date, precision } = get(row);
        return date ? (texts.m.admin.precisions[precision] ?? precision) : null;
      },
    },
  ];
}

/** Labels of enum values (or anything with a label table), joined: "Aktiv, Ruhend". */
export function labels<T extends string>(values: readonly T[] | undefined, table: Record<T, string>): string {
  return (values ?? []).map((value) => table[value] ?? value).join(", ");
}

/** A search text in quotes of the file's language. */
export function quoted(text: string, locale: Locale): string {
  return locale === "de" ? `„${text}“` : `“${text}”`;
}

/** "Titel, aufsteigend". */
export function sortInWords(label: string, dir: "asc" | "desc", texts: ExportTexts): string {
  return `${label}, ${dir === "asc" ? texts.x.ascending : texts.x.descending}`;
}

/** Filter lines [label, value] without the empty ones. */
export function filterLines(lines: readonly (readonly [string, string | null | undefined | false])[]) {
  return lines.filter((line): line is readonly [string, string] => Boolean(line[1]));
}

export interface AreaNames {
  /** The links' areas by the areas' order (sortOrder), each as `text(link, name)`, joined with "; ". */
  list<L extends { areaId: number }>(links: readonly L[], text: (link: L, name: string) => string): string;
}

/** The cooperation areas' names in the file's language, read once per export (a short table). */
export async function areaNames(db: Db, locale: Locale): Promise<AreaNames> {
  const areas = await db.cooperationArea.findMany({
    select: { id: true, nameDe: true, nameEn: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
  const byId = new Map(areas.map((area, index) => [area.id, { name: partnerName(area, locale), index }]));
  const position = (id: number) => byId.get(id)?.index ?? Number.MAX_SAFE_INTEGER;
  const compare = (a: { areaId: number }, b: { areaId: number }) =>
    position(a.areaId) - position(b.areaId) || a.areaId - b.areaId;
  return {
    list: (links, text) => {
      // Mostly zero to three links, often in order already: sorted (a copy) only when they are not.
      let ordered = true;
      for (let index = 1; index < links.length && ordered; index++) {
        ordered = compare(links[index - 1] as { areaId: number }, links[index] as { areaId: number }) <= 0;
      }
      const sorted = ordered ? links : [...links].sort(compare);
      let joined = "";
      for (let index = 0; index < sorted.length; index++) {
        const link = sorted[index] as (typeof sorted)[number];
        if (index > 0) joined += "; ";
        joined += text(link, byId.get(link.areaId)?.name ?? String(link.areaId));
      }
      return joined;
    },
  };
}

/**
 * Every record of a list's query, a batch at a time, in the list's order (`fields`, from its list definition): each
 * batch starts after the last one's final row (keyset), so no export ever holds more than a batch.
 */
export function listRecords<R, W>(
  ctx: Pick<ExportContext, "batchSize">,
  fields: readonly OrderField[],
  where: W,
  findMany: (args: { where: W; orderBy: never; take: number }) => Promise<R[]>,
  batchSize = ctx.batchSize,
) {
  const keys = keysetKeys<R, W>(fields);
  const orderBy = prismaOrderBy(fields) as never;
  return (signal?: AbortSignal) =>
    keysetBatches<R, W>({
      keys,
      signal,
      batchSize,
      fetch: (after, take) => findMany({ where: after ? ({ AND: [where, after] } as W) : where, orderBy, take }),
    });
}

/** A table export of one sheet (the XLSX sheet is the CSV's table). */
export function oneSheet(
  table: Sheet,
  title: string,
  filter: TableExport["filter"],
  sort: string | null,
): Omit<TableExport, "listUrl"> {
  return { title, sheets: [table], csv: table, filter, sort };
}

/** A filter on one record, in words: "Köln (Nr. 12)"; "? (Nr. 12)" if it no longer exists. */
export function recordInWords(name: string | null | undefined, id: number, texts: ExportTexts): string {
  return `${name ?? "?"} (${texts.x.id} ${id})`;
}

/** Column width for a text of up to `max` characters: wide enough to read, not the whole text. */
function textWidth(max: number): number {
  return Math.min(50, Math.max(16, Math.round(max / 8)));
}

/**
 * The columns of some of a record's plain fields (its field table), in the given order, each under its label: a text
 * as it is, a partial date with its precision beside it.
 */
export function fieldTableColumns<R>(
  fields: Readonly<Record<string, RecordField>>,
  names: readonly string[],
  texts: ExportTexts,
): Column<R>[] {
  return names.flatMap((name): Column<R>[] => {
    const field = fields[name] as RecordField;
    const header = messageAt(texts.m, field.label);
    const value = (row: R) => (row as Record<string, unknown>)[name];
    if (field.kind === "date") return [{ type: "date", header, width: 12, get: (row) => value(row) as Date | null }];
    if (field.kind !== "partialDate") {
      return [{ type: "text", header, width: textWidth(field.max), get: (row) => value(row) as string | null }];
    }
    const precision = (row: R) => (row as Record<string, unknown>)[`${name}Precision`] as DatePrecision;
    return partialDateColumns<R>(
      header,
      (row) => ({ date: value(row) as Date | null, precision: precision(row) }),
      texts,
    );
  });
}

/** What every record kind keeps beside its own fields (notes and version: most kinds, see recordColumns). */
interface RecordTrail {
  verified: boolean;
  source: string | null;
  notes?: string | null;
  updatedAt: Date;
  version?: number;
}

/**
 * A record's row: its id (`idHeader`, else the file's "id"), its own columns, and then what every kind keeps beside
 * them: whether it is confirmed, its source, its notes (kinds that have them), when it was last changed
 * (`lastUpdated`: the kind's own label) and the version the row was exported at, so that an import of the edited
 * file detects a change made in between (kinds an import updates).
 */
export function recordColumns<R extends RecordTrail & { id: number }>(
  texts: ExportTexts,
  trail: { lastUpdated: string; notes?: boolean; version?: boolean; idHeader?: string },
  own: readonly Column<R>[],
): Column<R>[] {
  const { m, x } = texts;
  const { notes = true, version = true } = trail;
  return [
    { type: "int", header: trail.idHeader ?? x.id, width: 8, get: (r) => r.id },
    ...own,
    { type: "bool", header: m.common.verified, width: 10, get: (r) => r.verified },
    { type: "text", header: m.common.source, width: 40, get: (r) => r.source },
    ...(notes ? [{ type: "text", header: m.common.notes, width: 50, get: (r: R) => r.notes } as const] : []),
    { type: "dateTime", header: trail.lastUpdated, width: 20, get: (r) => r.updatedAt },
    ...(version ? [{ type: "int", header: m.dataImport.version, width: 8, get: (r: R) => r.version } as const] : []),
  ];
}

type FilterLine = readonly [string, string | null | undefined | false];

/** A table dataset of a list: its screen's path (for "list in the application") and its URL, read strictly. */
export function listTableDataset<Q>(
  list: { path: string; strictFromSearchParams(params: URLSearchParams, language?: string): Q },
  dataset: Pick<TableDataset<Q>, "minRole" | "stem" | "build">,
): TableDataset<Q> {
  return { ...dataset, listPath: list.path, parse: (params, locale) => list.strictFromSearchParams(params, locale) };
}

/**
 * A table export of one sheet that holds a list as its screen shows it: the list definition reads the URL strictly
 * and gives the order; `read` fetches a batch with the list's filter (`where`); the search is added to the filter in
 * words, and the sort order is said with `sortLabels`.
 */
export function listDataset<Q extends { q?: string; sort?: string; dir?: "asc" | "desc" }, R, W>(config: {
  minRole: Role;
  stem: TableDataset<Q>["stem"];
  list: {
    path: string;
    strictFromSearchParams(params: URLSearchParams, language?: string): Q;
    order(query: Q): readonly OrderField[];
  };
  where: (query: Q) => W;
  read: (db: Db, args: { where: W; orderBy: never; take: number }) => Promise<R[]>;
  title: (texts: ExportTexts) => string;
  columns: (texts: ExportTexts, ctx: ExportContext) => Column<R>[] | Promise<Column<R>[]>;
  /** The list's filters in words (the search is added). */
  filter: (query: Q, texts: ExportTexts, ctx: ExportContext) => readonly FilterLine[] | Promise<readonly FilterLine[]>;
  /** The sort keys' names; without them, `fixedSort` says the order. */
  sortLabels?: (texts: ExportTexts) => Readonly<Record<string, string>>;
  fixedSort?: (texts: ExportTexts) => string;
}): TableDataset<Q> {
  return listTableDataset(config.list, {
    minRole: config.minRole,
    stem: config.stem,
    async build(ctx, query, texts) {
      const where = config.where(query);
      const records = listRecords(ctx, config.list.order(query), where, (args) => config.read(ctx.db, args));
      const title = config.title(texts);
      const table = sheet(title, await config.columns(texts, ctx), records);
      const filter = filterLines([
        ...(await config.filter(query, texts, ctx)),
        [texts.x.search, query.q ? quoted(query.q, texts.locale) : null],
      ]);
      const sort = config.sortLabels
        ? sortInWords(config.sortLabels(texts)[query.sort ?? ""] ?? "", query.dir ?? "asc", texts)
        : (config.fixedSort?.(texts) ?? null);
      return oneSheet(table, title, filter, sort);
    },
  });
}

/** A filter on a partner, in words: its name in the file's language and its id. */
export async function partnerInWords(db: Db, id: number | undefined, texts: ExportTexts): Promise<string | null> {
  if (id === undefined) return null;
  const partner = await db.partner.findUnique({ where: { id }, select: { nameDe: true, nameEn: true } });
  return recordInWords(partner && partnerName(partner, texts.locale), id, texts);
}
