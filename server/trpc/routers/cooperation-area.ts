import { listCooperationAreas } from "../../services/cooperation-area";
import { publicProcedure, router } from "../init";

export const cooperationAreaRouter = router({
  list: publicProcedure.query(({ ctx }) => listCooperationAreas(ctx.db)),
});
