import { ZAgreementListInput } from "../../lists/agreements";
import { ZPartnerListInput } from "../../lists/partners";
import { ZPickerSearchInput } from "../../schemas/common";
import { ZHumanRightsReviewInput } from "../../schemas/human-rights-review";
import { ZPartnerByIdInput, ZPartnerCreateInput, ZPartnerUpdateInput } from "../../schemas/partner";
import { getPartner } from "../../services/partner/detail";
import { setHumanRightsReview } from "../../services/partner/human-rights-review";
import { listPartners, partnerCountries, partnerOptions, searchPartners } from "../../services/partner/list";
import { partnerMap } from "../../services/partner/map";
import { createPartner, updatePartner } from "../../services/partner/write";
import { editorChange, router, viewerProcedure, viewerRead } from "../init";

export const partnerRouter = router({
  list: viewerRead(ZPartnerListInput, listPartners),
  options: viewerProcedure.query(({ ctx }) => partnerOptions(ctx.db)),
  search: viewerRead(ZPickerSearchInput, searchPartners),
  /** The map (issue 21): partners with their marker status, under the agreement list's filters. */
  map: viewerRead(ZAgreementListInput, partnerMap),
  countries: viewerProcedure.query(({ ctx }) => partnerCountries(ctx.db)),
  byId: viewerProcedure.input(ZPartnerByIdInput).query(({ ctx, input }) => getPartner(ctx.db, input.id)),
  create: editorChange(ZPartnerCreateInput, createPartner),
  update: editorChange(ZPartnerUpdateInput, updatePartner),
  setHumanRightsReview: editorChange(ZHumanRightsReviewInput, setHumanRightsReview),
});
