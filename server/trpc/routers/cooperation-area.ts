import { listCooperationAreas } from "../../services/cooperation-area";
import { router, viewerProcedure } from "../init";

export const cooperationAreaRouter = router({
  list: viewerProcedure.query(({ ctx }) => listCooperationAreas(ctx.db)),
});
