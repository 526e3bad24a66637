import { TRPCError } from "@trpc/server";
import { hasRole } from "../../auth/roles";
import { ZAuditListInput } from "../../lists/audit";
import { ZRecordHistoryInput } from "../../schemas/audit";
import { auditActors, listAuditEvents, recordHistory } from "../../services/audit/list";
import { adminProcedure, editorProcedure, router } from "../init";

export const auditRouter = router({
  list: adminProcedure.input(ZAuditListInput).query(({ ctx, input }) => listAuditEvents(ctx.db, input)),
  actors: adminProcedure.query(({ ctx }) => auditActors(ctx.db)),
  /** A record's own history on its detail page: for staff (editors) and admins; an account's only for admins. */
  history: editorProcedure.input(ZRecordHistoryInput).query(async ({ ctx, input }) => {
    if (input.entityType === "USER" && !hasRole(ctx.actor.role, "ADMIN")) {
      throw new TRPCError({ code: "FORBIDDEN", message: "An account's history is for admins only." });
    }
    const events = await recordHistory(ctx.db, input);
    // Staff see who changed a record, not their colleagues' addresses (admins see those on the audit page).
    return hasRole(ctx.actor.role, "ADMIN") ? events : events.map((event) => ({ ...event, ipAddress: null }));
  }),
});
