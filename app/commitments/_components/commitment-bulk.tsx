"use client";
// The commitment list's bulk change: one status for every chosen commitment, with one reason (required for done and
// dropped). The selection, preview and apply are the shared bulk bar's (app/_components/bulk-bar.tsx).
import { COMMITMENT_STATUSES, type CommitmentStatus } from "@/server/domain/enums";
import { ZCommitmentBulkStatus } from "@/server/lists/bulk";
import type { TCommitmentListInput } from "@/server/lists/commitments";
import { BulkBar, BulkInput, BulkSelect, type ListBulkProps } from "../../_components/bulk-bar";
import { enumOptions } from "../../_components/list-controls";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

export function CommitmentBulkBar(props: ListBulkProps<number, TCommitmentListInput>) {
  const { m } = useI18n();
  const trpc = useTRPC();
  return (
    <BulkBar
      list={props}
      procedures={trpc.commitment}
      alsoRefresh={[trpc.agenda.pathKey()]}
      schema={ZCommitmentBulkStatus}
      names={["status", "reason"]}
      messages={{
        apply: m.bulk.commitmentApply,
        applied: m.bulk.commitmentApplied,
        exceeded: m.bulk.commitmentExceeded,
      }}
      value={(value) => m.commitment.status[value as CommitmentStatus]}
      recordPath="/commitments"
      fields={() => (
        <>
          <BulkSelect
            name="status"
            label={m.commitment.newStatus}
            options={enumOptions(COMMITMENT_STATUSES, m.commitment.status)}
          />
          <BulkInput name="reason" label={m.bulk.reason} maxLength={2000} multiline />
        </>
      )}
    />
  );
}
