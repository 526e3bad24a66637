import {
  ZSavedViewCreateInput,
  ZSavedViewDeleteInput,
  ZSavedViewListInput,
  ZSavedViewUpdateInput,
} from "../../lists/saved-views";
import {
  createSavedView,
  deleteSavedView,
  listSavedViews,
  updateSavedView,
} from "../../services/saved-view/saved-views";
import { router, viewerProcedure } from "../init";

// Every signed-in role keeps views of its own (a view changes no record); the service checks ownership.
export const savedViewRouter = router({
  list: viewerProcedure.input(ZSavedViewListInput).query(({ ctx, input }) => listSavedViews(ctx.db, ctx.actor, input)),
  create: viewerProcedure
    .input(ZSavedViewCreateInput)
    .mutation(({ ctx, input }) => createSavedView(ctx.db, ctx.actor, input)),
  update: viewerProcedure
    .input(ZSavedViewUpdateInput)
    .mutation(({ ctx, input }) => updateSavedView(ctx.db, ctx.actor, input)),
  remove: viewerProcedure
    .input(ZSavedViewDeleteInput)
    .mutation(({ ctx, input }) => deleteSavedView(ctx.db, ctx.actor, input)),
});
