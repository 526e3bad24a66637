// Input schemas of the audit trail: the admins' audit page and a record's own history.
import { z } from "zod";
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from "../domain/enums";
import { cleanText } from "./common";

export const ZAuditEntity = z.enum(AUDIT_ENTITIES);
export const ZAuditAction = z.enum(AUDIT_ACTIONS);

export const ZRecordHistoryInput = z.strictObject({
  entityType: ZAuditEntity,
  entityId: z.union([z.number().int().positive(), cleanText(z.string().trim().min(1).max(64))]).transform(String),
});
export type TRecordHistoryInput = z.input<typeof ZRecordHistoryInput>;
