import { TRPCError } from "@trpc/server";
import { hasRole } from "../../auth/roles";
import { ZAuditListInput, ZRecordHistoryInput } from "../../schemas/audit";
import { auditActors, listAuditEvents, recordHistory } from "../../services/audit/list";
import { adminProcedure, editorProcedure, router } from "../init";

export const auditRouter = router({
  list: adminProcedure.input(ZAuditListInput).query(({ ctx, input }) => listAuditEvents(ctx.db, input)),
  actors: adminProcedure.query(({ ctx }) => auditActors(ctx.db)),
  /** A record's own history on its detail page: for staff (editors) and admins; an account's only for admins. */
  history: editorProcedure.input(ZRecordHistoryInput).query(({ ctx, input }) => {
    if (input.entityType === "USER" && !hasRole(ctx.actor.role, "ADMIN")) {
      throw new TRPCError({ code: "FORBIDDEN", message: "An account's history is for admins only." });
    }
    return recordHistory(ctx.db, input);
  }),
});
