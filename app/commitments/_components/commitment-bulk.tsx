"use client";
// The commitment list's bulk change: one status for every chosen commitment, with one reason (required for done and
// dropped). The selection, preview and apply are the shared bulk bar's (app/_components/bulk-bar.tsx).
import { useQueryClient } from "@tanstack/react-query";
import { COMMITMENT_STATUSES, type CommitmentStatus } from "@/server/domain/enums";
import { fmt } from "@/server/i18n/format";
import { BULK_LIMIT, ZCommitmentBulkStatus } from "@/server/lists/bulk";
import type { TCommitmentListInput } from "@/server/lists/commitments";
import { BulkBar, BulkInput, BulkSelect, type Selection } from "../../_components/bulk-bar";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

export function CommitmentBulkBar({
  selection,
  filter,
  pageRows,
  total,
  totalCapped,
  onSelectPage,
  onSelectAllMatching,
  onClear,
}: {
  selection: Selection<number>;
  filter: TCommitmentListInput;
  pageRows: readonly { id: number; version: number }[];
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
      schema={ZCommitmentBulkStatus}
      readChange={(data) => ({ status: String(data.get("status") ?? ""), reason: String(data.get("reason") ?? "") })}
      preview={(change) =>
        queryClient.fetchQuery({
          ...trpc.commitment.bulkPreview.queryOptions({
            selection:
              selection.kind === "filter"
                ? { filter: { ...filter, page: undefined } }
                : { items: [...selection.rows].map(([id, version]) => ({ id, version })) },
            change: change as never,
          }),
          staleTime: 0,
        })
      }
      apply={trpc.commitment.bulkApply.mutationOptions() as never}
      invalidate={async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.commitment.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.agenda.pathKey() });
      }}
      texts={{
        apply: (count) => fmt(m.bulk.commitmentApply, { count }, locale),
        applied: (count) => fmt(m.bulk.commitmentApplied, { count }, locale),
        exceeded: (matched) => fmt(m.bulk.commitmentExceeded, { matched, limit: BULK_LIMIT }, locale),
        value: (value) => (value ? m.commitment.status[value as CommitmentStatus] : m.bulk.none),
        href: (id) => `/commitments/${id}`,
      }}
      fields={(errors, id) => (
        <>
          <BulkSelect
            id={`${id}-status`}
            name="status"
            label={m.commitment.newStatus}
            error={errors.status?.[0]}
            emptyLabel={m.common.choose}
            options={COMMITMENT_STATUSES.map((value) => ({ value, label: m.commitment.status[value] }))}
          />
          <BulkInput
            id={`${id}-reason`}
            name="reason"
            label={m.bulk.reason}
            error={errors.reason?.[0]}
            maxLength={2000}
            multiline
          />
        </>
      )}
    />
  );
}
