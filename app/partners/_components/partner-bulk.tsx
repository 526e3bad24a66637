"use client";
// The partner list's bulk change: one human-rights review (status, last review, next review due, a note if given)
// for every chosen partner. The selection, preview and apply are the shared bulk bar's (app/_components/bulk-bar.tsx).
import { useQueryClient } from "@tanstack/react-query";
import { HUMAN_RIGHTS_REVIEW_STATUSES, type HumanRightsReviewStatus } from "@/server/domain/enums";
import { fmt } from "@/server/i18n/format";
import { BULK_LIMIT, ZPartnerBulkReview } from "@/server/lists/bulk";
import type { TPartnerListInput } from "@/server/lists/partners";
import { BulkBar, BulkInput, BulkSelect, type Selection } from "../../_components/bulk-bar";
import { DateField } from "../../_components/date-input";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

export function PartnerBulkBar({
  selection,
  filter,
  pageRows,
  total,
  totalCapped,
  onSelectPage,
  onSelectAllMatching,
  onClear,
}: {
  selection: Selection<number | null>;
  filter: TPartnerListInput;
  pageRows: readonly { id: number; version: number | null }[];
  total: number;
  totalCapped: boolean;
  onSelectPage: (all: boolean) => void;
  onSelectAllMatching: () => void;
  onClear: () => void;
}) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (
    <BulkBar
      selection={selection}
      pageRows={pageRows}
      total={total}
      totalCapped={totalCapped}
      onSelectPage={onSelectPage}
      onSelectAllMatching={onSelectAllMatching}
      onClear={onClear}
      schema={ZPartnerBulkReview}
      readChange={(data) => ({
        status: String(data.get("status") ?? ""),
        lastReviewedOn: String(data.get("lastReviewedOn") ?? ""),
        nextDueOn: String(data.get("nextDueOn") ?? ""),
        note: String(data.get("note") ?? ""),
      })}
      preview={(change) =>
        queryClient.fetchQuery({
          ...trpc.partner.bulkPreview.queryOptions({
            selection:
              selection.kind === "filter"
                ? { filter: { ...filter, page: undefined } }
                : { items: [...selection.rows].map(([id, version]) => ({ id, version })) },
            change: change as never,
          }),
          staleTime: 0,
        })
      }
      apply={trpc.partner.bulkApply.mutationOptions() as never}
      invalidate={() => queryClient.invalidateQueries({ queryKey: trpc.partner.pathKey() })}
      texts={{
        apply: (count) => fmt(m.bulk.partnerApply, { count }, locale),
        applied: (count) => fmt(m.bulk.partnerApplied, { count }, locale),
        exceeded: (matched) => fmt(m.bulk.partnerExceeded, { matched, limit: BULK_LIMIT }, locale),
        value: (value) => (value ? m.humanRightsReview.status[value as HumanRightsReviewStatus] : m.bulk.none),
        href: (id) => `/partners/${id}`,
      }}
      fields={(errors, id) => (
        <>
          <BulkSelect
            id={`${id}-status`}
            name="status"
            label={m.humanRightsReview.statusLabel}
            error={errors.status?.[0]}
            emptyLabel={m.common.choose}
            options={HUMAN_RIGHTS_REVIEW_STATUSES.map((value) => ({ value, label: m.humanRightsReview.status[value] }))}
          />
          <DateField label={m.humanRightsReview.lastReviewedOn} name="lastReviewedOn" dayOnly errors={errors} />
          <DateField label={m.humanRightsReview.nextDueOn} name="nextDueOn" dayOnly errors={errors} />
          <BulkInput
            id={`${id}-note`}
            name="note"
            label={m.bulk.reviewNote}
            error={errors.note?.[0]}
            maxLength={4000}
            multiline
          />
        </>
      )}
    />
  );
}
