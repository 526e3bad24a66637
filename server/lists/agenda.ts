// The agenda's URL (?kind=…&owner=…&partner=…&area=…): its filters, read by the page, the service and the calendar
// feed alike. It holds the next 12 months and everything overdue, 200 entries a page (?page=…).
import { z } from "zod";
import { AGENDA_KINDS, type AgendaKind } from "../domain/agenda";
import { ZAreaCode } from "../schemas/agreement";
import { cleanText, ZId } from "../schemas/common";
import { defineRecordList, int, many, one, oneOf, type SearchParamsLike } from "./define";

export { AGENDA_KINDS, type AgendaKind };

/** The dashboard's figures link here: only the overdue entries, or only those due within 30 days. */
export const AGENDA_DUE_FILTERS = ["overdue", "soon"] as const;

const FILTERS = {
  due: one("due", z.enum(AGENDA_DUE_FILTERS), oneOf(AGENDA_DUE_FILTERS)),
  kind: many("kind", z.enum(AGENDA_KINDS), oneOf(AGENDA_KINDS), AGENDA_KINDS.length),
  /** A part of an owner's name: a commitment's owners, a milestone's working-group lead, an agreement's unit. */
  owner: one("owner", cleanText(z.string().trim().min(1).max(200)), "a part of an owner's name"),
  partnerId: int("partner", ZId, "a partner's id"),
  area: many("area", ZAreaCode, "an area code, e.g. ECONOMY", 20),
};

/** The list shape (q, sort and page are the lists' common parts; the agenda has one order: by date). */
export const agendaList = defineRecordList({
  path: "/agenda",
  filters: FILTERS,
  sorts: { keys: { date: {} } },
  defaultSort: "date",
});

export const ZAgendaInput = agendaList.schema;
export type TAgendaInput = z.input<typeof ZAgendaInput>;
export type TAgendaQuery = z.output<typeof ZAgendaInput>;

export function agendaInputFromSearchParams(params: SearchParamsLike): TAgendaInput {
  return agendaList.fromSearchParams(params);
}
