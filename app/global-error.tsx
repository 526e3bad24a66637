"use client";
// The last resort: shown when the root layout itself failed (app/error.tsx covers every page below it). The layout's
// language and providers are gone with it, so the page says it in German and English; the error code is the digest
// that the server's log line of the same error carries (instrumentation.ts, onRequestError), so support finds it.
import de from "@/server/i18n/messages/de/operations";
import en from "@/server/i18n/messages/en/operations";
import "./globals.css";

export default function GlobalError({ error }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="de">
      <head>
        <title>{`${de.globalErrorTitle} · ${en.globalErrorTitle}`}</title>
      </head>
      <body>
        <main id="main" className="card global-error">
          <h1>{de.globalErrorTitle}</h1>
          <p>{de.globalErrorText}</p>
          <div lang="en">
            <h2>{en.globalErrorTitle}</h2>
            <p>{en.globalErrorText}</p>
          </div>
          {error.digest ? (
            <p>
              {de.errorCode} / <span lang="en">{en.errorCode}</span>: <code>{error.digest}</code>
            </p>
          ) : null}
          <p className="actions">
            {/* A full reload: the layout that failed is rendered again from the server. */}
            <button className="button" type="button" onClick={() => window.location.reload()}>
              {de.reload} / <span lang="en">{en.reload}</span>
            </button>
          </p>
        </main>
      </body>
    </html>
  );
}
