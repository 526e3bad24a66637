import { ZActivityListInput } from "../../lists/activities";
import { ZActivityByIdInput, ZActivityCreateInput, ZActivityUpdateInput } from "../../schemas/activity";
import { getActivity } from "../../services/activity/detail";
import { listActivities } from "../../services/activity/list";
import { createActivity, updateActivity } from "../../services/activity/write";
import { editorProcedure, router, viewerProcedure } from "../init";

export const activityRouter = router({
  list: viewerProcedure.input(ZActivityListInput).query(({ ctx, input }) => listActivities(ctx.db, input)),
  byId: viewerProcedure.input(ZActivityByIdInput).query(({ ctx, input }) => getActivity(ctx.db, input.id)),
  create: editorProcedure
    .input(ZActivityCreateInput)
    .mutation(({ ctx, input }) => createActivity(ctx.db, ctx.actor, input)),
  update: editorProcedure
    .input(ZActivityUpdateInput)
    .mutation(({ ctx, input }) => updateActivity(ctx.db, ctx.actor, input)),
});
