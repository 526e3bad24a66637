// The demo accounts, one per role, for trying the app out and for the browser tests. Created only when asked for
// (`npm run demo`, or DEMO_ACCOUNTS=true), never by a production start. Their password is public (README).
import { systemActor } from "../../server/auth/actor";
import type { Role } from "../../server/auth/roles";
import type { Db } from "../../server/db/prisma";
import { createAccount } from "../../server/services/account/accounts";

export const DEMO_PASSWORD = "Partnerschaft-2026";

export const DEMO_ACCOUNTS: readonly { role: Role; name: string; email: string }[] = [
  { role: "ADMIN", name: "Demo Administration", email: "admin@stadt-koeln.example" },
  { role: "EDITOR", name: "Demo Redaktion", email: "redaktion@stadt-koeln.example" },
  { role: "VIEWER", name: "Demo Lesezugriff", email: "lesen@stadt-koeln.example" },
];

/** Creates the demo accounts that do not exist yet (an existing account of the same email is left alone). */
export async function seedDemoAccounts(db: Db): Promise<string[]> {
  const created: string[] = [];
  const actor = systemActor("Demo-Einrichtung");
  for (const account of DEMO_ACCOUNTS) {
    if (await db.user.findUnique({ where: { email: account.email }, select: { id: true } })) continue;
    await createAccount(db, actor, { ...account, password: DEMO_PASSWORD });
    created.push(account.email);
  }
  return created;
}
