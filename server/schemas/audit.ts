// Input schemas of the audit trail: the admins' audit page and a record's own history.
import { z } from "zod";
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from "../domain/enums";
import { cleanText, ZDateInput, ZPage, ZPageSize, ZSearch } from "./common";

export const ZAuditEntity = z.enum(AUDIT_ENTITIES);
export const ZAuditAction = z.enum(AUDIT_ACTIONS);

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

export const ZRecordHistoryInput = z.strictObject({
  entityType: ZAuditEntity,
  entityId: z.union([z.number().int().positive(), cleanText(z.string().trim().min(1).max(64))]).transform(String),
});
export type TRecordHistoryInput = z.input<typeof ZRecordHistoryInput>;
