import { ZActivityListInput } from "../../lists/activities";
import { ZActivityBulkApplyInput, ZActivityBulkPreviewInput } from "../../lists/bulk";
import { ZActivityByIdInput, ZActivityCreateInput, ZActivityUpdateInput } from "../../schemas/activity";
import { ACTIVITY_BULK } from "../../services/activity/bulk";
import { getActivity } from "../../services/activity/detail";
import { listActivities } from "../../services/activity/list";
import { createActivity, updateActivity } from "../../services/activity/write";
import { editorChange, editorProcedure, router, viewerProcedure, viewerRead } from "../init";

export const activityRouter = router({
  list: viewerRead(ZActivityListInput, listActivities),
  byId: viewerProcedure.input(ZActivityByIdInput).query(({ ctx, input }) => getActivity(ctx.db, input.id)),
  create: editorChange(ZActivityCreateInput, createActivity),
  update: editorChange(ZActivityUpdateInput, updateActivity),
  bulkPreview: editorProcedure
    .input(ZActivityBulkPreviewInput)
    .query(({ ctx, input }) => ACTIVITY_BULK.preview(ctx.db, input)),
  bulkApply: editorChange(ZActivityBulkApplyInput, ACTIVITY_BULK.apply),
});
