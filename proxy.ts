// Runs before every page request: without a session cookie a page sends you to sign-in (and back afterwards).
// This is only the quick path for the browser; the real checks are on the server: the pages check the session,
// and every tRPC procedure and route handler checks the role.
import { getSessionCookie } from "better-auth/cookies";
import { type NextRequest, NextResponse } from "next/server";

const PUBLIC_PAGES = ["/sign-in"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const headers = new Headers(request.headers);
  headers.set("x-app-path", `${pathname}${search}`);
  const isPublic = PUBLIC_PAGES.includes(pathname);
  if (!isPublic && !getSessionCookie(request, { cookiePrefix: "partnerschaften" })) {
    const target = new URL("/sign-in", request.url);
    if (pathname !== "/") target.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(target);
  }
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: API routes answer for themselves (UNAUTHORIZED as JSON), static files need no session.
  matcher: ["/((?!api/|_next/|favicon\\.ico|robots\\.txt|.*\\.(?:svg|png|jpg|ico|woff2?|css|js)$).*)"],
};
