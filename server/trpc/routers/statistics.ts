import { getDashboard } from "../../services/statistics/dashboard";
import { router, viewerProcedure } from "../init";

export const statisticsRouter = router({
  dashboard: viewerProcedure.query(({ ctx }) => getDashboard(ctx.db)),
});
