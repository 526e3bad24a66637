// The audit trail's list (admins): its input, its URL (?actor=…&entity=…&record=…&action=…&from=…&to=…&q=…&page=…)
// and its one order, newest first.
import { z } from "zod";
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from "../domain/enums";
import { ZAuditAction, ZAuditEntity } from "../schemas/audit";
import { cleanText, ZDateInput, ZPage, ZPageSize, ZSearch } from "../schemas/common";
import { defineList, one, oneOf, type SearchParamsLike } from "./define";

export const ZAuditListInput = z.strictObject({
  /** Who: an account id (actorId). */
  actorId: cleanText(z.string().trim().min(1).max(64)).optional(),
  /** What record: its kind, and optionally its id (a record's events include those of its children). */
  entityType: ZAuditEntity.optional(),
  entityId: cleanText(z.string().trim().min(1).max(64)).optional(),
  action: ZAuditAction.optional(),
  /** When: from and to (inclusive days, Cologne time). */
  from: ZDateInput.optional(),
  to: ZDateInput.optional(),
  /** Searches the record's label and the actor's name and email. */
  q: ZSearch,
  page: ZPage,
  pageSize: ZPageSize,
});
export type TAuditListInput = z.input<typeof ZAuditListInput>;
export type TAuditListQuery = z.output<typeof ZAuditListInput>;

/** A day as the date field gives it (YYYY-MM-DD), and only a real one. */
const ZDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((text) => ZDateInput.safeParse(text).success);
const ZText = z.string().trim().min(1).max(64);

export const auditList = defineList<TAuditListInput & { sort?: "at"; dir?: "desc" }, TAuditListQuery, "at">({
  path: "/admin/audit",
  schema: ZAuditListInput,
  params: {
    actorId: one("actor", ZText, "an account id"),
    entityType: one("entity", ZAuditEntity, oneOf(AUDIT_ENTITIES)),
    entityId: one("record", ZText, "a record's id"),
    action: one("action", ZAuditAction, oneOf(AUDIT_ACTIONS)),
    from: one("from", ZDay, "a day as YYYY-MM-DD"),
    to: one("to", ZDay, "a day as YYYY-MM-DD"),
  },
  sorts: { keys: { at: { path: ["at"], dir: "desc" } }, tieBreakers: [{ path: ["id"], dir: "desc" }] },
  fixedOrder: true,
});

export function auditListInputFromSearchParams(params: SearchParamsLike): TAuditListInput {
  return auditList.fromSearchParams(params);
}
