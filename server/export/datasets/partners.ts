// Partners (cities, regions, districts) as the list shows them: same filter, same order, every row.

import type { Prisma } from "../../db/generated/client";
import { AGREEMENT_STATUSES } from "../../domain/enums";
import { countryName } from "../../i18n/format";
import { partnerList, type TPartnerListQuery } from "../../lists/partners";
import { fieldSelect } from "../../schemas/fields";
import { PARTNER_FIELDS } from "../../schemas/partner";
import { partnerWhere } from "../../services/partner/list";
import { pick } from "../../services/shared/select";
import type { ExportTexts } from "../labels";
import type { Column } from "../table";
import { fieldTableColumns, labels, listDataset, recordColumns } from "./common";

const select = {
  ...pick("id", "version", "countryCode", "continent", "kind", "source", "verified", "notes", "updatedAt"),
  ...fieldSelect(PARTNER_FIELDS),
  agreements: { select: { status: true } },
} satisfies Prisma.PartnerSelect;

type Row = Prisma.PartnerGetPayload<{ select: typeof select }>;

function columns(texts: ExportTexts, locale: "de" | "en"): Column<Row>[] {
  const { m, x } = texts;
  return recordColumns<Row>(texts, { lastUpdated: m.partner.lastUpdated }, [
    ...fieldTableColumns<Row>(PARTNER_FIELDS, ["nameDe", "nameEn", "nameLocal"], texts),
    { type: "text", header: m.partner.countryCode, width: 10, get: (r) => r.countryCode },
    { type: "text", header: m.common.country, width: 20, get: (r) => countryName(r.countryCode, locale) },
    { type: "text", header: m.common.continent, width: 20, get: (r) => m.enums.continent[r.continent] },
    { type: "text", header: m.partner.kind, width: 10, get: (r) => m.enums.partnerKind[r.kind] },
    { type: "text", header: m.partner.website, width: 30, get: (r) => r.website },
    { type: "int", header: x.agreementCount, width: 12, get: (r) => r.agreements.length },
    {
      type: "text",
      header: m.partner.agreementStatuses,
      width: 30,
      get: (r) =>
        AGREEMENT_STATUSES.flatMap((status) => {
          const count = r.agreements.filter((agreement) => agreement.status === status).length;
          return count ? [`${m.enums.agreementStatus[status]}: ${count}`] : [];
        }).join("; "),
    },
  ]);
}

export const partnersDataset = listDataset<TPartnerListQuery, Row, Prisma.PartnerWhereInput>({
  minRole: "VIEWER",
  stem: "partners",
  list: partnerList,
  where: partnerWhere,
  read: (db, args) => db.partner.findMany({ ...args, select }),
  title: ({ m }) => m.nav.partners,
  columns: (texts, ctx) => columns(texts, ctx.locale),
  filter: (query, { m }, { locale }) => [
    [m.common.continent, labels(query.continent, m.enums.continent)],
    [m.common.country, (query.country ?? []).map((code) => `${countryName(code, locale)} (${code})`).join(", ")],
    [m.partner.kind, query.kind ? m.enums.partnerKind[query.kind] : null],
    [m.humanRightsReview.title, labels(query.review, m.humanRightsReview.status)],
  ],
  sortLabels: ({ m }) => ({
    nameDe: m.partner.nameDe,
    nameEn: m.partner.nameEn,
    countryCode: m.partner.countryCode,
    continent: m.common.continent,
    updatedAt: m.partner.lastUpdated,
  }),
});
