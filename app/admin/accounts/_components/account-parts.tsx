"use client";
// Parts the account forms share: the role choice with what each role may do, the password field with a "show"
// switch, the state badge, and a button that asks before it acts.
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { MIN_PASSWORD_LENGTH } from "@/server/auth/password-policy";
import { ROLES, type Role } from "@/server/auth/roles";
import { fmt } from "@/server/i18n/format";
import type { FieldErrors } from "../../../_components/errors";
import { TextField } from "../../../_components/fields";
import { useI18n } from "../../../_i18n/client";

export function AccountStateBadge({ active }: { active: boolean }) {
  const { m } = useI18n();
  return (
    <span className={active ? "badge badge--outline" : "badge badge--deactivated"}>
      {active ? m.admin.stateActive : m.admin.stateDeactivated}
    </span>
  );
}

/** The role as radio buttons, each with what the role may do; the role's error (e.g. "last admin") below. */
/** An account's name, e-mail address and role, as the create and edit forms ask for them. */
export function AccountFields({
  account,
  errors,
}: {
  account?: { name: string; email: string; role: Role };
  errors: FieldErrors;
}) {
  const { m } = useI18n();
  return (
    <>
      <TextField
        label={m.common.name}
        name="name"
        required
        maxLength={200}
        defaultValue={account?.name}
        autoComplete="off"
        errors={errors}
      />
      <TextField
        label={m.admin.email}
        name="email"
        type="email"
        required
        maxLength={320}
        defaultValue={account?.email}
        autoComplete="off"
        errors={errors}
      />
      <RoleField defaultValue={account?.role} errors={errors} />
    </>
  );
}

/** The name, e-mail address and role a form holds. */
export function readAccountFields(data: FormData) {
  const text = (name: string) => String(data.get(name) ?? "");
  return { name: text("name"), email: text("email"), role: text("role") };
}

export function RoleField({ defaultValue, errors }: { defaultValue?: Role; errors: FieldErrors }) {
  const { m } = useI18n();
  const id = useId();
  const error = errors.role?.[0];
  return (
    <fieldset className="wide role-field" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{m.admin.role}</legend>
      {ROLES.map((role) => (
        <div className="role-option" key={role}>
          <input
            id={`${id}-${role}`}
            type="radio"
            name="role"
            value={role}
            defaultChecked={role === (defaultValue ?? "VIEWER")}
            aria-describedby={`${id}-${role}-hint`}
            aria-invalid={error ? true : undefined}
          />
          <span>
            <label htmlFor={`${id}-${role}`}>{m.auth.roles[role]}</label>
            <span className="field__hint" id={`${id}-${role}-hint`}>
              {m.auth.roleHints[role]}
            </span>
          </span>
        </div>
      ))}
      {error ? (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}

/** A new password (at least MIN_PASSWORD_LENGTH characters), hidden unless the user chooses to see it. */
export function PasswordField({
  label,
  name,
  hint,
  errors,
}: {
  label: string;
  name: string;
  hint: string;
  errors: FieldErrors;
}) {
  const { m, locale } = useI18n();
  const id = useId();
  const [shown, setShown] = useState(false);
  return (
    <div className="password-field">
      <TextField
        label={label}
        name={name}
        type={shown ? "text" : "password"}
        autoComplete="new-password"
        required
        maxLength={128}
        hint={fmt(hint, { min: MIN_PASSWORD_LENGTH }, locale)}
        errors={errors}
      />
      <div className="field field--checkbox">
        <input id={id} type="checkbox" checked={shown} onChange={(event) => setShown(event.target.checked)} />
        <label htmlFor={id}>{m.admin.showPassword}</label>
      </div>
    </div>
  );
}

/**
 * A button that asks first: it opens the question with a confirm and a cancel button (the confirm button takes the
 * focus); cancelling puts the focus back. `onConfirm` resolves true when done (the question closes), false when it
 * failed (the question stays, with the error the caller shows in `children`).
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  pending,
  onConfirm,
  children,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => Promise<boolean>;
  children?: ReactNode;
}) {
  const { m } = useI18n();
  const [open, setOpen] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const reopened = useRef(false);
  useEffect(() => {
    if (open) confirmRef.current?.focus();
    else if (reopened.current) openRef.current?.focus();
  }, [open]);
  const close = () => {
    reopened.current = true;
    setOpen(false);
  };

  if (!open) {
    return (
      <div>
        <button ref={openRef} className="button button--secondary" type="button" onClick={() => setOpen(true)}>
          {label}
        </button>
        {children}
      </div>
    );
  }
  return (
    <div className="confirm-step">
      <p className="confirm-step__question">{question}</p>
      {children}
      <span className="actions">
        <button
          ref={confirmRef}
          className="button"
          type="button"
          disabled={pending}
          onClick={async () => {
            if (await onConfirm()) close();
          }}
        >
          {confirmLabel}
        </button>
        <button className="button button--secondary" type="button" onClick={close}>
          {m.common.cancel}
        </button>
      </span>
    </div>
  );
}
