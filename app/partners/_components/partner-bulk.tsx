"use client";
// The partner list's bulk change: one human-rights review (status, last review, next review due, a note if given)
// for every chosen partner. The selection, preview and apply are the shared bulk bar's (app/_components/bulk-bar.tsx).
import { HUMAN_RIGHTS_REVIEW_STATUSES, type HumanRightsReviewStatus } from "@/server/domain/enums";
import { ZPartnerBulkReview } from "@/server/lists/bulk";
import type { TPartnerListInput } from "@/server/lists/partners";
import { BulkBar, BulkInput, BulkSelect, type ListBulkProps } from "../../_components/bulk-bar";
import { DateField } from "../../_components/date-input";
import { enumOptions } from "../../_components/list-controls";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

export function PartnerBulkBar(props: ListBulkProps<number | null, TPartnerListInput>) {
  const { m } = useI18n();
  const trpc = useTRPC();
  return (
    <BulkBar
      list={props}
      procedures={trpc.partner}
      schema={ZPartnerBulkReview}
      names={["status", "lastReviewedOn", "nextDueOn", "note"]}
      messages={{ apply: m.bulk.partnerApply, applied: m.bulk.partnerApplied, exceeded: m.bulk.partnerExceeded }}
      value={(value) => m.humanRightsReview.status[value as HumanRightsReviewStatus]}
      recordPath="/partners"
      fields={(errors) => (
        <>
          <BulkSelect
            name="status"
            label={m.humanRightsReview.statusLabel}
            options={enumOptions(HUMAN_RIGHTS_REVIEW_STATUSES, m.humanRightsReview.status)}
          />
          <DateField label={m.humanRightsReview.lastReviewedOn} name="lastReviewedOn" dayOnly errors={errors} />
          <DateField label={m.humanRightsReview.nextDueOn} name="nextDueOn" dayOnly errors={errors} />
          <BulkInput name="note" label={m.bulk.reviewNote} maxLength={4000} multiline />
        </>
      )}
    />
  );
}
