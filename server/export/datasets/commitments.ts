// Commitments as the list shows them: same filter, same order, every row.
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { isCommitmentOverdue } from "../../domain/commitment";
import { partnerName } from "../../i18n/format";
import { commitmentList, type TCommitmentListQuery } from "../../lists/commitments";
import { COMMITMENT_FIELDS } from "../../schemas/commitment";
import { fieldSelect } from "../../schemas/fields";
import { commitmentWhere } from "../../services/commitment/list";
import { today } from "../../services/shared/dates";
import { pick } from "../../services/shared/select";
import type { ExportTexts } from "../labels";
import type { Column } from "../table";
import { fieldTableColumns, labels, listDataset, partnerInWords, quoted, recordColumns, recordInWords } from "./common";

const select = {
  ...pick("id", "status", "statusReason", "statusChangedBy", "statusChangedAt", "source", "verified", "notes"),
  ...pick("updatedAt", "version"),
  ...fieldSelect(COMMITMENT_FIELDS),
  agreement: { select: { id: true, title: true, partner: { select: { nameDe: true, nameEn: true } } } },
  workingGroup: { select: { id: true, name: true } },
  ownerPerson: { select: { id: true, name: true } },
  milestones: { select: { milestone: { select: { title: true } } }, orderBy: { milestoneId: "asc" } },
  activities: { select: { activity: { select: { title: true } } }, orderBy: { activityId: "asc" } },
} satisfies Prisma.CommitmentSelect;

type Row = Prisma.CommitmentGetPayload<{ select: typeof select }>;

/** The owner person filter in words: the person's name with the id. */
async function ownerPersonInWords(db: Db, id: number | undefined, texts: ExportTexts) {
  if (id === undefined) return null;
  const person = await db.person.findUnique({ where: { id }, select: { name: true } });
  return recordInWords(person?.name, id, texts);
}

function columns(texts: ExportTexts, asOf: Date): Column<Row>[] {
  const { m, x } = texts;
  return recordColumns<Row>(texts, { lastUpdated: m.commitment.lastUpdated }, [
    ...fieldTableColumns<Row>(COMMITMENT_FIELDS, ["title"], texts),
    { type: "int", header: x.agreementId, width: 10, get: (r) => r.agreement.id },
    { type: "text", header: m.commitment.agreement, width: 40, get: (r) => r.agreement.title },
    { type: "text", header: m.common.partner, width: 22, get: (r) => partnerName(r.agreement.partner, texts.locale) },
    ...fieldTableColumns<Row>(COMMITMENT_FIELDS, ["quote", "quoteLanguage"], texts),
    { type: "int", header: x.ownerPersonId, width: 10, get: (r) => r.ownerPerson?.id },
    { type: "text", header: m.commitment.ownerPerson, width: 28, get: (r) => r.ownerPerson?.name },
    ...fieldTableColumns<Row>(COMMITMENT_FIELDS, ["ownerCologne", "ownerPartner"], texts),
    ...fieldTableColumns<Row>(COMMITMENT_FIELDS, ["dueOn"], texts),
    {
      type: "text",
      header: m.commitment.noDeadline,
      width: 14,
      get: (r) => (r.dueOn ? m.admin.no : m.admin.yes),
    },
    { type: "bool", header: m.commitment.overdue, width: 11, get: (r) => isCommitmentOverdue(r, asOf) },
    { type: "text", header: m.common.status, width: 14, get: (r) => m.commitment.status[r.status] },
    { type: "text", header: m.commitment.statusReason, width: 40, get: (r) => r.statusReason },
    { type: "text", header: m.admin.fields.statusChangedBy ?? "", width: 22, get: (r) => r.statusChangedBy },
    { type: "dateTime", header: m.admin.fields.statusChangedAt ?? "", width: 20, get: (r) => r.statusChangedAt },
    { type: "text", header: m.commitment.workingGroup, width: 30, get: (r) => r.workingGroup?.name },
    {
      type: "text",
      header: m.commitment.milestones,
      width: 40,
      get: (r) => r.milestones.map((link) => link.milestone.title).join("; ") || null,
    },
    {
      type: "text",
      header: m.commitment.activities,
      width: 40,
      get: (r) => r.activities.map((link) => link.activity.title).join("; ") || null,
    },
  ]);
}

export const commitmentsDataset = listDataset<TCommitmentListQuery, Row, Prisma.CommitmentWhereInput>({
  minRole: "VIEWER",
  stem: "commitments",
  list: commitmentList,
  where: (query) => commitmentWhere(query),
  read: (db, args) => db.commitment.findMany({ ...args, select }),
  title: ({ m }) => m.commitment.listTitle,
  columns: (texts, ctx) => columns(texts, today(ctx.now)),
  filter: async (query, texts, ctx) => {
    const { m } = texts;
    const agreement =
      query.agreementId === undefined
        ? null
        : await ctx.db.agreement.findUnique({ where: { id: query.agreementId }, select: { title: true } });
    return [
      [m.common.status, labels(query.status, m.commitment.status)],
      [m.commitment.owner, query.owner ? quoted(query.owner, texts.locale) : null],
      [m.commitment.ownerPersonFilter, await ownerPersonInWords(ctx.db, query.ownerPersonId, texts)],
      [
        m.commitment.agreement,
        query.agreementId === undefined ? null : recordInWords(agreement?.title, query.agreementId, texts),
      ],
      [m.common.partner, await partnerInWords(ctx.db, query.partnerId, texts)],
      [m.commitment.overdue, query.overdue ? m.commitment.filters.overdue : null],
      [m.commitment.noDeadline, query.noDeadline ? m.commitment.filters.noDeadline : null],
    ];
  },
  sortLabels: ({ m }) => ({
    dueOn: m.commitment.dueOn,
    title: m.commitment.title,
    status: m.common.status,
    updatedAt: m.commitment.lastUpdated,
  }),
});
