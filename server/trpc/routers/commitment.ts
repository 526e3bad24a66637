import { ZCommitmentBulkApplyInput, ZCommitmentBulkPreviewInput } from "../../lists/bulk";
import { ZCommitmentListInput } from "../../lists/commitments";
import {
  ZCommitmentByIdInput,
  ZCommitmentCreateInput,
  ZCommitmentOwnerSearchInput,
  ZCommitmentStatusInput,
  ZCommitmentsOfAgreementInput,
  ZCommitmentUpdateInput,
} from "../../schemas/commitment";
import { applyCommitmentBulk, previewCommitmentBulk } from "../../services/commitment/bulk-status";
import { commitmentLinkOptions, commitmentsOfAgreement, getCommitment } from "../../services/commitment/detail";
import { listCommitments } from "../../services/commitment/list";
import { searchCommitmentOwners } from "../../services/commitment/owner-search";
import { createCommitment, setCommitmentStatus, updateCommitment } from "../../services/commitment/write";
import { editorChange, editorProcedure, router, viewerRead } from "../init";

export const commitmentRouter = router({
  list: viewerRead(ZCommitmentListInput, listCommitments),
  byId: viewerRead(ZCommitmentByIdInput, (db, input) => getCommitment(db, input.id)),
  ofAgreement: viewerRead(ZCommitmentsOfAgreementInput, commitmentsOfAgreement),
  linkOptions: viewerRead(ZCommitmentsOfAgreementInput, commitmentLinkOptions),
  /** The owner picker: Cologne-side people who are not erased. */
  ownerOptions: viewerRead(ZCommitmentOwnerSearchInput, searchCommitmentOwners),
  create: editorChange(ZCommitmentCreateInput, createCommitment),
  update: editorChange(ZCommitmentUpdateInput, updateCommitment),
  setStatus: editorChange(ZCommitmentStatusInput, setCommitmentStatus),
  /** What one status for many commitments would do (a read, for those who may apply it). */
  bulkPreview: editorProcedure
    .input(ZCommitmentBulkPreviewInput)
    .query(({ ctx, input }) => previewCommitmentBulk(ctx.db, input)),
  bulkApply: editorChange(ZCommitmentBulkApplyInput, applyCommitmentBulk),
});
