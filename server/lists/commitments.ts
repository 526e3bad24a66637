// The commitment list: its URL (?status=…&owner=…&ownerPerson=…&agreement=…&partner=…&overdue=1&noDeadline=1&q=…&sort=…&dir=…
// &page=…), its input and its orders. Used by the list screen, the list service and the exports.
import { z } from "zod";
import { COMMITMENT_STATUSES } from "../domain/enums";
import { ZCommitmentStatus } from "../schemas/commitment";
import { cleanText, ZId } from "../schemas/common";
import { listColumns } from "./columns";
import { defineRecordList, flag, int, many, one, oneOf } from "./define";

const FILTERS = {
  status: many("status", ZCommitmentStatus, oneOf(COMMITMENT_STATUSES), 10),
  /** A part of the owner's name on either side (a person or a unit). */
  owner: one("owner", cleanText(z.string().trim().min(1).max(200)), "a part of an owner's name"),
  /** The Cologne-side owner person, by id. */
  ownerPersonId: int("ownerPerson", ZId, "a person's id"),
  agreementId: int("agreement", ZId, "an agreement's id"),
  partnerId: int("partner", ZId, "a partner's id"),
  /** Only pending commitments whose deadline has passed (Cologne's today). */
  overdue: flag("overdue"),
  /** Only pending commitments without a deadline ("shortly", "soon": no date was ever given). */
  noDeadline: flag("noDeadline"),
};

export const commitmentList = defineRecordList({
  path: "/commitments",
  /** The table's columns; the name links to the record and always shows. */
  columns: listColumns(["title", "agreement", "owner", "dueOn", "status"], ["title"]),
  filters: FILTERS,
  sorts: {
    keys: { dueOn: { nullsLast: true }, title: {}, status: { enumValues: COMMITMENT_STATUSES }, updatedAt: {} },
  },
  defaultSort: "dueOn",
});

export const ZCommitmentListInput = commitmentList.schema;
export type TCommitmentListInput = z.input<typeof ZCommitmentListInput>;
export type TCommitmentListQuery = z.output<typeof ZCommitmentListInput>;
