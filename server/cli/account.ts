// `npm run account:create -- --email <e-mail> --name "<name>" --role admin|editor|viewer`: creates an account from
// the command line — the way to the first admin of a production installation. The password is read from the
// environment variable ACCOUNT_PASSWORD or, if that is unset, from the first line of standard input, so it never
// appears in the shell history or the process list. Uses DATABASE_URL, or the embedded database in DATA_DIR (stop
// the app first: the embedded database serves one process).
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { systemActor } from "../auth/actor";
import { createPrismaClient } from "../db/prisma";
import { applyMigrations } from "../db/schema-engine";
import { envValue, readEnv } from "../env";
import { ZAccountCreateInput } from "../schemas/account";
import { createAccount } from "../services/account/accounts";
import { databaseForCommand, runCommand } from "./database";

const USAGE =
  'Usage: npm run account:create -- --email <e-mail> --name "<name>" --role admin|editor|viewer\n' +
  "       (password from ACCOUNT_PASSWORD or the first line of standard input)";

async function readPassword(): Promise<string> {
  const given = envValue("ACCOUNT_PASSWORD");
  if (given) return given;
  if (process.stdin.isTTY) process.stdout.write("Password (at least 12 characters): ");
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return "";
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
    strict: true,
  });
  if (!values.email || !values.name || !values.role) throw new Error(USAGE);
  const parsed = ZAccountCreateInput.safeParse({
    email: values.email,
    name: values.name,
    role: values.role.toUpperCase(),
    password: await readPassword(),
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Nothing was created:\n${lines.join("\n")}\n${USAGE}`);
  }
  const database = await databaseForCommand(readEnv());
  const db = createPrismaClient(database.url, { maxConnections: 2 });
  try {
    await applyMigrations(database.url);
    const user = await createAccount(db, systemActor("Kommandozeile"), parsed.data);
    console.log(`Created ${user.role.toLowerCase()} account ${user.email} (${user.name}).`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

runCommand(main);
