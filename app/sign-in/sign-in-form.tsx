"use client";
// Email and password, sent to better-auth's endpoint. On success a full page load to where the user wanted to go,
// so the page is rendered for the signed-in user from scratch.
import { type FormEvent, useState } from "react";
import { TextField } from "../_components/fields";
import { useI18n } from "../_i18n/client";
import { postAuth } from "../_lib/auth-post";

/** `secondary`: single sign-on is the page's main way in, so this form's button is the second kind. */
export function SignInForm({ next, secondary = false }: { next: string; secondary?: boolean }) {
  const { m } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const response = await postAuth("sign-in/email", {
        email: String(data.get("email") ?? ""),
        password: String(data.get("password") ?? ""),
      });
      if (response.ok) {
        window.location.assign(next);
        return;
      }
      setError(
        response.status === 429
          ? m.auth.tooMany
          : // A deactivated account gets the same answer as a wrong password (server/auth/auth.ts).
            response.status === 401 || response.status === 400
            ? m.auth.invalidCredentials
            : m.auth.signInFailed,
      );
    } catch {
      setError(m.auth.signInFailed);
    }
    setPending(false);
  }

  return (
    <form className="form" onSubmit={onSubmit} aria-label={m.auth.signInTitle}>
      {error ? (
        <div className="alert alert--error" role="alert">
          {error}
        </div>
      ) : null}
      <fieldset>
        <legend className="visually-hidden">{m.auth.signInTitle}</legend>
        <TextField label={m.auth.email} name="email" type="email" required wide autoComplete="username" />
        <TextField
          label={m.auth.password}
          name="password"
          type="password"
          required
          wide
          autoComplete="current-password"
        />
      </fieldset>
      <div className="actions">
        <button className={secondary ? "button button--secondary" : "button"} type="submit" disabled={pending}>
          {pending ? m.auth.signingIn : m.auth.signIn}
        </button>
      </div>
    </form>
  );
}
