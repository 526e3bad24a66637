// The security headers of page responses, made per request by proxy.ts: a Content-Security-Policy with a fresh
// nonce (Next.js reads it from the request's CSP header and puts it on its own scripts), and HSTS under https.
// The headers that need no nonce (nosniff, X-Frame-Options, Referrer-Policy, …) come from next.config.js for every
// response, pages, API routes and static files alike; server/security/headers.test.ts checks both together.
// No imports: proxy.ts runs this before every page request.

export interface CspOptions {
  /** A fresh, unguessable value per request (see createNonce). */
  nonce: string;
  /**
   * `next dev` needs eval (React rebuilds server error stacks in the browser), and its dev tools overlay injects
   * <style> elements without a nonce. Production needs neither.
   */
  dev: boolean;
  /** The page is served over https: upgrade any stray http:// sub-request. */
  https: boolean;
}

/**
 * The page policy. Scripts: only those carrying this request's nonce, and what they load themselves
 * ('strict-dynamic'); inline event handlers, javascript: URLs and injected <script> tags never run. Styles: the
 * app's stylesheets and nonced <style> elements; style *attributes* must stay allowed (style-src-attr), because
 * React renders `style={…}` props (status colours, chart legends, Recharts' layout) as attributes in the
 * server-rendered HTML, and attributes cannot carry a nonce. A style attribute cannot run script.
 */
export function contentSecurityPolicy({ nonce, dev, https }: CspOptions): string {
  const directives: string[] = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // fetch/XHR (tRPC, better-auth) only to this origin; in development also the hot-reload web socket ('self'
    // covers ws: and wss: of the same host).
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** 128 random bits, base64: a valid CSP nonce-source. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** HSTS for two years, subdomains included; sent only on responses served over https. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * Whether the request reached the app over https: the public address (APP_URL) is https, or the reverse proxy
 * says so (X-Forwarded-Proto), or the request URL itself is https.
 */
export function servedOverHttps(request: Request, appUrl: string | undefined): boolean {
  if (appUrl?.trim().toLowerCase().startsWith("https://")) return true;
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === "https";
  return new URL(request.url).protocol === "https:";
}

/** The per-request security headers of a page response. */
export function pageSecurityHeaders(options: CspOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    ...(options.https ? { "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY } : {}),
  };
}
