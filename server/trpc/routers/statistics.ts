import { getDashboard } from "../../services/statistics/dashboard";
import { publicProcedure, router } from "../init";

export const statisticsRouter = router({
  dashboard: publicProcedure.query(({ ctx }) => getDashboard(ctx.db)),
});
