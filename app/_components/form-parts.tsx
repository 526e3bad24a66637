"use client";
// The parts every create/edit form has. The shared zod schema checks the input in the browser first; the server
// checks again, and the errors of both are shown at the same fields.
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
