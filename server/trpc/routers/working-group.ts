import { ZWorkingGroupBulkApplyInput, ZWorkingGroupBulkPreviewInput } from "../../lists/bulk";
import { ZWorkingGroupListInput } from "../../lists/working-groups";
import {
  ZMilestoneAddInput,
  ZMilestoneRemoveInput,
  ZMilestoneUpdateInput,
  ZWorkingGroupByIdInput,
  ZWorkingGroupCreateInput,
  ZWorkingGroupUpdateInput,
} from "../../schemas/working-group";
import { applyWorkingGroupBulk, previewWorkingGroupBulk } from "../../services/working-group/bulk-status";
import { getWorkingGroup } from "../../services/working-group/detail";
import { listWorkingGroups } from "../../services/working-group/list";
import { addMilestone, removeMilestone, updateMilestone } from "../../services/working-group/milestones";
import { createWorkingGroup, updateWorkingGroup } from "../../services/working-group/write";
import { editorChange, editorProcedure, router, viewerProcedure, viewerRead } from "../init";

export const workingGroupRouter = router({
  list: viewerRead(ZWorkingGroupListInput, listWorkingGroups),
  byId: viewerProcedure.input(ZWorkingGroupByIdInput).query(({ ctx, input }) => getWorkingGroup(ctx.db, input.id)),
  create: editorChange(ZWorkingGroupCreateInput, createWorkingGroup),
  update: editorChange(ZWorkingGroupUpdateInput, updateWorkingGroup),
  addMilestone: editorChange(ZMilestoneAddInput, addMilestone),
  updateMilestone: editorChange(ZMilestoneUpdateInput, updateMilestone),
  removeMilestone: editorChange(ZMilestoneRemoveInput, removeMilestone),
  /** What one status for many working groups would do (a read, for those who may apply it). */
  bulkPreview: editorProcedure
    .input(ZWorkingGroupBulkPreviewInput)
    .query(({ ctx, input }) => previewWorkingGroupBulk(ctx.db, input)),
  bulkApply: editorChange(ZWorkingGroupBulkApplyInput, applyWorkingGroupBulk),
});
