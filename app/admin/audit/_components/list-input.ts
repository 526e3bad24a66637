// The audit list input a URL describes (?actor=…&entity=…&record=…&action=…&from=…&to=…&q=…&page=…). Used by the
// server prefetch and the client list alike, so both ask for the same query; invalid values are left out.
import { z } from "zod";
import { type TAuditListInput, ZAuditAction, ZAuditEntity, ZAuditListInput } from "@/server/schemas/audit";
import { ZPage, ZSearch } from "@/server/schemas/common";
import { type SearchParamsLike, searchParamReader } from "@/server/schemas/search-params";

/** A day as the date field gives it (YYYY-MM-DD), and only a real one. */
const ZDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((text) => ZAuditListInput.shape.from.safeParse(text).success);

const ZText = z.string().trim().min(1).max(64);

export function auditListInputFromSearchParams(params: SearchParamsLike): TAuditListInput {
  const { one, number } = searchParamReader(params);
  return {
    actorId: one(ZText, "actor"),
    entityType: one(ZAuditEntity, "entity"),
    entityId: one(ZText, "record"),
    action: one(ZAuditAction, "action"),
    from: one(ZDay, "from"),
    to: one(ZDay, "to"),
    q: one(ZSearch, "q") || undefined,
    page: number(ZPage.unwrap(), "page"),
  };
}
