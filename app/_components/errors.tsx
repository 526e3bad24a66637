"use client";
// Turning tRPC errors into what a form or a page shows.
import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@/server/trpc/root";
import { useI18n } from "../_i18n/client";

export type FieldErrors = Record<string, string[] | undefined>;

export function fieldErrorsOf(error: unknown): FieldErrors {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<AppRouter>).data as { fieldErrors?: FieldErrors } | undefined;
    return data?.fieldErrors ?? {};
  }
  return {};
}

export function ErrorAlert({ error }: { error: unknown }) {
  const { m } = useI18n();
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const hasFields = Object.keys(fieldErrorsOf(error)).length > 0;
  return (
    <div className="alert alert--error" role="alert">
      <strong>{m.common.error}: </strong>
      {hasFields ? `${m.common.formErrors} ` : null}
      {message}
    </div>
  );
}
