// Runs before every page request: without a session cookie a page sends you to sign-in (and back afterwards).
// This is only the quick path for the browser; the real checks are on the server: the pages check the session,
// and every tRPC procedure and route handler checks the role.
// It also gives every page response its Content-Security-Policy with a fresh nonce: Next.js reads the nonce from
// the request's CSP header and puts it on its own scripts (this is why every page renders dynamically), and HSTS
// under https. The headers without a nonce come from next.config.js for every response.
// While the database is away, a page answers 503 with a page saying so (server/db/availability.ts), like tRPC.
import { getSessionCookie } from "better-auth/cookies";
import { type NextRequest, NextResponse } from "next/server";
import { databaseReachable } from "./server/db/availability";
import { envValue } from "./server/env";
import { LOCALE_COOKIE, toLocale } from "./server/i18n/locales";
import { messagesFor } from "./server/i18n/messages";
import { createNonce, pageSecurityHeaders, servedOverHttps } from "./server/security/headers";

const PUBLIC_PAGES = ["/sign-in"];
/** Files a browser asks for before anyone signs in: the web app manifest and the icons (app/manifest.ts, app/icon.svg). */
const PUBLIC_FILES = [
  "/manifest.webmanifest",
  "/icon.svg",
  "/apple-icon.png",
  "/icon-192.png",
  "/icon-512.png",
  "/robots.txt",
];

/** The page shown while the database is away: plain HTML in the reader's language, no script. */
function unavailablePage(request: NextRequest): string {
  const locale = toLocale(request.cookies.get(LOCALE_COOKIE)?.value);
  const m = messagesFor(locale).security;
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${m.unavailableTitle}</title></head><body><main><h1>${m.unavailableTitle}</h1><p>${m.unavailableText}</p></main></body></html>`;
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const nonce = createNonce();
  const security = pageSecurityHeaders({
    nonce,
    dev: envValue("NODE_ENV") === "development",
    https: servedOverHttps(request, envValue("APP_URL")),
  });
  const headers = new Headers(request.headers);
  headers.set("x-app-path", `${pathname}${search}`);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", security["Content-Security-Policy"] as string);
  const isPublic = PUBLIC_PAGES.includes(pathname) || PUBLIC_FILES.includes(pathname);
  let response: NextResponse;
  if (!(await databaseReachable())) {
    response = new NextResponse(unavailablePage(request), {
      status: 503,
      headers: { "content-type": "text/html; charset=utf-8", "retry-after": "30", "cache-control": "no-store" },
    });
  } else if (!isPublic && !getSessionCookie(request, { cookiePrefix: "partnerschaften" })) {
    const target = new URL("/sign-in", request.url);
    if (pathname !== "/") target.searchParams.set("next", `${pathname}${search}`);
    response = NextResponse.redirect(target);
  } else {
    response = NextResponse.next({ request: { headers } });
  }
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Every path but the API routes (they answer for themselves: UNAUTHORIZED as JSON) and Next.js's own build files.
  // Not "anything ending in .png or .js": such a path can be a page (/partners/1.png renders the partner page), and
  // it then went out without its Content-Security-Policy (attack run, issue 18).
  matcher: ["/((?!api/|_next/static/|_next/image|favicon\\.ico$).*)"],
};
