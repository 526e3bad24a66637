import { ZPartnerListInput } from "../../lists/partners";
import { ZPartnerByIdInput, ZPartnerCreateInput, ZPartnerUpdateInput } from "../../schemas/partner";
import { getPartner } from "../../services/partner/detail";
import { listPartners, partnerCountries, partnerOptions } from "../../services/partner/list";
import { createPartner, updatePartner } from "../../services/partner/write";
import { editorProcedure, router, viewerProcedure } from "../init";

export const partnerRouter = router({
  list: viewerProcedure.input(ZPartnerListInput).query(({ ctx, input }) => listPartners(ctx.db, input)),
  options: viewerProcedure.query(({ ctx }) => partnerOptions(ctx.db)),
  countries: viewerProcedure.query(({ ctx }) => partnerCountries(ctx.db)),
  byId: viewerProcedure.input(ZPartnerByIdInput).query(({ ctx, input }) => getPartner(ctx.db, input.id)),
  create: editorProcedure
    .input(ZPartnerCreateInput)
    .mutation(({ ctx, input }) => createPartner(ctx.db, ctx.actor, input)),
  update: editorProcedure
    .input(ZPartnerUpdateInput)
    .mutation(({ ctx, input }) => updatePartner(ctx.db, ctx.actor, input)),
});
