// `npm run db:seed`: writes Cologne's demo data into an empty database (DATABASE_URL, or the embedded one in
// DATA_DIR). A database that holds data is left alone unless `--replace` is given, which replaces everything in
// one transaction.
import { isDatabaseEmpty, replaceWithDemoData, seedDemoData } from "../../prisma/seed";
import { createPrismaClient } from "../db/prisma";
import { applyMigrations } from "../db/schema-engine";
import { readEnv } from "../env";
import { databaseForCommand, runCommand } from "./database";

async function main() {
  const replace = process.argv.includes("--replace");
  const unknown = process.argv.slice(2).filter((arg) => arg !== "--replace");
  if (unknown.length) throw new Error(`Unknown argument ${unknown.join(" ")}. Usage: npm run db:seed [-- --replace]`);

  const database = await databaseForCommand(readEnv());
  const db = createPrismaClient(database.url, { maxConnections: 2 });
  try {
    await applyMigrations(database.url);
    if (!replace && !(await isDatabaseEmpty(db))) {
      console.log("The database already holds data; nothing was written. Use `npm run db:seed -- --replace` to");
      console.log("replace ALL of it with the demo data.");
      process.exitCode = 1;
      return;
    }
    const summary = replace ? await replaceWithDemoData(db) : await seedDemoData(db);
    console.log(`Demo data written: ${JSON.stringify(summary)}`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

runCommand(main);
