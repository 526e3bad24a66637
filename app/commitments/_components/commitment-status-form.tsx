"use client";
// Changing a commitment's status: "done" and "dropped" need a reason (the server checks it too and names the field).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import { COMMITMENT_STATUS_RULES } from "@/server/domain/commitment";
import { COMMITMENT_STATUSES, type CommitmentStatus } from "@/server/domain/enums";
import { ZCommitmentStatusInput } from "@/server/schemas/commitment";
import { SelectField, TextArea } from "../../_components/fields";
import { FormActions, FormErrorSummary, useFormErrors } from "../../_components/form-parts";
import { useLeaveGuard } from "../../_components/leave-guard";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

export function CommitmentStatusForm({
  commitment,
}: {
  commitment: { id: number; version: number; status: CommitmentStatus };
}) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  // A chosen status or a typed reason not yet saved is asked about before leaving; after a save, what the form
  // holds is saved.
  const formRef = useRef<HTMLFormElement>(null);
  const guard = useLeaveGuard(formRef, m.form.unsavedChanges);
  const mutation = useMutation(
    trpc.commitment.setStatus.mutationOptions({
      onSuccess: async () => {
        for (const queryKey of [trpc.commitment.pathKey(), trpc.statistics.pathKey(), trpc.audit.pathKey()]) {
          await queryClient.invalidateQueries({ queryKey });
        }
        guard.reset();
        setSaved(true);
        router.refresh();
      },
    }),
  );
  const { errors, summary, validate, setOwnErrors } = useFormErrors(mutation.error);

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
