"use client";
// Changing a commitment's status: "done" and "dropped" need a reason (the server checks it too and names the field).
import type { FormEvent } from "react";
import { COMMITMENT_STATUS_RULES } from "@/server/domain/commitment";
import { COMMITMENT_STATUSES, type CommitmentStatus } from "@/server/domain/enums";
import { ZCommitmentStatusInput } from "@/server/schemas/commitment";
import { SelectField, TextArea } from "../../_components/fields";
import { FormActions, FormErrorSummary, useSaveInPlace } from "../../_components/form-parts";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

export function CommitmentStatusForm({
  commitment,
}: {
  commitment: { id: number; version: number; status: CommitmentStatus };
}) {
  const { m } = useI18n();
  const trpc = useTRPC();
  // A chosen status or a typed reason not yet saved is asked about before leaving.
  const { mutation, formRef, saved, setSaved, errors, summary, validate, setOwnErrors } = useSaveInPlace(
    trpc.commitment.setStatus.mutationOptions,
    [trpc.commitment.pathKey(), trpc.statistics.pathKey(), trpc.audit.pathKey()],
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const data = new FormData(event.currentTarget);
    const status = String(data.get("status") ?? "") as CommitmentStatus;
    const reason = String(data.get("reason") ?? "").trim();
    const input = { id: commitment.id, version: commitment.version, status, reason };
    if (!validate(ZCommitmentStatusInput, input)) return;
    if (COMMITMENT_STATUS_RULES[status]?.reasonRequired && reason.length < 3) {
      setOwnErrors({ reason: [m.validation.reasonRequired] });
      return;
    }
    mutation.mutate(input);
  }

  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-label={m.commitment.changeStatus}>
      <FormErrorSummary {...summary} />
      {saved ? (
        <p className="alert alert--success" role="status">
          {m.commitment.statusSaved}
        </p>
      ) : null}
      <SelectField
        label={m.commitment.newStatus}
        name="status"
        required
        defaultValue={commitment.status}
        options={COMMITMENT_STATUSES.map((value) => ({ value, label: m.commitment.status[value] }))}
        errors={errors}
      />
      <TextArea
        label={m.commitment.statusReason}
        name="reason"
        hint={m.commitment.reasonHint}
        maxLength={2000}
        wide
        errors={errors}
      />
      <FormActions pending={mutation.isPending} submitLabel={m.commitment.changeStatus} />
    </form>
  );
}
