"use client";
// The parts every create/edit form has. The shared zod schema checks the input in the browser first; the server
// checks again, and the errors of both are shown at the same fields.
import { type QueryKey, type UseMutationOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type RefObject, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import type { Locale } from "@/server/i18n/locales";
import { keyedFieldErrors } from "@/server/i18n/validation";
import { useI18n } from "../_i18n/client";
import { ErrorSummary } from "./error-summary";
import { ErrorAlert, type FieldErrors, fieldErrorsOf, localizeFieldErrors } from "./errors";
import { CheckboxField, TextArea, TextField } from "./fields";
import { useLeaveGuard } from "./leave-guard";
import { announceSaved } from "./save-confirmation";

/**
 * A form's field errors: those of its own check, which win, over those the server reported for the last save.
 * `validate` checks the input with the shared schema before it is sent and shows what it finds; a form with checks
 * beyond the schema sets what it found with `setOwnErrors`. `summary` is what the error summary needs: the errors
 * and a count of refused saves (each one moves the focus to the summary).
 */
export function useFormErrors(serverError: unknown) {
  const { locale } = useI18n();
  const [ownErrors, setOwn] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  // A new refusal from the server is a refused save too.
  useEffect(() => {
    if (serverError) setAttempt((count) => count + 1);
  }, [serverError]);
  function setOwnErrors(found: FieldErrors | ((previous: FieldErrors) => FieldErrors)) {
    setOwn(found);
    // An updater adds errors; a plain value may be "none".
    if (typeof found === "function" || Object.keys(found).length) setAttempt((count) => count + 1);
  }
  function validate(schema: z.ZodType, input: unknown): boolean {
    const parsed = schema.safeParse(input);
    setOwnErrors(parsed.success ? {} : schemaFieldErrors(parsed.error, locale));
    return parsed.success;
  }
  const errors = { ...fieldErrorsOf(serverError, locale), ...ownErrors };
  return { errors, ownErrors, setOwnErrors, validate, summary: { errors, serverError, attempt } };
}

/** A procedure's mutationOptions (create or update of a record), as the options proxy of tRPC gives it. */
type SaveOptions<V, E, C> = (options: {
  onSuccess: (result: { id: number }) => unknown;
}) => UseMutationOptions<{ id: number; version: number }, E, V, C>;

/**
 * Saving a record from its create/edit form: the input checked by the shared schema first (and by `extraCheck` for
 * what a schema cannot see, such as a number that did not parse), then created or updated (an update with the id and
 * the version the editor started from); after a save, what it changed is refetched and the record's page opens.
 */
export function useRecordSave<CreateInput, UpdateInput, E, C1, C2>(config: {
  record: { id: number; version: number } | undefined;
  create: SaveOptions<CreateInput, E, C1>;
  update: SaveOptions<UpdateInput, E, C2>;
  createSchema: z.ZodType;
  updateSchema: z.ZodType;
  /** The tRPC path keys a save makes stale (the record's lists, the audit trail, the dashboard…). */
  changes: readonly QueryKey[];
  /** The record's page, e.g. (id) => `/partners/${id}`. */
  pageOf: (id: number) => string;
}) {
  const { m, locale } = useI18n();
  const router = useRouter();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const guard = useLeaveGuard(formRef, m.form.unsavedChanges);
  const onSuccess = async (result: { id: number }) => {
    guard.release();
    for (const queryKey of config.changes) await queryClient.invalidateQueries({ queryKey });
    const page = config.pageOf(result.id);
    announceSaved(page, config.record ? "updated" : "created");
    router.push(page);
  };
  const create = useMutation(config.create({ onSuccess }));
  const update = useMutation(config.update({ onSuccess }));
  const mutation = config.record ? update : create;
  const form = useFormErrors(mutation.error);

  function save(values: object, extraCheck?: () => FieldErrors): void {
    const { record } = config;
    const input = record ? { ...values, id: record.id, version: record.version } : values;
    const parsed = (record ? config.updateSchema : config.createSchema).safeParse(input);
    const found = { ...(parsed.success ? {} : schemaFieldErrors(parsed.error, locale)), ...extraCheck?.() };
    form.setOwnErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate(input as never);
  }
  function cancel() {
    if (!guard.confirmLeave()) return;
    guard.release();
    router.back();
  }
  return { ...form, formRef, mutation, save, cancel };
}

/** The field errors of a failed parse, by field name, in the interface's language. */
export function schemaFieldErrors(error: z.ZodError, locale: Locale): FieldErrors {
  return localizeFieldErrors(keyedFieldErrors(error.issues), locale);
}

/**
 * What stands above a refused form: the error summary linking to every field with an error (the form's own check
 * and the server's), or, for a refusal that names no field (a conflict, say), the server's message.
 */
export function FormErrorSummary({
  errors,
  serverError,
  attempt,
}: {
  errors: FieldErrors;
  serverError: unknown;
  attempt: number;
}) {
  const hasFieldErrors = Object.values(errors).some((messages) => messages?.length);
  return hasFieldErrors ? <ErrorSummary errors={errors} attempt={attempt} /> : <ErrorAlert error={serverError} />;
}

/** The submit button (showing that it saves) and, where the form can be left, a cancel button. */
export function FormActions({
  pending,
  submitLabel,
  onCancel,
}: {
  pending: boolean;
  /** Defaults to "Save". */
  submitLabel?: string;
  onCancel?: () => void;
}) {
  const { m } = useI18n();
  return (
    <div className="actions">
      <button className="button" type="submit" disabled={pending}>
        {pending ? m.common.saving : (submitLabel ?? m.common.save)}
      </button>
      {onCancel ? (
        <button className="button button--secondary" type="button" onClick={onCancel}>
          {m.common.cancel}
        </button>
      ) : null}
    </div>
  );
}

/** Where a record comes from, whether the source confirms it, and notes (for records that have them). */
export function SourceFieldset({
  record,
  errors,
  withNotes = true,
}: {
  record: { source: string | null; verified: boolean; notes?: string | null } | undefined;
  errors: FieldErrors;
  withNotes?: boolean;
}) {
  const { m } = useI18n();
  return (
    <fieldset>
      <legend>{m.common.source}</legend>
      <TextField
        label={m.common.source}
        name="source"
        wide
        maxLength={1000}
        defaultValue={record?.source}
        errors={errors}
      />
      <CheckboxField label={m.common.verified} name="verified" defaultChecked={record?.verified ?? false} />
      {withNotes ? (
        <TextArea
          label={m.common.notes}
          name="notes"
          wide
          maxLength={10_000}
          defaultValue={record?.notes}
          errors={errors}
        />
      ) : null}
    </fieldset>
  );
}

/** A status message (e.g. "Saved.") that takes the focus when it appears (the control that had it may be gone). */
export function StatusMessage({
  message,
  focusRef,
}: {
  message: string | null;
  focusRef?: RefObject<HTMLParagraphElement | null>;
}) {
  return (
    <div role="status">
      {message ? (
        <p className="alert alert--success" ref={focusRef} tabIndex={-1}>
          {message}
        </p>
      ) : null}
    </div>
  );
}
