import { ZMailSettingsInput } from "../../schemas/mail";
import { mailOverview } from "../../services/mail/runs";
import { getMailSettings, updateMailSettings } from "../../services/mail/settings";
import { adminProcedure, router, viewerProcedure } from "../init";

/** E-mail reminders: every signed-in user's own settings; the runs and deliveries for admins. */
export const mailRouter = router({
  settings: viewerProcedure.query(({ ctx }) => getMailSettings(ctx.db, ctx.actor)),
  updateSettings: viewerProcedure
    .input(ZMailSettingsInput)
    .mutation(({ ctx, input }) => updateMailSettings(ctx.db, ctx.actor, input)),
  overview: adminProcedure.query(({ ctx }) => mailOverview(ctx.db)),
});
