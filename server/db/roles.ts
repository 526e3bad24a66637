// Least privilege (issue 18): the app's server connects as a role that owns nothing. The migration role (the
// embedded cluster's superuser, or MIGRATION_DATABASE_URL) owns the tables, applies the migrations and then grants
// the app role exactly what the app does: read and write the records, append to the audit trail (never change or
// delete an event: no UPDATE, DELETE or TRUNCATE on "AuditEvent"), and call the one function that erases a person
// from the audit trail (GDPR Art. 17). Not being the owner, the app role cannot disable the audit trail's trigger
// (ALTER TABLE … DISABLE TRIGGER), drop it, or change the schema; not being a superuser, it cannot set
// session_replication_role (which would skip every trigger).
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import pg from "pg";

/** The app role of the embedded database. */
export const EMBEDDED_APP_ROLE = "partnerships_app";

/** The role name of a connection string (its user). */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/** A connection string with another user and password. */
export function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

/** A password kept in `file` (owner-readable only), created with 32 random bytes the first time. */
export function installationPassword(file: string): string {
  if (existsSync(file)) {
    const kept = readFileSync(file, "utf8").trim();
    if (kept.length >= 32) return kept;
  }
  const password = randomBytes(32).toString("base64url");
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return password;
}

/** Creates the login role (or sets its password): no superuser, no role or database creation, no replication. */
export async function ensureLoginRole(client: pg.ClientBase, role: string, password: string): Promise<void> {
  const name = client.escapeIdentifier(role);
  const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
  const options = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT";
  await client.query(
    `${exists.rowCount ? "ALTER" : "CREATE"} ROLE ${name} ${options} PASSWORD ${client.escapeLiteral(password)}`,
  );
}

/**
 * Grants `appRole` what the app needs in the database of `ownerUrl` (run as the tables' owner, after the
 * migrations, at every start: new tables get their grants). Idempotent.
 */
export async function grantAppRole(ownerUrl: string, appRole: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const app = client.escapeIdentifier(appRole);
    const database = client.escapeIdentifier((await client.query("SELECT current_database() AS name")).rows[0].name);
    await client.query(`
      REVOKE CREATE ON SCHEMA public FROM PUBLIC;
      GRANT CONNECT ON DATABASE ${database} TO ${app};
      GRANT USAGE ON SCHEMA public TO ${app};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app};
      REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM ${app};
      REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM ${app};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app};
      GRANT EXECUTE ON FUNCTION "erase_person_from_audit"(integer, text, text[]) TO ${app};
    `);
  } finally {
    await client.end();
  }
}
