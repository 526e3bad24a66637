"use client";
// Changing one's own password: the current one, the new one twice (the browser checks that both match). The
// server checks the current password and ends the user's other sessions; this one stays signed in.
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { MIN_PASSWORD_LENGTH } from "@/server/auth/password-policy";
import { fmt } from "@/server/i18n/format";
import { ZOwnPasswordInput } from "@/server/schemas/account";
import { TextField } from "../../_components/fields";
import { FormActions, FormErrorSummary, StatusMessage, useFormErrors } from "../../_components/form-parts";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

export function OwnPasswordForm() {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const [message, setMessage] = useState("");
  const [formKey, setFormKey] = useState(0);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const change = useMutation(
    trpc.account.changeOwnPassword.mutationOptions({
      onSuccess: (result) => {
        // A fresh, empty form; the message takes the focus from the button that is gone.
        setFormKey((key) => key + 1);
        setMessage(fmt(m.admin.ownAccount.changed, { count: result.otherSessionsEnded }, locale));
        requestAnimationFrame(() => messageRef.current?.focus());
      },
    }),
  );
  const { errors, summary, setOwnErrors, validate } = useFormErrors(change.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage("");
    change.reset();
    const data = new FormData(event.currentTarget);
    const input = {
      currentPassword: String(data.get("currentPassword") ?? ""),
      newPassword: String(data.get("newPassword") ?? ""),
    };
    const repeated = String(data.get("repeatPassword") ?? "");
    const valid = validate(ZOwnPasswordInput, input);
    if (repeated !== input.newPassword) {
      setOwnErrors((found) => ({ ...found, repeatPassword: [m.admin.ownAccount.passwordsDiffer] }));
      return;
    }
    if (valid) change.mutate(input);
  }

  const passwordField = (name: string, label: string, autoComplete: string, hint?: string) => (
    <TextField
      label={label}
      name={name}
      type="password"
      autoComplete={autoComplete}
      required
      maxLength={128}
      hint={hint}
      errors={errors}
    />
  );

  return (
    <>
      <StatusMessage message={message} focusRef={messageRef} />
      <form key={formKey} className="form" onSubmit={onSubmit} noValidate aria-labelledby="own-password-title">
        <FormErrorSummary {...summary} />
        {passwordField("currentPassword", m.admin.ownAccount.currentPassword, "current-password")}
        {passwordField(
          "newPassword",
          m.admin.ownAccount.newPassword,
          "new-password",
          fmt(m.admin.ownAccount.newPasswordHint, { min: MIN_PASSWORD_LENGTH }, locale),
        )}
        {passwordField("repeatPassword", m.admin.ownAccount.repeatPassword, "new-password")}
        <FormActions pending={change.isPending} submitLabel={m.admin.ownAccount.changeButton} />
      </form>
    </>
  );
}
