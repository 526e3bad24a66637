import { ZActivityListInput } from "../../lists/activities";
import { ZActivityByIdInput, ZActivityCreateInput, ZActivityUpdateInput } from "../../schemas/activity";
import { getActivity } from "../../services/activity/detail";
import { listActivities } from "../../services/activity/list";
import { createActivity, updateActivity } from "../../services/activity/write";
import { editorChange, router, viewerProcedure, viewerRead } from "../init";

export const activityRouter = router({
  list: viewerRead(ZActivityListInput, listActivities),
  byId: viewerProcedure.input(ZActivityByIdInput).query(({ ctx, input }) => getActivity(ctx.db, input.id)),
  create: editorChange(ZActivityCreateInput, createActivity),
  update: editorChange(ZActivityUpdateInput, updateActivity),
});
