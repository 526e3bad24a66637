// Runs before every page request: without a session cookie a page sends you to sign-in (and back afterwards).
// This is only the quick path for the browser; the real checks are on the server: the pages check the session,
// and every tRPC procedure and route handler checks the role.
// It also gives every page response its Content-Security-Policy with a fresh nonce: Next.js reads the nonce from
// the request's CSP header and puts it on its own scripts (this is why every page renders dynamically), and HSTS
// under https. The headers without a nonce come from next.config.js for every response.
import { getSessionCookie } from "better-auth/cookies";
import { type NextRequest, NextResponse } from "next/server";
import { envValue } from "./server/env";
import { createNonce, pageSecurityHeaders, servedOverHttps } from "./server/security/headers";

const PUBLIC_PAGES = ["/sign-in"];

export function proxy(request: NextRequest) {
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
  const isPublic = PUBLIC_PAGES.includes(pathname);
  let response: NextResponse;
  if (!isPublic && !getSessionCookie(request, { cookiePrefix: "partnerschaften" })) {
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
  // Pages only: API routes answer for themselves (UNAUTHORIZED as JSON), static files need no session; the web app
  // manifest, the favicon and the icons are public too (a browser asks for them before anyone signs in).
  matcher: [
    "/((?!api/|_next/|favicon\\.ico|robots\\.txt|manifest\\.webmanifest|.*\\.(?:svg|png|jpg|ico|woff2?|css|js)$).*)",
  ],
};
