"use client";
// The working group list's bulk change: one status for every chosen working group. The selection, preview and apply
// are the shared bulk bar's (app/_components/bulk-bar.tsx).
import { useQueryClient } from "@tanstack/react-query";
import { WORKING_GROUP_STATUSES, type WorkingGroupStatus } from "@/server/domain/enums";
import { fmt } from "@/server/i18n/format";
import { BULK_LIMIT, ZWorkingGroupBulkStatus } from "@/server/lists/bulk";
import type { TWorkingGroupListInput } from "@/server/lists/working-groups";
import { BulkBar, BulkSelect, type Selection } from "../../_components/bulk-bar";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

export function WorkingGroupBulkBar({
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
  filter: TWorkingGroupListInput;
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
      schema={ZWorkingGroupBulkStatus}
      readChange={(data) => ({ status: String(data.get("status") ?? "") })}
      preview={(change) =>
        queryClient.fetchQuery({
          ...trpc.workingGroup.bulkPreview.queryOptions({
            selection:
              selection.kind === "filter"
                ? { filter: { ...filter, page: undefined } }
                : { items: [...selection.rows].map(([id, version]) => ({ id, version })) },
            change: change as never,
          }),
          staleTime: 0,
        })
      }
      apply={trpc.workingGroup.bulkApply.mutationOptions() as never}
      invalidate={async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.workingGroup.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.statistics.pathKey() });
      }}
      texts={{
        apply: (count) => fmt(m.bulk.workingGroupApply, { count }, locale),
        applied: (count) => fmt(m.bulk.workingGroupApplied, { count }, locale),
        exceeded: (matched) => fmt(m.bulk.workingGroupExceeded, { matched, limit: BULK_LIMIT }, locale),
        value: (value) => (value ? m.enums.workingGroupStatus[value as WorkingGroupStatus] : m.bulk.none),
        href: (id) => `/working-groups/${id}`,
      }}
      fields={(errors, id) => (
        <BulkSelect
          id={`${id}-status`}
          name="status"
          label={m.bulk.newStatus}
          error={errors.status?.[0]}
          emptyLabel={m.common.choose}
          options={WORKING_GROUP_STATUSES.map((value) => ({ value, label: m.enums.workingGroupStatus[value] }))}
        />
      )}
    />
  );
}
