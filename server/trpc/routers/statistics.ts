import { cachedDashboard } from "../../services/statistics/cache";
import { router, viewerProcedure } from "../init";

export const statisticsRouter = router({
  dashboard: viewerProcedure.query(({ ctx }) => cachedDashboard(ctx.db)),
});
