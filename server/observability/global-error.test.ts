// The last-resort error page (app/global-error.tsx), rendered as the server would: both languages, each marked with
// its language, the error code the server's log line carries, and a way to try again. (Looked at in Chromium at 1366
// and 390 px: one card, German first; axe found nothing.)
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import GlobalError from "../../app/global-error";
import de from "../i18n/messages/de/operations";
import en from "../i18n/messages/en/operations";

function render(digest?: string): string {
  const error = Object.assign(new Error("secret detail from the server"), digest ? { digest } : {});
  return renderToStaticMarkup(createElement(GlobalError, { error, reset: () => {} }));
}

describe("app/global-error.tsx", () => {
  it("is a whole German page with the English text marked as English, and the error code", () => {
    const html = render("2751498735");
    expect(html).toMatch(/^<html lang="de"><head><title>[^<]+<\/title><\/head><body>/);
    expect(html).toContain(`<h1>${de.globalErrorTitle}</h1>`);
    expect(html).toContain(`<div lang="en"><h2>${en.globalErrorTitle}</h2>`);
    expect(html).toContain("<code>2751498735</code>");
    expect(html).toMatch(/<button class="button" type="button">Seite neu laden/);
    // The error's own message stays on the server.
    expect(html).not.toContain("secret detail");
  });

  it("shows no error code line when the error has none", () => {
    expect(render()).not.toContain("<code>");
  });
});
