import { ZAgreementListInput } from "../../lists/agreements";
import { ZAgreementBulkApplyInput, ZAgreementBulkPreviewInput } from "../../lists/bulk";
import {
  ZAgreementByIdInput,
  ZAgreementCreateInput,
  ZAgreementTransitionInput,
  ZAgreementUpdateInput,
} from "../../schemas/agreement";
import { ZPickerSearchInput } from "../../schemas/common";
import { applyAgreementBulk, previewAgreementBulk } from "../../services/agreement/bulk";
import { getAgreement } from "../../services/agreement/detail";
import { agreementOptions, listAgreements, searchAgreements } from "../../services/agreement/list";
import { isPinned, listPinned, pinAgreement, unpinAgreement } from "../../services/agreement/pin";
import { transitionAgreement } from "../../services/agreement/transition";
import { createAgreement, updateAgreement } from "../../services/agreement/write";
import { editorChange, editorProcedure, router, viewerProcedure, viewerRead } from "../init";

export const agreementRouter = router({
  list: viewerRead(ZAgreementListInput, listAgreements),
  options: viewerProcedure.query(({ ctx }) => agreementOptions(ctx.db)),
  search: viewerRead(ZPickerSearchInput, searchAgreements),
  byId: viewerProcedure.input(ZAgreementByIdInput).query(({ ctx, input }) => getAgreement(ctx.db, input.id)),
  create: editorChange(ZAgreementCreateInput, createAgreement),
  update: editorChange(ZAgreementUpdateInput, updateAgreement),
  transition: editorChange(ZAgreementTransitionInput, transitionAgreement),
  pinned: viewerProcedure.query(({ ctx }) => listPinned(ctx.db)),
  isPinned: viewerRead(ZAgreementByIdInput, (db, input) => isPinned(db, input.id)),
  pin: editorChange(ZAgreementByIdInput, pinAgreement),
  unpin: editorChange(ZAgreementByIdInput, unpinAgreement),
  /** What a bulk change would do (a read, but only for those who may apply it). */
  bulkPreview: editorProcedure
    .input(ZAgreementBulkPreviewInput)
    .query(({ ctx, input }) => previewAgreementBulk(ctx.db, input)),
  bulkApply: editorChange(ZAgreementBulkApplyInput, applyAgreementBulk),
});
