import { ZCommitmentListInput } from "../../lists/commitments";
import {
  ZCommitmentByIdInput,
  ZCommitmentCreateInput,
  ZCommitmentStatusInput,
  ZCommitmentsOfAgreementInput,
  ZCommitmentUpdateInput,
} from "../../schemas/commitment";
import { commitmentLinkOptions, commitmentsOfAgreement, getCommitment } from "../../services/commitment/detail";
import { listCommitments } from "../../services/commitment/list";
import { createCommitment, setCommitmentStatus, updateCommitment } from "../../services/commitment/write";
import { editorChange, router, viewerRead } from "../init";

export const commitmentRouter = router({
  list: viewerRead(ZCommitmentListInput, listCommitments),
  byId: viewerRead(ZCommitmentByIdInput, (db, input) => getCommitment(db, input.id)),
  ofAgreement: viewerRead(ZCommitmentsOfAgreementInput, commitmentsOfAgreement),
  linkOptions: viewerRead(ZCommitmentsOfAgreementInput, commitmentLinkOptions),
  create: editorChange(ZCommitmentCreateInput, createCommitment),
  update: editorChange(ZCommitmentUpdateInput, updateCommitment),
  setStatus: editorChange(ZCommitmentStatusInput, setCommitmentStatus),
});
