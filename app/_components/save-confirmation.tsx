"use client";
// "Saved": the confirmation a record's page shows after its form saved it and opened the page. The form leaves a
// note for the page it opens (in sessionStorage, so a reload or another tab does not show it again); the page's
// header reads it once, shows it as a status message and moves the focus to it, so a screen reader says it.
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useI18n } from "../_i18n/client";

const KEY = "record-saved";
type Saved = "created" | "updated";

/** Called by a form after a save, before it opens the record's page. */
export function announceSaved(page: string, what: Saved): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ page, what }));
  } catch {
    // Storage refused (private mode, quota): the page opens without the note.
  }
}

function takeNote(page: string): Saved | null {
  try {
    const note = JSON.parse(sessionStorage.getItem(KEY) ?? "null") as { page?: string; what?: Saved } | null;
    if (note?.page !== page) return null;
    sessionStorage.removeItem(KEY);
    return note.what === "created" ? "created" : "updated";
  } catch {
    return null;
  }
}

export function SaveConfirmation() {
  const { m } = useI18n();
  const pathname = usePathname();
  const [saved, setSaved] = useState<Saved | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setSaved(takeNote(pathname));
  }, [pathname]);
  useEffect(() => {
    if (saved) ref.current?.focus();
  }, [saved]);
  return (
    <div role="status" ref={ref} tabIndex={-1} className={saved ? "alert alert--success" : undefined}>
      {saved ? m.form[saved] : null}
    </div>
  );
}
