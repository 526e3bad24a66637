import { calendarFeedOf, createCalendarFeed, revokeCalendarFeed } from "../../services/calendar/feed";
import { router, viewerProcedure } from "../init";

/** Every signed-in user's own calendar feed. */
export const calendarRouter = router({
  feed: viewerProcedure.query(({ ctx }) => calendarFeedOf(ctx.db, ctx.actor)),
  create: viewerProcedure.mutation(({ ctx }) => createCalendarFeed(ctx.db, ctx.actor)),
  revoke: viewerProcedure.mutation(({ ctx }) => revokeCalendarFeed(ctx.db, ctx.actor)),
});
