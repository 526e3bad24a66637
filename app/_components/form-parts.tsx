"use client";
// The parts every create/edit form has. The shared zod schema checks the input in the browser first; the server
// checks again, and the errors of both are shown at the same fields.
import { type QueryKey, type UseMutationOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, type ReactNode, type RefObject, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import type { Locale } from "@/server/i18n/locales";
import { keyedFieldErrors } from "@/server/i18n/validation";
import type { RecordField } from "@/server/schemas/fields";
import { useI18n } from "../_i18n/client";
import { useTRPC } from "../_lib/trpc/client";
import { ErrorSummary } from "./error-summary";
import { ErrorAlert, type FieldErrors, fieldErrorsOf, localizeFieldErrors } from "./errors";
import { CheckboxField, FormErrors, TextArea, TextField } from "./fields";
import { useLeaveGuard } from "./leave-guard";
import { FieldInputs } from "./record-fields";
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
type SaveOptions = (options: {
  onSuccess: (result: { id: number }) => unknown;
}) => UseMutationOptions<{ id: number; version: number }, unknown, object>;

/**
 * The kinds of record with a create/edit form: where their pages are, and what a save changes besides the kind's own
 * queries and the audit trail (the tRPC routers whose queries are refetched).
 */
const RECORD_KINDS = {
  activity: { pages: "/activities", alsoChanges: ["agreement", "statistics"] },
  agreement: { pages: "/agreements", alsoChanges: ["statistics"] },
  commitment: { pages: "/commitments", alsoChanges: ["statistics"] },
  partner: { pages: "/partners", alsoChanges: ["agreement", "statistics"] },
  person: { pages: "/people", alsoChanges: ["partner"] },
  workingGroup: { pages: "/working-groups", alsoChanges: ["agreement", "statistics"] },
} as const;

/**
 * A kind's router as the options proxy gives it (`trpc.partner`): its create and update, and its key. Read by the
 * kind's name, its types are a union TypeScript cannot call; the input is checked by the kind's schema before it is
 * sent, and the server checks it again.
 */
interface RecordApi {
  create: { mutationOptions: SaveOptions };
  update: { mutationOptions: SaveOptions };
  pathKey: () => QueryKey;
}

/**
 * Saving a record from its create/edit form: the input checked by the kind's shared schemas first (and by
 * `extraCheck` for what a schema cannot see, such as a number that did not parse), then created or updated (an
 * update with the id and the version the editor started from); after a save, the kind's queries, the audit trail
 * and what else it changed are refetched, and the record's page opens.
 */
export function useRecordSave<R extends { id: number; version: number }>(
  kind: keyof typeof RECORD_KINDS,
  record: R | undefined,
  /** The shared input schemas: create, update. */
  schemas: readonly [z.ZodType, z.ZodType],
) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const api = trpc[kind] as unknown as RecordApi;
  const router = useRouter();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const guard = useLeaveGuard(formRef, m.form.unsavedChanges);
  const onSuccess = async (result: { id: number }) => {
    guard.release();
    const also = RECORD_KINDS[kind].alsoChanges.map((name) => trpc[name].pathKey());
    for (const queryKey of [api.pathKey(), trpc.audit.pathKey(), ...also]) {
      await queryClient.invalidateQueries({ queryKey });
    }
    const page = `${RECORD_KINDS[kind].pages}/${result.id}`;
    announceSaved(page, record ? "updated" : "created");
    router.push(page);
  };
  const create = useMutation(api.create.mutationOptions({ onSuccess }));
  const update = useMutation(api.update.mutationOptions({ onSuccess }));
  const mutation = record ? update : create;
  const form = useFormErrors(mutation.error);

  function save(values: object, extraCheck?: () => FieldErrors): void {
    const input = record ? { ...values, id: record.id, version: record.version } : values;
    const parsed = schemas[record ? 1 : 0].safeParse(input);
    const found = { ...(parsed.success ? {} : schemaFieldErrors(parsed.error, locale)), ...extraCheck?.() };
    form.setOwnErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate(input);
  }
  function cancel() {
    if (!guard.confirmLeave()) return;
    guard.release();
    router.back();
  }
  return { ...form, record, formRef, mutation, save, cancel };
}

/**
 * A form that saves in place on a record's page (a status, a review): after a save, what it changed is refetched,
 * the page refreshed, `saved` set, and what the form then holds counts as saved (the leave guard asks only about
 * later changes). `setSaved(false)` when the next save starts.
 */
export function useSaveInPlace<D, I, E, C>(
  options: (options: { onSuccess: () => Promise<void> }) => UseMutationOptions<D, E, I, C>,
  changes: readonly QueryKey[],
) {
  const { m } = useI18n();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const guard = useLeaveGuard(formRef, m.form.unsavedChanges);
  const mutation = useMutation(
    options({
      onSuccess: async () => {
        for (const queryKey of changes) await queryClient.invalidateQueries({ queryKey });
        guard.reset();
        setSaved(true);
        router.refresh();
      },
    }),
  );
  return { ...useFormErrors(mutation.error), mutation, formRef, saved, setSaved };
}

/** A submitted form's values by name: the text as typed, or the id of the record chosen in a picker (null: none). */
function formReader(data: FormData) {
  const text = (name: string) => String(data.get(name) ?? "");
  return { data, text, id: (name: string) => (text(name) === "" ? null : Number(text(name))) };
}

/** What a record form needs of its useRecordSave. */
interface RecordSaving {
  record: { source: string | null; verified: boolean; notes?: string | null } | undefined;
  formRef: RefObject<HTMLFormElement | null>;
  summary: { errors: FieldErrors; serverError: unknown; attempt: number };
  errors: FieldErrors;
  mutation: { isPending: boolean };
  save: (values: object, extraCheck?: () => FieldErrors) => void;
  cancel: () => void;
}

/**
 * A record's create/edit form: the error summary above, the sections it is given, then where the record comes from
 * and the buttons. On submit, `read` turns the form into the input (the source fields are added) and the save checks
 * it, with `check` for what the schema cannot see.
 */
export function RecordForm<V extends object>(props: {
  saving: RecordSaving;
  /** Records without notes (activities) leave the notes field out. */
  withNotes?: boolean;
  read: (form: ReturnType<typeof formReader>) => V;
  check?: (values: V) => FieldErrors;
  children: ReactNode;
}) {
  const { saving, withNotes = true, check } = props;
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = formReader(new FormData(event.currentTarget));
    const source = { source: form.text("source"), verified: form.data.get("verified") === "on" };
    const values = { ...props.read(form), ...source, ...(withNotes ? { notes: form.text("notes") } : {}) };
    saving.save(values, check && (() => check(values)));
  }
  return (
    <form className="form" ref={saving.formRef} onSubmit={onSubmit} noValidate>
      <FormErrorSummary {...saving.summary} />
      <FormErrors value={saving.errors}>
        {props.children}
        <SourceFieldset record={saving.record} withNotes={withNotes} />
      </FormErrors>
      <FormActions pending={saving.mutation.isPending} onCancel={saving.cancel} />
    </form>
  );
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

/** A fieldset that holds one section of a record's field table (e.g. PERSON_FIELDS' "contact"), under its legend. */
export function FieldTableFieldset(props: {
  legend: string;
  fields: Record<string, RecordField>;
  section: string;
  record?: Record<string, unknown>;
}) {
  const { m } = useI18n();
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <FieldInputs fields={props.fields} section={props.section} record={props.record} m={m} />
    </fieldset>
  );
}

/** Where a record comes from, whether the source confirms it, and notes (for records that have them). */
function SourceFieldset({
  record,
  withNotes,
}: {
  record: { source: string | null; verified: boolean; notes?: string | null } | undefined;
  withNotes: boolean;
}) {
  const { m } = useI18n();
  return (
    <fieldset>
      <legend>{m.common.source}</legend>
      <TextField label={m.common.source} name="source" wide maxLength={1000} defaultValue={record?.source} />
      <CheckboxField label={m.common.verified} name="verified" defaultChecked={record?.verified ?? false} />
      {withNotes ? (
        <TextArea label={m.common.notes} name="notes" wide maxLength={10_000} defaultValue={record?.notes} />
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
