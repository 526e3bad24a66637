// Every export kind of GET /api/export/<kind>: the table kinds (CSV, XLSX) defined here, the PDF kinds from
// ./pdf-kinds.ts. A kind names the least role that may export it; the route handler (./handler.ts) checks it.

import { csvStream } from "./csv";
import { activitiesDataset } from "./datasets/activities";
import { agreementsDataset } from "./datasets/agreements";
import { auditDataset } from "./datasets/audit";
import { commitmentsDataset } from "./datasets/commitments";
import type { TableDataset } from "./datasets/common";
import { partnersDataset } from "./datasets/partners";
import { peopleDataset } from "./datasets/people";
import { workingGroupsDataset } from "./datasets/working-groups";
import { datedFileName } from "./format";
import { exportTexts } from "./labels";
import { PDF_KINDS } from "./pdf-kinds";
import type { TableExport } from "./table";
import type { ExportContext, ExportKind } from "./types";
import { xlsxStream } from "./xlsx";

/** Parameters of an export URL that are not a list filter. */
const NOT_FILTERS = new Set(["format", "lang", "page", "pageSize"]);

/** The list screen with the export's filters, e.g. /agreements?status=SUSPENDED. */
function listUrl(path: string, params: URLSearchParams): string {
  const filters = new URLSearchParams([...params].filter(([name]) => !NOT_FILTERS.has(name)));
  const query = filters.toString();
  return query ? `${path}?${query}` : path;
}

/** The table export a request describes (parameters checked), before anything is read. */
export async function buildTableExport<Q>(dataset: TableDataset<Q>, ctx: ExportContext): Promise<TableExport> {
  const query = dataset.parse(ctx.params, ctx.locale);
  const built = await dataset.build(ctx, query, exportTexts(ctx.locale));
  return { ...built, listUrl: listUrl(dataset.listPath, ctx.params) };
}

function tableKind<Q>(dataset: TableDataset<Q>): ExportKind {
  return {
    minRole: dataset.minRole,
    formats: ["csv", "xlsx"],
    async run(ctx) {
      const texts = exportTexts(ctx.locale);
      const table = await buildTableExport(dataset, ctx);
      const stem = texts.x.fileStems[dataset.stem];
      if (ctx.format === "csv") {
        return { body: csvStream(table.csv, texts, ctx.signal), fileName: datedFileName(stem, "csv", ctx.now) };
      }
      const about = { actor: ctx.actor, locale: ctx.locale, now: ctx.now, appName: texts.m.app.name };
      return { body: xlsxStream(table, texts, about, ctx.signal), fileName: datedFileName(stem, "xlsx", ctx.now) };
    },
  };
}

export const TABLE_DATASETS = {
  agreements: agreementsDataset,
  "working-groups": workingGroupsDataset,
  activities: activitiesDataset,
  people: peopleDataset,
  audit: auditDataset,
  partners: partnersDataset,
  commitments: commitmentsDataset,
} as const;

export type TableKindName = keyof typeof TABLE_DATASETS;

export const TABLE_KINDS: Record<TableKindName, ExportKind> = {
  agreements: tableKind(agreementsDataset),
  "working-groups": tableKind(workingGroupsDataset),
  activities: tableKind(activitiesDataset),
  people: tableKind(peopleDataset),
  audit: tableKind(auditDataset),
  partners: tableKind(partnersDataset),
  commitments: tableKind(commitmentsDataset),
};

/** kind → { minRole, formats, run }. A PDF kind may not reuse a table kind's name. */
export const EXPORT_KINDS: Readonly<Record<string, ExportKind>> = { ...PDF_KINDS, ...TABLE_KINDS };

export function exportKind(kind: string): ExportKind | undefined {
  return Object.hasOwn(EXPORT_KINDS, kind) ? EXPORT_KINDS[kind] : undefined;
}
