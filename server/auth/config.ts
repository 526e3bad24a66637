// better-auth's settings from the environment: the secret, the public address and the trusted origins.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import path from "node:path";
import { dataDir, type Env } from "../env";
import type { AuthConfig } from "./auth";
import { clientAddress, isLoopback } from "./client-address";
import { ssoConfigFromEnv } from "./sso";

/** BETTER_AUTH_SECRET, or a random secret created once and kept (owner-readable only) in DATA_DIR/auth-secret. */
export function loadAuthSecret(env: Env): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  const file = path.join(dataDir(env), "auth-secret");
  if (existsSync(file)) {
    const secret = readFileSync(file, "utf8").trim();
    if (secret.length >= 32) return secret;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

/**
 * The origin the browser used, from the Host header — only when APP_URL is not set (checked by the caller), the
 * request comes from loopback (the browser runs on the app's own machine) and the Host names an address rather
 * than a domain (a domain could be made to point at loopback: DNS rebinding).
 */
function requestOrigin(request: Request | undefined, trustedProxies: readonly string[]): string | null {
  const host = request?.headers.get("host");
  if (!request || !host || !/^[A-Za-z0-9.:[\]-]+$/.test(host)) return null;
  if (!isLoopback(clientAddress(request.headers, trustedProxies))) return null;
  const name = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.replace(/:\d+$/, "");
  if (name !== "localhost" && !isIP(name.replace(/^\[|\]$/g, ""))) return null;
  return `http://${host}`;
}

/** Origins allowed to send requests that change data (sign-in, tRPC mutations). */
export function trustedOriginsFor(env: Env): (request?: Request) => string[] {
  const configured = [...(env.APP_URL ? [env.APP_URL] : []), ...env.TRUSTED_ORIGINS];
  if (env.APP_URL) return () => configured;
  const local = [`http://localhost:${env.PORT}`, `http://127.0.0.1:${env.PORT}`];
  return (request) => {
    const own = requestOrigin(request, env.TRUSTED_PROXIES);
    return [...configured, ...local, ...(own ? [own] : [])];
  };
}

export function authConfigFromEnv(env: Env): AuthConfig {
  return {
    secret: loadAuthSecret(env),
    baseURL: env.APP_URL ?? `http://localhost:${env.PORT}`,
    trustedOrigins: trustedOriginsFor(env),
    trustedProxies: env.TRUSTED_PROXIES,
    sso: ssoConfigFromEnv(env),
    passwordSignIn: env.PASSWORD_SIGN_IN,
  };
}

/**
 * The same-origin check for requests that change data: the Origin header must name a trusted origin. A request
 * without an Origin header is refused too (browsers always send one with a POST).
 */
export function isTrustedOrigin(request: Request, trusted: (request?: Request) => string[]): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  return trusted(request).includes(origin);
}
