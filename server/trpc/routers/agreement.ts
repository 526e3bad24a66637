import {
  ZAgreementByIdInput,
  ZAgreementCreateInput,
  ZAgreementListInput,
  ZAgreementTransitionInput,
  ZAgreementUpdateInput,
} from "../../schemas/agreement";
import { getAgreement } from "../../services/agreement/detail";
import { agreementOptions, listAgreements } from "../../services/agreement/list";
import { transitionAgreement } from "../../services/agreement/transition";
import { createAgreement, updateAgreement } from "../../services/agreement/write";
import { publicProcedure, router } from "../init";

export const agreementRouter = router({
  list: publicProcedure.input(ZAgreementListInput).query(({ ctx, input }) => listAgreements(ctx.db, input)),
  options: publicProcedure.query(({ ctx }) => agreementOptions(ctx.db)),
  byId: publicProcedure.input(ZAgreementByIdInput).query(({ ctx, input }) => getAgreement(ctx.db, input.id)),
  create: publicProcedure
    .input(ZAgreementCreateInput)
    .mutation(({ ctx, input }) => createAgreement(ctx.db, ctx.actor.name, input)),
  update: publicProcedure.input(ZAgreementUpdateInput).mutation(({ ctx, input }) => updateAgreement(ctx.db, input)),
  transition: publicProcedure
    .input(ZAgreementTransitionInput)
    .mutation(({ ctx, input }) => transitionAgreement(ctx.db, ctx.actor.name, input)),
});
