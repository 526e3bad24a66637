import { ZAgreementListInput } from "../../lists/agreements";
import { ZPartnerBulkApplyInput, ZPartnerBulkPreviewInput } from "../../lists/bulk";
import { ZPartnerListInput } from "../../lists/partners";
import { ZPickerSearchInput } from "../../schemas/common";
import { ZHumanRightsReviewInput } from "../../schemas/human-rights-review";
import { ZPartnerByIdInput, ZPartnerCreateInput, ZPartnerUpdateInput } from "../../schemas/partner";
import { applyPartnerBulk, previewPartnerBulk } from "../../services/partner/bulk-review";
import { getPartner } from "../../services/partner/detail";
import { setHumanRightsReview } from "../../services/partner/human-rights-review";
import { listPartners, partnerCountries, partnerOptions, searchPartners } from "../../services/partner/list";
import { partnerMap } from "../../services/partner/map";
import { createPartner, updatePartner } from "../../services/partner/write";
import { editorChange, editorProcedure, router, viewerProcedure, viewerRead } from "../init";

export const partnerRouter = router({
  list: viewerRead(ZPartnerListInput, listPartners),
  options: viewerProcedure.query(({ ctx }) => partnerOptions(ctx.db)),
  search: viewerRead(ZPickerSearchInput, searchPartners),
  /** The map (issue 21): partners with their marker status, under the agreement list's filters. */
  // Not a kept read (viewerRead): its input is the whole list input (paging and order included, which the map
  // ignores) and its answer holds every placed partner, megabytes at country scale; kept per input, varied pages would
  // fill the server's memory.
  map: viewerProcedure.input(ZAgreementListInput).query(({ ctx, input }) => partnerMap(ctx.db, input)),
  countries: viewerProcedure.query(({ ctx }) => partnerCountries(ctx.db)),
  byId: viewerProcedure.input(ZPartnerByIdInput).query(({ ctx, input }) => getPartner(ctx.db, input.id)),
  create: editorChange(ZPartnerCreateInput, createPartner),
  update: editorChange(ZPartnerUpdateInput, updatePartner),
  setHumanRightsReview: editorChange(ZHumanRightsReviewInput, setHumanRightsReview),
  /** What setting one human-rights review for many partners would do (a read, for those who may apply it). */
  bulkPreview: editorProcedure
    .input(ZPartnerBulkPreviewInput)
    .query(({ ctx, input }) => previewPartnerBulk(ctx.db, input)),
  bulkApply: editorChange(ZPartnerBulkApplyInput, applyPartnerBulk),
});
