import {
  ZActivityByIdInput,
  ZActivityCreateInput,
  ZActivityListInput,
  ZActivityUpdateInput,
} from "../../schemas/activity";
import { getActivity } from "../../services/activity/detail";
import { listActivities } from "../../services/activity/list";
import { createActivity, updateActivity } from "../../services/activity/write";
import { publicProcedure, router } from "../init";

export const activityRouter = router({
  list: publicProcedure.input(ZActivityListInput).query(({ ctx, input }) => listActivities(ctx.db, input)),
  byId: publicProcedure.input(ZActivityByIdInput).query(({ ctx, input }) => getActivity(ctx.db, input.id)),
  create: publicProcedure.input(ZActivityCreateInput).mutation(({ ctx, input }) => createActivity(ctx.db, input)),
  update: publicProcedure.input(ZActivityUpdateInput).mutation(({ ctx, input }) => updateActivity(ctx.db, input)),
});
