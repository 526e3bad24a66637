// The demo accounts the test server is started with (`npm run demo`), and the signed-in browser states that
// e2e/auth.setup.ts saves for each role.
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/seed/accounts";
import type { Role } from "../server/auth/roles";

export const PORT = Number(process.env.E2E_PORT ?? 3210);
export const ORIGIN = `http://127.0.0.1:${PORT}`;
export { DEMO_PASSWORD };

export function demoAccount(role: Role) {
  const account = DEMO_ACCOUNTS.find((entry) => entry.role === role);
  if (!account) throw new Error(`no demo account for ${role}`);
  return account;
}

export function storageStateOf(role: Role): string {
  return path.join(import.meta.dirname, ".auth", `${role.toLowerCase()}.json`);
}

/** Signs an API context in through better-auth's endpoint (as a browser would, with this app's Origin). */
export async function signInApi(request: APIRequestContext, email: string, password: string, origin = ORIGIN) {
  const response = await request.post(`${origin}/api/auth/sign-in/email`, {
    data: { email, password },
    headers: { origin },
  });
  if (!response.ok()) throw new Error(`sign-in of ${email} failed (${response.status()}): ${await response.text()}`);
}
