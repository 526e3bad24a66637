import { ZAgreementListInput } from "../../lists/agreements";
import {
  ZAgreementByIdInput,
  ZAgreementCreateInput,
  ZAgreementTransitionInput,
  ZAgreementUpdateInput,
} from "../../schemas/agreement";
import { getAgreement } from "../../services/agreement/detail";
import { agreementOptions, listAgreements } from "../../services/agreement/list";
import { transitionAgreement } from "../../services/agreement/transition";
import { createAgreement, updateAgreement } from "../../services/agreement/write";
import { editorProcedure, router, viewerProcedure } from "../init";

export const agreementRouter = router({
  list: viewerProcedure.input(ZAgreementListInput).query(({ ctx, input }) => listAgreements(ctx.db, input)),
  options: viewerProcedure.query(({ ctx }) => agreementOptions(ctx.db)),
  byId: viewerProcedure.input(ZAgreementByIdInput).query(({ ctx, input }) => getAgreement(ctx.db, input.id)),
  create: editorProcedure
    .input(ZAgreementCreateInput)
    .mutation(({ ctx, input }) => createAgreement(ctx.db, ctx.actor, input)),
  update: editorProcedure
    .input(ZAgreementUpdateInput)
    .mutation(({ ctx, input }) => updateAgreement(ctx.db, ctx.actor, input)),
  transition: editorProcedure
    .input(ZAgreementTransitionInput)
    .mutation(({ ctx, input }) => transitionAgreement(ctx.db, ctx.actor, input)),
});
