"use client";
// The working group list's bulk change: one status for every chosen working group. The selection, preview and apply
// are the shared bulk bar's (app/_components/bulk-bar.tsx).
import { WORKING_GROUP_STATUSES, type WorkingGroupStatus } from "@/server/domain/enums";
import { ZWorkingGroupBulkStatus } from "@/server/lists/bulk";
import type { TWorkingGroupListInput } from "@/server/lists/working-groups";
import { BulkBar, BulkSelect, type ListBulkProps } from "../../_components/bulk-bar";
import { enumOptions } from "../../_components/list-controls";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

export function WorkingGroupBulkBar(props: ListBulkProps<number, TWorkingGroupListInput>) {
  const { m } = useI18n();
  const trpc = useTRPC();
  return (
    <BulkBar
      list={props}
      procedures={trpc.workingGroup}
      alsoRefresh={[trpc.statistics.pathKey()]}
      schema={ZWorkingGroupBulkStatus}
      names={["status"]}
      messages={{
        apply: m.bulk.workingGroupApply,
        applied: m.bulk.workingGroupApplied,
        exceeded: m.bulk.workingGroupExceeded,
      }}
      value={(value) => m.enums.workingGroupStatus[value as WorkingGroupStatus]}
      recordPath="/working-groups"
      fields={() => (
        <BulkSelect
          name="status"
          label={m.bulk.newStatus}
          options={enumOptions(WORKING_GROUP_STATUSES, m.enums.workingGroupStatus)}
        />
      )}
    />
  );
}
