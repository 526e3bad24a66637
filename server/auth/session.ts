// Who is asking: the signed-in, active user behind a request's session cookie, on every request. It does what
// better-auth's getSession does for this app's configuration (no cookie cache, sessions never extended), with
// better-auth's own cookie name and secret, at a third of its CPU time: docs/PERFORMANCE.md. Signing in and out stay
// with better-auth.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Db } from "../db/prisma";
import type { Actor } from "./actor";
import type { Auth } from "./auth";
import { cookieValue } from "./cookies";

/** The token of a signed cookie value `token.signature` if the signature is the secret's HMAC-SHA256 of the token. */
export function verifiedToken(signed: string, secret: string): string | null {
  const dot = signed.lastIndexOf(".");
  if (dot < 1) return null;
  const token = signed.slice(0, dot);
  const signature = signed.slice(dot + 1);
  // better-call's format: standard base64 of the 32-byte MAC, 44 characters with padding.
  if (signature.length !== 44 || !signature.endsWith("=")) return null;
  const expected = createHmac("sha256", secret).update(token).digest();
  const given = Buffer.from(signature, "base64");
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}

export type SessionReader = (headers: Headers) => Promise<Actor | null>;

export function createSessionReader(auth: Auth, db: Db): SessionReader {
  let settings: Promise<{ name: string; secret: string }> | undefined;
  const cookieSettings = () => {
    settings ??= auth.$context.then(
      (context) => ({ name: context.authCookies.sessionToken.name, secret: context.secret }),
      (error: unknown) => {
        settings = undefined; // asked again with the next request
        throw error;
      },
    );
    return settings;
  };
  return async (headers) => {
    const { name, secret } = await cookieSettings();
    const signed = cookieValue(headers.get("cookie"), name);
    const token = signed ? verifiedToken(signed, secret) : null;
    if (!token) return null;
    // findUnique: Prisma sends the lookups of concurrent requests as one statement.
    const session = await db.session.findUnique({
      where: { token },
      select: {
        id: true,
        expiresAt: true,
        user: { select: { id: true, name: true, email: true, role: true, active: true } },
      },
      relationLoadStrategy: "join",
    });
    if (!session || session.expiresAt.getTime() <= Date.now()) return null;
    const { user } = session;
    if (!user.active) return null;
    return { id: user.id, name: user.name, email: user.email, role: user.role, sessionId: session.id };
  };
}
