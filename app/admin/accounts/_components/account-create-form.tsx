"use client";
// Creating an account: name, e-mail address, role and a first password, which the admin passes on. The shared zod
// schema checks the input in the browser first; the server checks again (e.g. an e-mail address already taken).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import type { z } from "zod";
import { ZAccountCreateInput } from "@/server/schemas/account";
import { FormActions, FormErrorSummary, useFormErrors } from "../../../_components/form-parts";
import { useI18n } from "../../../_i18n/client";
import { useTRPC } from "../../../_lib/trpc/client";
import { AccountFields, PasswordField, readAccountFields } from "./account-parts";

export function AccountCreateForm() {
  const { m } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const create = useMutation(
    trpc.account.create.mutationOptions({
      onSuccess: async (account) => {
        await queryClient.invalidateQueries({ queryKey: trpc.account.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() });
        router.push(`/admin/accounts/${encodeURIComponent(account.id)}?created=1`);
      },
    }),
  );
  const { errors, summary, validate } = useFormErrors(create.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = { ...readAccountFields(data), password: String(data.get("password") ?? "") };
    if (!validate(ZAccountCreateInput, input)) return;
    create.mutate(input as z.input<typeof ZAccountCreateInput>);
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <FormErrorSummary {...summary} />
      <fieldset>
        <legend>{m.admin.accountFacts}</legend>
        <AccountFields errors={errors} />
        <PasswordField
          label={m.admin.initialPassword}
          name="password"
          hint={m.admin.initialPasswordHint}
          errors={errors}
        />
      </fieldset>
      <FormActions pending={create.isPending} submitLabel={m.admin.createAccount} onCancel={() => router.back()} />
    </form>
  );
}
