import { ZMailSendNowInput, ZMailSendNowProgressInput, ZMailSettingsInput } from "../../schemas/mail";
import { mailOverview } from "../../services/mail/runs";
import { sendMailNow, sendNowProgress } from "../../services/mail/send-now";
import { getMailSettings, updateMailSettings } from "../../services/mail/settings";
import { adminChange, adminProcedure, router, viewerProcedure } from "../init";

/** E-mail reminders: every signed-in user's own settings; the runs and deliveries, and "send now", for admins. */
export const mailRouter = router({
  settings: viewerProcedure.query(({ ctx }) => getMailSettings(ctx.db, ctx.actor)),
  updateSettings: viewerProcedure
    .input(ZMailSettingsInput)
    .mutation(({ ctx, input }) => updateMailSettings(ctx.db, ctx.actor, input)),
  overview: adminProcedure.query(({ ctx }) => mailOverview(ctx.db)),
  /** Today's digest and overdue notices queued at once (the same jobs as the schedule's; audited). */
  sendNow: adminChange(ZMailSendNowInput, (db, actor) => sendMailNow(db, actor)),
  sendNowProgress: adminProcedure
    .input(ZMailSendNowProgressInput)
    .query(({ ctx, input }) => sendNowProgress(ctx.db, input.jobs)),
});
