// Listing commitments with the list's filters (status, owner, agreement, partner, overdue, no deadline).
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { commitmentList, type TCommitmentListQuery } from "../../lists/commitments";
import { today } from "../shared/dates";
import { listPage } from "../shared/records";
import { allOf, searchIn, textContains } from "../shared/search";
import { pick } from "../shared/select";
import { noDeadlineCommitmentWhere, overdueCommitmentWhere } from "./rules";

export const commitmentListSelect = {
  ...pick("id", "title", "ownerCologne", "ownerPartner", "dueOn", "dueOnPrecision", "status", "verified", "updatedAt"),
  /** The version shown, sent with a bulk change of the row (a row changed since is a conflict). */
  version: true,
  agreement: { select: { id: true, title: true, partner: { select: { id: true, nameDe: true, nameEn: true } } } },
  ownerPerson: { select: { id: true, name: true, erasedAt: true } },
} satisfies Prisma.CommitmentSelect;

export type CommitmentListItem = Prisma.CommitmentGetPayload<{ select: typeof commitmentListSelect }>;

export function commitmentWhere(
  query: Omit<TCommitmentListQuery, "sort" | "dir" | "page" | "pageSize">,
  asOf: Date = today(),
) {
  return allOf<Prisma.CommitmentWhereInput>([
    query.status?.length && { status: { in: query.status } },
    query.owner && {
      OR: [
        { ownerCologne: textContains(query.owner) },
        { ownerPartner: textContains(query.owner) },
        { ownerPerson: { name: textContains(query.owner) } },
      ],
    },
    query.ownerPersonId !== undefined && { ownerPersonId: query.ownerPersonId },
    query.agreementId !== undefined && { agreementId: query.agreementId },
    query.partnerId !== undefined && { agreement: { partnerId: query.partnerId } },
    query.overdue && overdueCommitmentWhere(asOf),
    query.noDeadline && noDeadlineCommitmentWhere,
    searchIn(query.q, ["title", "quote", "notes"]),
  ]);
}

export function listCommitments(db: Db, query: TCommitmentListQuery) {
  return listPage(commitmentList, query, db.commitment, commitmentWhere(query), commitmentListSelect);
}
