// The security headers: the page policy (server/security/headers.ts), what proxy.ts does with it on every page
// request (a fresh nonce that reaches Next.js through the request's CSP header; the sign-in redirect unchanged),
// and the headers next.config.js gives every response, API routes and static files included.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { proxy } from "../../proxy";
import { contentSecurityPolicy, createNonce, STRICT_TRANSPORT_SECURITY, servedOverHttps } from "./headers";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the page policy", () => {
  const nonce = "abcdefghijklmnopqrstuv==";

  it("in production: scripts only with this request's nonce, no eval, no inline script, nothing framing the app", () => {
    const csp = directives(contentSecurityPolicy({ nonce, dev: false, https: false }));
    expect(csp.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(csp.get("style-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(csp.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
    expect(contentSecurityPolicy({ nonce, dev: false, https: false })).not.toMatch(/unsafe-eval/);
  });

  it("in development adds only what next dev needs (eval, its overlay's styles); under https upgrades requests", () => {
    const dev = directives(contentSecurityPolicy({ nonce, dev: true, https: false }));
    expect(dev.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'unsafe-eval'"]);
    expect(dev.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives(contentSecurityPolicy({ nonce, dev: false, https: true })).has("upgrade-insecure-requests")).toBe(
      true,
    );
  });

  it("nonces are 128 random bits, fresh every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, () => createNonce()));
    expect(nonces.size).toBe(1000);
    for (const value of nonces) expect(value).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("knows https from APP_URL, the reverse proxy's X-Forwarded-Proto or the URL", () => {
    const plain = new Request("http://localhost:3000/");
    expect(servedOverHttps(plain, undefined)).toBe(false);
    expect(servedOverHttps(plain, "https://partnerschaften.stadt-koeln.de")).toBe(true);
    expect(servedOverHttps(new Request("http://x/", { headers: { "x-forwarded-proto": "https" } }), undefined)).toBe(
      true,
    );
    expect(servedOverHttps(new Request("http://x/", { headers: { "x-forwarded-proto": "http" } }), undefined)).toBe(
      false,
    );
    expect(servedOverHttps(new Request("https://x/"), undefined)).toBe(true);
  });
});

describe("proxy.ts", () => {
  const SESSION = "partnerschaften.session_token=some-token";

  function nonceOf(policy: string | null): string {
    const match = /'nonce-([^']+)'/.exec(policy ?? "");
    if (!match?.[1]) throw new Error(`no nonce in ${policy}`);
    return match[1];
  }

  it("sends a page request without a session to sign-in, as before, with the security headers", async () => {
    vi.stubEnv("APP_URL", "");
    const response = await proxy(new NextRequest("http://localhost:3000/agreements?status=ACTIVE"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost:3000/sign-in?next=%2Fagreements%3Fstatus%3DACTIVE");
    expect(response.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get("strict-transport-security")).toBeNull();
    const root = await proxy(new NextRequest("http://localhost:3000/"));
    expect(root.headers.get("location")).toBe("http://localhost:3000/sign-in");
  });

  it("lets a page request with a session cookie (and sign-in without one) through, with a fresh nonce each time", async () => {
    vi.stubEnv("APP_URL", "");
    const first = await proxy(new NextRequest("http://localhost:3000/agreements", { headers: { cookie: SESSION } }));
    const second = await proxy(new NextRequest("http://localhost:3000/agreements", { headers: { cookie: SESSION } }));
    for (const response of [first, second]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("x-middleware-next")).toBe("1");
      // The request Next.js renders carries the path and the same policy, so it puts the nonce on its scripts.
      expect(response.headers.get("x-middleware-request-x-app-path")).toBe("/agreements");
      const policy = response.headers.get("content-security-policy");
      expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
      expect(response.headers.get("x-middleware-request-x-nonce")).toBe(nonceOf(policy));
    }
    expect(nonceOf(first.headers.get("content-security-policy"))).not.toBe(
      nonceOf(second.headers.get("content-security-policy")),
    );
    const signIn = await proxy(new NextRequest("http://localhost:3000/sign-in"));
    expect(signIn.status).toBe(200);
    expect(signIn.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-/);
  });

  it("adds HSTS only under https", async () => {
    vi.stubEnv("APP_URL", "");
    const forwarded = await proxy(
      new NextRequest("http://localhost:3000/", { headers: { cookie: SESSION, "x-forwarded-proto": "https" } }),
    );
    expect(forwarded.headers.get("strict-transport-security")).toBe(STRICT_TRANSPORT_SECURITY);
    expect(forwarded.headers.get("content-security-policy")).toMatch(/upgrade-insecure-requests/);
    vi.stubEnv("APP_URL", "https://partnerschaften.stadt-koeln.de");
    const configured = await proxy(new NextRequest("http://localhost:3000/", { headers: { cookie: SESSION } }));
    expect(configured.headers.get("strict-transport-security")).toBe(STRICT_TRANSPORT_SECURITY);
  });

  it("runs for every page path, also ones that look like static files (they can be pages), not for API or build files", async () => {
    const { config } = await import("../../proxy");
    const matcher = new RegExp(`^${config.matcher[0]}$`);
    for (const page of ["/", "/partners/1.png", "/agreements/2.js", "/people/x.css", "/sign-in", "/robots.txt"]) {
      expect(matcher.test(page), page).toBe(true);
    }
    for (const other of ["/api/trpc/x", "/_next/static/chunks/a.js", "/_next/image", "/favicon.ico"]) {
      expect(matcher.test(other), other).toBe(false);
    }
    // Attack run: /partners/1.png rendered the partner page without its Content-Security-Policy.
    const page = await proxy(new NextRequest("http://localhost:3000/partners/1.png", { headers: { cookie: SESSION } }));
    expect(page.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-/);
  });

  it("answers a page with 503 and a page saying so while the database is away", async () => {
    vi.stubEnv("APP_URL", "");
    vi.stubEnv("DATABASE_URL", "postgresql://nobody:x@127.0.0.1:1/none");
    const response = await proxy(new NextRequest("http://localhost:3000/agreements", { headers: { cookie: SESSION } }));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(response.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    const html = await response.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain("Die Datenbank ist im Moment nicht erreichbar");
    const english = await proxy(new NextRequest("http://localhost:3000/sign-in", { headers: { cookie: "locale=en" } }));
    expect(english.status).toBe(503);
    expect(await english.text()).toContain("The database is not reachable at the moment");
    vi.stubEnv("DATABASE_URL", "");
  });
});

describe("next.config.js headers", () => {
  interface HeaderRule {
    source: string;
    has?: { type: string; key: string; value?: string }[];
    headers: { key: string; value: string }[];
  }

  async function rules(): Promise<HeaderRule[]> {
    const configFile = "../../next.config.js";
    const config = (await import(/* @vite-ignore */ configFile)) as {
      default: { headers(): Promise<HeaderRule[]>; poweredByHeader?: boolean };
    };
    expect(config.default.poweredByHeader).toBe(false);
    return config.default.headers();
  }

  it("gives every response nosniff, no framing, the referrer policy and the other static headers", async () => {
    const all = (await rules()).find((rule) => rule.source === "/:path*" && !rule.has);
    const headers = Object.fromEntries((all?.headers ?? []).map((header) => [header.key, header.value]));
    expect(headers).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
    expect(headers["Permissions-Policy"]).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    // Not no-referrer: under it browsers send "Origin: null" with same-origin POSTs, which the app refuses.
    expect(headers["Referrer-Policy"]).not.toBe("no-referrer");
  });

  it("gives API answers a policy under which nothing loads or runs, and HSTS only behind https", async () => {
    const all = await rules();
    const api = all.find((rule) => rule.source.startsWith("/api/:path("));
    expect(api?.headers).toEqual([
      {
        key: "Content-Security-Policy",
        value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      },
    ]);
    const hsts = all.find((rule) => rule.headers.some((header) => header.key === "Strict-Transport-Security"));
    expect(hsts?.has).toEqual([{ type: "header", key: "x-forwarded-proto", value: "https" }]);
    expect(hsts?.headers).toEqual([{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }]);
  });
});
