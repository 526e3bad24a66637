// Activities (visits, delegations, meetings …) as the list shows them: same filter, same order, every row.

import type { Prisma } from "../../db/generated/client";
import { partnerName } from "../../i18n/format";
import { activityList, type TActivityListQuery } from "../../lists/activities";
import { ACTIVITY_FIELDS } from "../../schemas/activity";
import { fieldSelect } from "../../schemas/fields";
import { activityWhere } from "../../services/activity/list";
import { pick } from "../../services/shared/select";
import type { ExportTexts } from "../labels";
import type { Column } from "../table";
import {
  type AreaNames,
  areaNames,
  fieldTableColumns,
  labels,
  listDataset,
  partnerInWords,
  recordColumns,
  recordInWords,
} from "./common";

const select = {
  ...pick("id", "version", "type", "source", "verified", "updatedAt"),
  ...fieldSelect(ACTIVITY_FIELDS),
  partner: { select: { nameDe: true, nameEn: true } },
  agreements: { select: { agreement: { select: { title: true } } }, orderBy: { agreementId: "asc" } },
  // The areas' names come from a table read once per export (areaNames), not once per batch.
  areas: { select: { areaId: true } },
  _count: { select: { participants: true } },
} satisfies Prisma.ActivitySelect;

type Row = Prisma.ActivityGetPayload<{ select: typeof select }>;

function columns(texts: ExportTexts, locale: "de" | "en", areas: AreaNames): Column<Row>[] {
  const { m, x } = texts;
  return recordColumns<Row>(texts, { lastUpdated: m.activity.lastUpdated, notes: false }, [
    ...fieldTableColumns<Row>(ACTIVITY_FIELDS, ["title"], texts),
    { type: "text", header: m.common.type, width: 16, get: (r) => m.enums.activityType[r.type] },
    ...fieldTableColumns<Row>(ACTIVITY_FIELDS, ["startOn", "endOn", "place"], texts),
    {
      type: "text",
      header: m.common.partner,
      width: 22,
      get: (r) => (r.partner ? partnerName(r.partner, locale) : null),
    },
    {
      type: "text",
      header: m.activity.agreements,
      width: 40,
      get: (r) => r.agreements.map((link) => link.agreement.title).join("; "),
    },
    {
      type: "text",
      header: m.activity.areas,
      width: 30,
      get: (r) => areas.list(r.areas, (_, name) => name),
    },
    { type: "int", header: x.participantCount, width: 12, get: (r) => r._count.participants },
    ...fieldTableColumns<Row>(ACTIVITY_FIELDS, ["description", "outcome"], texts),
  ]);
}

export const activitiesDataset = listDataset<TActivityListQuery, Row, Prisma.ActivityWhereInput>({
  minRole: "VIEWER",
  stem: "activities",
  list: activityList,
  where: activityWhere,
  read: (db, args) => db.activity.findMany({ ...args, select }),
  title: ({ m }) => m.nav.activities,
  columns: async (texts, { db, locale }) => columns(texts, locale, await areaNames(db, locale)),
  filter: async (query, texts, { db, locale }) => {
    const { m } = texts;
    const [partner, agreement, area] = await Promise.all([
      partnerInWords(db, query.partnerId, texts),
      query.agreementId !== undefined
        ? db.agreement.findUnique({ where: { id: query.agreementId }, select: { title: true } })
        : null,
      query.area
        ? db.cooperationArea.findUnique({ where: { code: query.area }, select: { nameDe: true, nameEn: true } })
        : null,
    ]);
    return [
      [m.common.type, labels(query.type, m.enums.activityType)],
      [m.common.year, query.year !== undefined ? String(query.year) : null],
      [m.common.partner, partner],
      [
        m.workingGroup.agreement,
        query.agreementId === undefined ? null : recordInWords(agreement?.title, query.agreementId, texts),
      ],
      [m.agreement.area, query.area ? (area ? partnerName(area, locale) : query.area) : null],
    ];
  },
  sortLabels: ({ m }) => ({ startOn: m.activity.startOn, title: m.common.title, type: m.common.type }),
});
