"use client";
// Turning tRPC errors into what a form or a page shows.
import { TRPCClientError } from "@trpc/client";
import { fmt, formatDateTime } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import { type KeyedMessage, validationMessage } from "@/server/i18n/validation";
import type { AppRouter } from "@/server/trpc/root";
import { useI18n } from "../_i18n/client";

export type FieldErrors = Record<string, string[] | undefined>;

/** Keyed messages by field, said in the interface's language. */
export function localizeFieldErrors(keyed: Record<string, KeyedMessage[]>, locale: Locale): FieldErrors {
  return Object.fromEntries(
    Object.entries(keyed).map(([field, messages]) => [field, messages.map((m) => validationMessage(m, locale))]),
  );
}

/** The field errors a failed tRPC call reported, in the interface's language where the server gave keys. */
export function fieldErrorsOf(error: unknown, locale: Locale): FieldErrors {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<AppRouter>).data as
      | { fieldErrors?: FieldErrors; fieldErrorKeys?: Record<string, KeyedMessage[]> }
      | undefined;
    return { ...data?.fieldErrors, ...(data?.fieldErrorKeys ? localizeFieldErrors(data.fieldErrorKeys, locale) : {}) };
  }
  return {};
}

/**
 * A failed call's message. When the server named fields, the fields show what is wrong (in the interface's
 * language) and the alert only says so; otherwise it shows the server's message.
 */
export function ErrorAlert({ error }: { error: unknown }) {
  const { m, locale } = useI18n();
  if (!error) return null;
  const fields = Object.keys(fieldErrorsOf(error, locale));
  const data =
    error instanceof TRPCClientError
      ? (error.data as { code?: string; conflict?: { by: string | null; at: string | null } } | undefined)
      : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (data?.code === "CONFLICT") {
    // Somebody saved first: say who and when; the form keeps what this user typed.
    const conflict = data.conflict;
    const text =
      conflict?.by && conflict.at
        ? fmt(m.auth.conflict, { by: conflict.by, at: formatDateTime(new Date(conflict.at), locale) }, locale)
        : m.auth.conflictUnknown;
    return (
      <div className="alert alert--error" role="alert" data-conflict="">
        <strong>{m.common.conflict} </strong>
        {text}
      </div>
    );
  }
  return (
    <div className="alert alert--error" role="alert">
      <strong>{m.common.error}: </strong>
      {fields.length ? m.common.formErrors : message}
    </div>
  );
}
