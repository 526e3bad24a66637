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
import { editorProcedure, router, viewerProcedure } from "../init";

export const workingGroupRouter = router({
  list: viewerProcedure.input(ZWorkingGroupListInput).query(({ ctx, input }) => listWorkingGroups(ctx.db, input)),
  byId: viewerProcedure.input(ZWorkingGroupByIdInput).query(({ ctx, input }) => getWorkingGroup(ctx.db, input.id)),
  create: editorProcedure
    .input(ZWorkingGroupCreateInput)
    .mutation(({ ctx, input }) => createWorkingGroup(ctx.db, ctx.actor, input)),
  update: editorProcedure
    .input(ZWorkingGroupUpdateInput)
    .mutation(({ ctx, input }) => updateWorkingGroup(ctx.db, ctx.actor, input)),
  addMilestone: editorProcedure
    .input(ZMilestoneAddInput)
    .mutation(({ ctx, input }) => addMilestone(ctx.db, ctx.actor, input)),
  updateMilestone: editorProcedure
    .input(ZMilestoneUpdateInput)
    .mutation(({ ctx, input }) => updateMilestone(ctx.db, ctx.actor, input)),
  removeMilestone: editorProcedure
    .input(ZMilestoneRemoveInput)
    .mutation(({ ctx, input }) => removeMilestone(ctx.db, ctx.actor, input)),
});
