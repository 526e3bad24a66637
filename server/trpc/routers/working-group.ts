import {
  ZMilestoneAddInput,
  ZMilestoneRemoveInput,
  ZMilestoneUpdateInput,
  ZWorkingGroupByIdInput,
  ZWorkingGroupCreateInput,
  ZWorkingGroupListInput,
  ZWorkingGroupUpdateInput,
} from "../../schemas/working-group";
import { getWorkingGroup } from "../../services/working-group/detail";
import { listWorkingGroups } from "../../services/working-group/list";
import { addMilestone, removeMilestone, updateMilestone } from "../../services/working-group/milestones";
import { createWorkingGroup, updateWorkingGroup } from "../../services/working-group/write";
import { publicProcedure, router } from "../init";

export const workingGroupRouter = router({
  list: publicProcedure.input(ZWorkingGroupListInput).query(({ ctx, input }) => listWorkingGroups(ctx.db, input)),
  byId: publicProcedure.input(ZWorkingGroupByIdInput).query(({ ctx, input }) => getWorkingGroup(ctx.db, input.id)),
  create: publicProcedure
    .input(ZWorkingGroupCreateInput)
    .mutation(({ ctx, input }) => createWorkingGroup(ctx.db, input)),
  update: publicProcedure
    .input(ZWorkingGroupUpdateInput)
    .mutation(({ ctx, input }) => updateWorkingGroup(ctx.db, input)),
  addMilestone: publicProcedure.input(ZMilestoneAddInput).mutation(({ ctx, input }) => addMilestone(ctx.db, input)),
  updateMilestone: publicProcedure
    .input(ZMilestoneUpdateInput)
    .mutation(({ ctx, input }) => updateMilestone(ctx.db, input)),
  removeMilestone: publicProcedure
    .input(ZMilestoneRemoveInput)
    .mutation(({ ctx, input }) => removeMilestone(ctx.db, input.id)),
});
