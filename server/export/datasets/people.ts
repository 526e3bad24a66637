// People (personal data: editors and admins only) as the list shows them: same filter, same order, every row.

import { hasRole } from "../../auth/roles";
import type { Prisma } from "../../db/generated/client";
import { countryName, partnerName } from "../../i18n/format";
import { personList, type TPersonListQuery } from "../../lists/people";
import { fieldSelect } from "../../schemas/fields";
import { PERSON_FIELDS } from "../../schemas/person";
import { personWhere } from "../../services/person/list";
import { pick } from "../../services/shared/select";
import type { ExportTexts } from "../labels";
import type { Column } from "../table";
import { fieldTableColumns, listDataset, partnerInWords, recordColumns } from "./common";

const select = {
  ...pick("id", "version", "source", "verified", "notes", "updatedAt"),
  ...fieldSelect(PERSON_FIELDS),
  partner: { select: { nameDe: true, nameEn: true, countryCode: true } },
  _count: { select: { activities: true, workingGroups: true } },
} satisfies Prisma.PersonSelect;

type Row = Prisma.PersonGetPayload<{ select: typeof select }>;

function columns(texts: ExportTexts, locale: "de" | "en", withContact: boolean): Column<Row>[] {
  const { m, x } = texts;
  return recordColumns<Row>(texts, { lastUpdated: m.person.lastUpdated }, [
    ...fieldTableColumns<Row>(PERSON_FIELDS, ["name", "role", "organisation"], texts),
    {
      type: "text",
      header: m.person.side,
      width: 14,
      get: (r) => (r.partner ? m.person.sidePartner : m.person.sideCologne),
    },
    {
      type: "text",
      header: m.common.partner,
      width: 22,
      get: (r) => (r.partner ? partnerName(r.partner, locale) : null),
    },
    {
      type: "text",
      header: m.common.country,
      width: 18,
      get: (r) => (r.partner ? countryName(r.partner.countryCode, locale) : null),
    },
    // Personal contact data: only ever for editors and admins (the kind needs EDITOR; this is a second lock).
    ...(withContact
      ? [{ type: "text", header: m.person.email, width: 30, get: (r: Row) => r.email } satisfies Column<Row>]
      : []),
    { type: "int", header: x.activityCount, width: 12, get: (r) => r._count.activities },
    { type: "int", header: x.workingGroupCount, width: 12, get: (r) => r._count.workingGroups },
  ]);
}

export const peopleDataset = listDataset<TPersonListQuery, Row, Prisma.PersonWhereInput>({
  minRole: "EDITOR",
  stem: "people",
  list: personList,
  where: personWhere,
  read: (db, args) => db.person.findMany({ ...args, select }),
  title: ({ m }) => m.nav.people,
  columns: (texts, ctx) => columns(texts, ctx.locale, hasRole(ctx.actor.role, "EDITOR")),
  filter: async (query, texts, ctx) => {
    const { m } = texts;
    const side = { cologne: m.person.sideCologne, partner: m.person.sidePartner };
    return [
      [m.person.side, query.side ? side[query.side] : null],
      [m.common.partner, await partnerInWords(ctx.db, query.partnerId, texts)],
    ];
  },
  sortLabels: ({ m }) => ({
    name: m.common.name,
    organisation: m.common.organisation,
    updatedAt: m.person.lastUpdated,
  }),
});
