"use client";
// Who is signed in (name and role), a link to the own account, and signing out.
import Link from "next/link";
import { useState } from "react";
import { fmt } from "@/server/i18n/format";
import { useI18n } from "../_i18n/client";
import { postAuth } from "../_lib/auth-post";
import { useSessionUser } from "./session-context";

export function UserMenu() {
  const { m, locale } = useI18n();
  const user = useSessionUser();
  const [pending, setPending] = useState(false);
  if (!user) return null;

  async function signOut() {
    setPending(true);
    let next = "/sign-in";
    try {
      const response = await postAuth("sign-out", { callbackURL: "/sign-in", disableRedirect: true });
      // Signed in with the city account and its provider offers an end-session address: sign out there too,
      // which returns to the sign-in page (server/auth/sso.ts).
      const answer = response.ok ? ((await response.json()) as { url?: string }) : null;
      if (answer?.url && /^https?:\/\//.test(answer.url)) next = answer.url;
    } catch {
    } finally {
      // A full load: no cached data of the signed-out user stays in the page.
      window.location.assign(next);
    }
  }

  return (
    <section className="user-menu" aria-label={m.auth.userMenu}>
      <Link href="/account" className="user-menu__name" title={fmt(m.auth.signedInAs, { name: user.email }, locale)}>
        {user.name}
        <span className="user-menu__role">{m.auth.roles[user.role]}</span>
      </Link>
      <button type="button" className="language-switch" onClick={signOut} disabled={pending}>
        {m.auth.signOut}
      </button>
    </section>
  );
}
