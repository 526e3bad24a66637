"use client";
// The error boundary of every page: says that something went wrong (and that a failed action saved nothing) and
// offers to try again. The error's message and stack stay out of the page; they are logged to the console.
import Link from "next/link";
import { useEffect, useRef } from "react";
import { useI18n } from "./_i18n/client";

export default function ErrorPage({ error, retry }: { error: unknown; reset: () => void; retry: () => void }) {
  const { m } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    console.error(error);
  }, [error]);
  // What had the focus may be gone with the page that failed: the heading takes it, so it is read out.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section className="card" aria-labelledby="error-title">
      <h1 id="error-title" ref={heading} tabIndex={-1}>
        {m.errorPage.errorTitle}
      </h1>
      <p>{m.errorPage.errorText}</p>
      <p className="actions">
        {/* retry() refreshes the page's data from the server and then calls reset() to render it again. */}
        <button className="button" type="button" onClick={() => retry()}>
          {m.errorPage.retry}
        </button>
        <Link className="button button--secondary" href="/">
          {m.errorPage.toDashboard}
        </Link>
      </p>
    </section>
  );
}
