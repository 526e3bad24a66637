import { ZPartnerByIdInput, ZPartnerCreateInput, ZPartnerListInput, ZPartnerUpdateInput } from "../../schemas/partner";
import { getPartner } from "../../services/partner/detail";
import { listPartners, partnerCountries, partnerOptions } from "../../services/partner/list";
import { createPartner, updatePartner } from "../../services/partner/write";
import { publicProcedure, router } from "../init";

export const partnerRouter = router({
  list: publicProcedure.input(ZPartnerListInput).query(({ ctx, input }) => listPartners(ctx.db, input)),
  options: publicProcedure.query(({ ctx }) => partnerOptions(ctx.db)),
  countries: publicProcedure.query(({ ctx }) => partnerCountries(ctx.db)),
  byId: publicProcedure.input(ZPartnerByIdInput).query(({ ctx, input }) => getPartner(ctx.db, input.id)),
  create: publicProcedure.input(ZPartnerCreateInput).mutation(({ ctx, input }) => createPartner(ctx.db, input)),
  update: publicProcedure.input(ZPartnerUpdateInput).mutation(({ ctx, input }) => updatePartner(ctx.db, input)),
});
