import { ZWorkingGroupListInput } from "../../lists/working-groups";
import {
  ZMilestoneAddInput,
  ZMilestoneRemoveInput,
  ZMilestoneUpdateInput,
  ZWorkingGroupByIdInput,
  ZWorkingGroupCreateInput,
  ZWorkingGroupUpdateInput,
} from "../../schemas/working-group";
import { getWorkingGroup } from "../../services/working-group/detail";
import { listWorkingGroups } from "../../services/working-group/list";
import { addMilestone, removeMilestone, updateMilestone } from "../../services/working-group/milestones";
import { createWorkingGroup, updateWorkingGroup } from "../../services/working-group/write";
import { editorChange, router, viewerProcedure, viewerRead } from "../init";

export const workingGroupRouter = router({
  list: viewerRead(ZWorkingGroupListInput, listWorkingGroups),
  byId: viewerProcedure.input(ZWorkingGroupByIdInput).query(({ ctx, input }) => getWorkingGroup(ctx.db, input.id)),
  create: editorChange(ZWorkingGroupCreateInput, createWorkingGroup),
  update: editorChange(ZWorkingGroupUpdateInput, updateWorkingGroup),
  addMilestone: editorChange(ZMilestoneAddInput, addMilestone),
  updateMilestone: editorChange(ZMilestoneUpdateInput, updateMilestone),
  removeMilestone: editorChange(ZMilestoneRemoveInput, removeMilestone),
});
