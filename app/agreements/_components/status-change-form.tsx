"use client";
// Changing an agreement's status: only the transitions the server allows are offered, none chosen in advance (a
// status picked by default would be a silent step the user never meant), and a reason is required.
// The page keys the form by status and version, so it starts afresh once the change shows; the version it was
// rendered for is sent along, and the server refuses the change (CONFLICT) if the agreement changed since.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { allowedTransitions, SCOPED_STATUSES } from "@/server/domain/agreement-status";
import type { AgreementStatus } from "@/server/domain/enums";
import { ZAgreementTransitionInput } from "@/server/schemas/agreement";
import { DateField } from "../../_components/date-input";
import { TextArea, TextField } from "../../_components/fields";
import { FormActions, FormErrorSummary, useFormErrors } from "../../_components/form-parts";
import { useLeaveGuard } from "../../_components/leave-guard";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

/**
 * The version each agreement was at right after a change made here, so that the form mounted afresh for that version
 * (after the page refreshed) still says the change was made.
 */
const changedTo = new Map<number, number>();

export function StatusChangeForm({
  id,
  status,
  version,
}: {
  id: number;
  status: AgreementStatus;
  /** The agreement's version as shown. */
  version: number;
}) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const options = allowedTransitions(status);
  const [target, setTarget] = useState<AgreementStatus | "">("");
  const [done, setDone] = useState(() => changedTo.get(id) === version);
  const doneRef = useRef<HTMLDivElement>(null);
  // A chosen status or a typed reason not yet applied is asked about before leaving (the form is mounted afresh after
  // a change, so a change made leaves nothing to ask about).
  const formRef = useRef<HTMLFormElement>(null);
  useLeaveGuard(formRef, m.form.unsavedChanges);
  // Mounted afresh after a change: the submit button that had the focus is gone, so the message takes it.
  const justChanged = useRef(done);
  useEffect(() => {
    if (!justChanged.current) return;
    justChanged.current = false;
    changedTo.delete(id);
    doneRef.current?.focus();
  }, [id]);
  const transition = useMutation(
    trpc.agreement.transition.mutationOptions({
      onSuccess: async (result) => {
        changedTo.set(id, result.version);
        setDone(true);
        await queryClient.invalidateQueries({ queryKey: trpc.agreement.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.statistics.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() });
        router.refresh();
      },
    }),
  );
  const { errors, summary, validate } = useFormErrors(transition.error);

  const doneMessage = done ? (
    <div className="alert alert--success" role="status" ref={doneRef} tabIndex={-1}>
      {m.agreement.statusChanged}
    </div>
  ) : null;

  if (options.length === 0) {
    return (
      <>
        {doneMessage}
        <p>{m.agreement.noTransitions}</p>
      </>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = {
      id,
      version,
      to: String(data.get("to") ?? ""),
      reason: String(data.get("reason") ?? ""),
      scope: String(data.get("scope") ?? ""),
      effectiveOn: String(data.get("effectiveOn") ?? ""),
    };
    if (!validate(ZAgreementTransitionInput, input)) return;
    setDone(false);
    transition.mutate(input as z.input<typeof ZAgreementTransitionInput>);
  }

  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-label={m.agreement.changeStatus}>
      {doneMessage}
      <FormErrorSummary {...summary} />
      <div className="field">
        <label htmlFor="transition-to">{m.agreement.newStatus}</label>
        <select
          id="transition-to"
          name="to"
          value={target}
          required
          onChange={(event) => setTarget(event.target.value as AgreementStatus)}
          aria-invalid={errors.to ? true : undefined}
          aria-describedby={errors.to ? "transition-to-error" : undefined}
        >
          <option value="">{m.common.choose}</option>
          {options.map((value) => (
            <option key={value} value={value}>
              {m.enums.agreementStatus[value]}
            </option>
          ))}
        </select>
        {errors.to?.[0] ? (
          <span className="field__error" id="transition-to-error">
            {errors.to[0]}
          </span>
        ) : null}
      </div>
      <TextArea label={m.agreement.reason} name="reason" required maxLength={2000} errors={errors} />
      {target !== "" && SCOPED_STATUSES.includes(target) ? (
        <TextField
          label={m.agreement.scope}
          name="scope"
          hint={m.agreement.scopeHint}
          maxLength={500}
          errors={errors}
        />
      ) : null}
      <DateField label={m.agreement.effectiveOn} name="effectiveOn" dayOnly errors={errors} />
      <FormActions pending={transition.isPending} submitLabel={m.agreement.changeStatus} />
    </form>
  );
}
