"use client";
// Who is signed in (name and role), a link to the own account, and signing out.
import Link from "next/link";
import { useState } from "react";
import { fmt } from "@/server/i18n/format";
import { useI18n } from "../_i18n/client";
import { useSessionUser } from "./session-context";

export function UserMenu() {
  const { m, locale } = useI18n();
  const user = useSessionUser();
  const [pending, setPending] = useState(false);
  if (!user) return null;

  async function signOut() {
    setPending(true);
    try {
      await fetch("/api/auth/sign-out", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
    } finally {
      // A full load: no cached data of the signed-out user stays in the page.
      window.location.assign("/sign-in");
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
