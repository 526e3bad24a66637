"use client";
// The parts every create/edit form has. The shared zod schema checks the input in the browser first; the server
// checks again, and the errors of both are shown at the same fields.
import { type QueryKey, type UseMutationOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";
import type { Locale } from "@/server/i18n/locales";
import { keyedFieldErrors } from "@/server/i18n/validation";
import { useI18n } from "../_i18n/client";
import { ErrorAlert, type FieldErrors, fieldErrorsOf, localizeFieldErrors } from "./errors";
import { CheckboxField, TextArea, TextField } from "./fields";

/**
 * A form's field errors: those of its own check, which win, over those the server reported for the last save.
 * `validate` checks the input with the shared schema before it is sent and shows what it finds; a form with checks
 * beyond the schema sets what it found with `setOwnErrors`.
 */
export function useFormErrors(serverError: unknown) {
  const { locale } = useI18n();
  const [ownErrors, setOwnErrors] = useState<FieldErrors>({});
  function validate(schema: z.ZodType, input: unknown): boolean {
    const parsed = schema.safeParse(input);
    setOwnErrors(parsed.success ? {} : schemaFieldErrors(parsed.error, locale));
    return parsed.success;
  }
  return { errors: { ...fieldErrorsOf(serverError, locale), ...ownErrors }, ownErrors, setOwnErrors, validate };
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
  const { locale } = useI18n();
  const router = useRouter();
  const queryClient = useQueryClient();
  const onSuccess = async (result: { id: number }) => {
    for (const queryKey of config.changes) await queryClient.invalidateQueries({ queryKey });
    router.push(config.pageOf(result.id));
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
  return { ...form, mutation, save, cancel: () => router.back() };
}

/** The field errors of a failed parse, by field name, in the interface's language. */
export function schemaFieldErrors(error: z.ZodError, locale: Locale): FieldErrors {
  return localizeFieldErrors(keyedFieldErrors(error.issues), locale);
}

/** The alerts above a form: that its own check found errors (shown at the fields), and the server's error. */
export function FormErrorSummary({ ownErrors, serverError }: { ownErrors: FieldErrors; serverError: unknown }) {
  const { m } = useI18n();
  return (
    <>
      {Object.keys(ownErrors).length ? (
        <div className="alert alert--error" role="alert">
          {m.common.formErrors}
        </div>
      ) : null}
      <ErrorAlert error={serverError} />
    </>
  );
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
