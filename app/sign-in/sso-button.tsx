"use client";
// Single sign-on: asks better-auth for the city identity provider's sign-in address (with this sign-in's state,
// nonce and PKCE challenge) and goes there. The provider sends the browser back to /api/auth/callback/city, which
// signs in and continues to `next`, or returns here with an `error` the page explains.
import { useState } from "react";
import { useI18n } from "../_i18n/client";
import { postAuth } from "../_lib/auth-post";

export function SsoButton({ next }: { next: string }) {
  const { m } = useI18n();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function start() {
    setPending(true);
    setFailed(false);
    try {
      const response = await postAuth("sign-in/social", {
        provider: "city",
        callbackURL: next,
        errorCallbackURL: `/sign-in?next=${encodeURIComponent(next)}`,
        disableRedirect: true,
      });
      const answer = response.ok ? ((await response.json()) as { url?: string }) : null;
      if (answer?.url) {
        window.location.assign(answer.url);
        return;
      }
    } catch {}
    setFailed(true);
    setPending(false);
  }

  return (
    <div className="sign-in__sso">
      {failed ? (
        <div className="alert alert--error" role="alert">
          {m.sso.startFailed}
        </div>
      ) : null}
      <button type="button" className="button sign-in__sso-button" onClick={start} disabled={pending}>
        {pending ? m.sso.redirecting : m.sso.button}
      </button>
    </div>
  );
}
