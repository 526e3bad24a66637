import { z } from "zod";
import { ZTimelineInput } from "../../lists/timeline";
import { ZId } from "../../schemas/common";
import { getPartnerTimeline, getTimeline } from "../../services/timeline/timeline";
import { router, viewerRead } from "../init";

export const ZPartnerTimelineInput = z.strictObject({ partnerId: ZId });

export const timelineRouter = router({
  list: viewerRead(ZTimelineInput, getTimeline),
  ofPartner: viewerRead(ZPartnerTimelineInput, (db, input) => getPartnerTimeline(db, input.partnerId)),
});
