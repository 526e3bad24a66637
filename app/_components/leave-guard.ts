"use client";
// The warning before unsaved changes are lost: when the page is closed or reloaded (beforeunload), when a link of
// the app is followed (a click on <a href>, caught before Next.js's router sees it) and when the browser's Back or
// Forward button moves within the app (the Navigation API's traverse, cancelled before the URL changes, so no
// history entry is added or lost; a Back that leaves the document is asked by beforeunload). A form counts as changed
// when what it would send differs from what it held when the user first touched it (so options that arrive later
// do not count as a change).
import { type RefObject, useCallback, useEffect, useRef } from "react";

function snapshotOf(form: HTMLFormElement): string {
  return JSON.stringify([...new FormData(form)].map(([name, value]) => [name, String(value)]));
}

export function useLeaveGuard(formRef: RefObject<HTMLFormElement | null>, message: string) {
  const snapshot = useRef<string | null>(null);
  const released = useRef(false);

  const isDirty = useCallback(() => {
    const form = formRef.current;
    return !released.current && form !== null && snapshot.current !== null && snapshotOf(form) !== snapshot.current;
  }, [formRef]);

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const take = () => {
      snapshot.current ??= snapshotOf(form);
    };
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirty()) return;
      event.preventDefault();
      event.returnValue = "";
    };
    const click = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      if (link.getAttribute("href")?.startsWith("#")) return;
      if (isDirty() && !window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    // Back and Forward between the app's pages change no document, so beforeunload says nothing: the traverse is
    // cancelled here, before Next.js's router hears of it (popstate comes only after the URL changed). Browsers
    // let a page cancel a traverse only after the user interacted with it (typing in the form is that), and
    // not at all when it leaves the document (then beforeunload asks). Browsers without the Navigation API
    // (before Firefox 147, Safari 26.2) warn only when the document is left.
    const navigation: Navigation | undefined = window.navigation;
    const navigate = (event: NavigateEvent) => {
      if (event.navigationType !== "traverse" || !event.cancelable || !isDirty()) return;
      if (!window.confirm(message)) event.preventDefault();
    };
    navigation?.addEventListener("navigate", navigate);
    form.addEventListener("focusin", take);
    form.addEventListener("pointerdown", take);
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      form.removeEventListener("focusin", take);
      form.removeEventListener("pointerdown", take);
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
      navigation?.removeEventListener("navigate", navigate);
    };
  }, [formRef, isDirty, message]);

  return {
    /** Asks before leaving a changed form another way (the cancel button); true if the user agrees or nothing changed. */
    confirmLeave: () => !isDirty() || window.confirm(message),
    /** After a save that leaves the page: leaving loses nothing. */
    release: () => {
      released.current = true;
    },
    /** After a save that keeps the form on the page: what it holds now is what is saved (taken at the next touch). */
    reset: () => {
      snapshot.current = null;
    },
  };
}
