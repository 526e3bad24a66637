// Backup and restore: a seeded database with further changes made through the services (accounts, sign-ins and
// their sessions, an edited and a new agreement with awkward text, audit events) is backed up and restored into a
// fresh database; every table — _prisma_migrations, User, Session, Account, AuditEvent and all the others — must
// come back with the same row count and the same checksum of its ordered rows, the sequences where they stood, and
// the same schema (with the audit trail's triggers still refusing deletes). Damaged, cut-off, tampered and foreign
// files are refused before anything is touched; a restore that fails halfway leaves the database as it was; a
// database holding data is refused unless the restore is asked to replace it.
import { spawnSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createAuth } from "../auth/auth";
import { createAccount } from "../services/account/accounts";
import { callerFor, TEST_ACTORS } from "../test/caller";
import { createTestDatabase } from "../test/database";
import { withDatabase } from "../test/global-setup";
import { BackupError, backupDatabase, restoreDatabase, verifyBackup } from "./backup";
import { DERIVED_TABLES } from "./derived-tables";
import type { Db } from "./prisma";

const AWKWARD = "Tab\there, new\nline, back\\slash, \\N, quote ' \" , 重庆 Волгоград Liège 😀, <script>x</script>";

let db: Db;
let url: string;
let folder: string;
let backupFile: string;
let original: Snapshot;
const databases: string[] = [];

/** Every table's row count and the MD5 of its ordered rows; the sequences; the schema's definitions. */
type Snapshot = Record<string, string>;

async function withClient<T>(target: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: target });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function snapshot(target: string): Promise<Snapshot> {
  return withClient(target, async (client) => {
    await client.query("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET extra_float_digits = 1");
    const result: Snapshot = {};
    const tables = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    for (const { name } of tables.rows) {
      const { rows } = await client.query<{ n: string; hash: string }>(
        `SELECT count(*)::text AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash
           FROM "public"."${name}" t`,
      );
      result[`table ${name}`] = `${rows[0]?.n} rows, md5 ${rows[0]?.hash}`;
    }
    const sequences = await client.query<{ name: string; last: string | null }>(
      "SELECT sequencename AS name, last_value::text AS last FROM pg_sequences WHERE schemaname = 'public'",
    );
    for (const row of sequences.rows) result[`sequence ${row.name}`] = String(row.last);
    const definitions = await client.query<{ def: string }>(
      `SELECT indexdef AS def FROM pg_indexes WHERE schemaname = 'public'
       UNION ALL SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal
       UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace
       UNION ALL SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' '
                        || coalesce(column_default, '')
         FROM information_schema.columns WHERE table_schema = 'public'
       ORDER BY 1`,
    );
    result.schema = definitions.rows.map((row) => row.def).join("\n");
    return result;
  });
}

/** An empty database (no tables) on the test server; dropped after the file's tests. */
async function freshDatabase(): Promise<string> {
  const name = `bk_${randomBytes(6).toString("hex")}`;
  await withClient(inject("pgAdminUrl"), (client) => client.query(`CREATE DATABASE ${name}`));
  databases.push(name);
  return withDatabase(inject("pgAdminUrl"), name);
}

/** Rewrites the backup's decompressed text and compresses it again (a valid gzip file with other contents). */
async function tampered(name: string, change: (text: string) => string): Promise<string> {
  const text = gunzipSync(await readFile(backupFile)).toString("utf8");
  const changed = change(text);
  expect(changed).not.toBe(text);
  const file = path.join(folder, name);
  await writeFile(file, gzipSync(changed));
  return file;
}

async function refusal(run: () => Promise<unknown>): Promise<BackupError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(BackupError);
    return error as BackupError;
  }
  throw new Error("expected a refusal, but it succeeded");
}

beforeAll(async () => {
  ({ db, url } = await createTestDatabase("seeded"));
  folder = await mkdtemp(path.join(tmpdir(), "partnerships-backup-"));

  // Changes through the services: accounts (User, Account, audit events) …
  const password = "Sicheres-Passwort-42";
  const tag = randomUUID().slice(0, 8);
  const email = `sicherung-${tag}@stadt-koeln.example`;
  await createAccount(db, TEST_ACTORS.ADMIN, { name: "Sicherung Test", email, role: "EDITOR", password });
  await createAccount(db, TEST_ACTORS.ADMIN, {
    name: `Zweites Konto ${AWKWARD.slice(0, 40)}`,
    email: `zweites-${tag}@stadt-koeln.example`,
    role: "VIEWER",
    password,
  });
  // … sign-ins through better-auth (Session, RateLimit, sign-in audit events) …
  const base = "http://localhost:3000";
  const auth = createAuth(db, { secret: "b".repeat(40), baseURL: base, trustedOrigins: () => [base] });
  for (const ip of ["10.8.0.1", "10.8.0.2"]) {
    const response = await auth.handler(
      new Request(`${base}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: base, "x-forwarded-for": ip },
        body: JSON.stringify({ email, password }),
      }),
    );
    expect(response.status).toBe(200);
  }
  // … and records: a new agreement with awkward text, an edit, a status change.
  const caller = callerFor(db, TEST_ACTORS.EDITOR);
  const partner = await db.partner.findFirstOrThrow({ select: { id: true } });
  await caller.agreement.create({ type: "FRIENDSHIP", title: AWKWARD, partnerId: partner.id });
  const active = await db.agreement.findFirstOrThrow({ where: { status: "ACTIVE" }, orderBy: { id: "asc" } });
  await caller.agreement.transition({ id: active.id, to: "DORMANT", reason: `Ruht\t(Test)\n${AWKWARD}` });

  expect(await db.session.count()).toBeGreaterThanOrEqual(2);
  expect(await db.auditEvent.count()).toBeGreaterThan(0);

  original = await snapshot(url);
  backupFile = path.join(folder, "backups", "partnerschaften-test.sql.gz");
  const result = await backupDatabase(url, backupFile);
  expect(result.file).toBe(backupFile);
  expect(result.bytes).toBeGreaterThan(1000);
});

afterAll(async () => {
  await withClient(inject("pgAdminUrl"), async (client) => {
    for (const name of databases) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe("backup", () => {
  it("holds every table with its rows, the migrations and a manifest that checks out", async () => {
    const { header, manifest } = await verifyBackup(backupFile);
    expect(header.format).toBe("partnerschaften-backup");
    expect(header.serverVersion).toMatch(/^18\./);
    expect(header.migrations.map((migration) => migration.name)).toEqual(
      (await db.$queryRaw<{ name: string }[]>`SELECT migration_name AS name FROM _prisma_migrations ORDER BY 1`).map(
        (row) => row.name,
      ),
    );
    const tables = Object.keys(original)
      .filter((key) => key.startsWith("table "))
      .map((key) => key.slice(6));
    // The tables the database derives by triggers are not in the file: a restore rebuilds them (compared below).
    expect(Object.keys(manifest.tables).sort()).toEqual(
      tables.filter((table) => !(DERIVED_TABLES as readonly string[]).includes(table)),
    );
    for (const table of ["_prisma_migrations", "User", "Session", "Account", "AuditEvent", "Agreement"]) {
      expect(tables).toContain(table);
      expect(manifest.tables[table]?.rows, table).toBeGreaterThan(0);
      expect(original[`table ${table}`]).toBe(
        `${manifest.tables[table]?.rows} rows, md5 ${original[`table ${table}`]?.split("md5 ")[1]}`,
      );
    }
  });
});

describe("restore", () => {
  it("into a fresh database gives back every table, row for row, the sequences and the schema", async () => {
    const fresh = await freshDatabase();
    const result = await restoreDatabase(fresh, backupFile);
    expect(result.replaced).toBe(false);
    const restored = await snapshot(fresh);
    expect(Object.keys(restored).sort()).toEqual(Object.keys(original).sort());
    for (const key of Object.keys(original)) expect(restored[key], key).toBe(original[key]);

    // The awkward text survived byte for byte, and the audit trail still refuses deletes.
    await withClient(fresh, async (client) => {
      const { rows } = await client.query('SELECT 1 FROM "Agreement" WHERE title = $1', [AWKWARD]);
      expect(rows).toHaveLength(1);
      await expect(client.query('DELETE FROM "AuditEvent"')).rejects.toThrow();
      await expect(client.query('TRUNCATE "AuditEvent"')).rejects.toThrow();
      // New records continue after the restored ids.
      const next = await client.query<{ id: number }>(
        `INSERT INTO "CooperationArea" (code, "nameDe", "nameEn", "sortOrder") VALUES ('zz-test', 'x', 'x', 99) RETURNING id`,
      );
      const max = await client.query<{ max: number }>('SELECT max(id) AS max FROM "CooperationArea" WHERE code <> $1', [
        "zz-test",
      ]);
      expect(next.rows[0]?.id).toBeGreaterThan(max.rows[0]?.max ?? 0);
    });
  });

  it("copes with a large table (~13 MB of rows: the streams have to wait for each other)", async () => {
    const source = await freshDatabase();
    await restoreDatabase(source, backupFile);
    await withClient(source, (client) =>
      client.query(
        `INSERT INTO "Verification" (id, identifier, value, "expiresAt", "updatedAt")
         SELECT 'v' || i, 'id-' || (i % 97), repeat(md5(i::text) || E'\\t\\n\\\\', 12) || i, now(), now()
           FROM generate_series(1, 30000) AS i`,
      ),
    );
    const before = await snapshot(source);
    const file = path.join(folder, "large.sql.gz");
    const result = await backupDatabase(source, file);
    expect(result.manifest.tables.Verification?.rows).toBe(30_000);
    const target = await freshDatabase();
    await restoreDatabase(target, file);
    expect(await snapshot(target)).toEqual(before);
  });

  it("refuses a database that holds data unless asked to replace it, and then replaces everything", async () => {
    const { url: other, db: otherDb } = await createTestDatabase("seeded");
    await callerFor(otherDb).agreement.create({
      type: "PROJECT_PARTNERSHIP",
      title: "Nur in der anderen Datenbank",
      partnerId: (await otherDb.partner.findFirstOrThrow({ select: { id: true } })).id,
    });
    await otherDb.$disconnect();
    const before = await snapshot(other);

    const error = await refusal(() => restoreDatabase(other, backupFile));
    expect(error.message).toMatch(/not empty.*--replace/s);
    expect(await snapshot(other)).toEqual(before);

    // --replace: the old tables go (DROP is not blocked by the audit trail's triggers), the backup comes back.
    const result = await restoreDatabase(other, backupFile, { replace: true });
    expect(result.replaced).toBe(true);
    expect(await snapshot(other)).toEqual(original);
  });

  it("refuses a damaged, cut-off, tampered or foreign file before touching the database", async () => {
    const target = (await createTestDatabase("seeded")).url;
    const before = await snapshot(target);
    const bytes = await readFile(backupFile);

    const flipped = Buffer.from(bytes);
    const middle = Math.floor(flipped.length / 2);
    for (let i = middle; i < middle + 16; i++) flipped[i] = (flipped[i] ?? 0) ^ 0xff;
    const damaged = path.join(folder, "damaged.sql.gz");
    await writeFile(damaged, flipped);

    const cut = path.join(folder, "cut.sql.gz");
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));

    const foreign = path.join(folder, "foreign.sql.gz");
    await writeFile(foreign, "CREATE TABLE evil (id int);\n");

    const otherGzip = path.join(folder, "other.sql.gz");
    await writeFile(otherGzip, gzipSync("-- some other dump\nCREATE TABLE evil (id int);\n"));

    // A row changed after the backup was written: the file's own checksums catch it.
    const changedRow = await tampered("changed-row.sql.gz", (text) =>
      text.replace(/(COPY "public"\."Partner" [^\n]*\n[^\t]*\t)/, "$1X"),
    );
    // Everything after the first table's data removed: no end, no manifest.
    const noEnd = await tampered("no-end.sql.gz", (text) => text.slice(0, text.indexOf("--@sequences")));

    const missing = path.join(folder, "does-not-exist.sql.gz");

    const cases: [string, RegExp][] = [
      [damaged, /is damaged|damaged or incomplete/],
      [cut, /damaged or incomplete|incomplete/],
      [foreign, /not a backup made by `npm run db:backup`/],
      [otherGzip, /not a backup made by `npm run db:backup`/],
      [changedRow, /damaged: table Partner has \d+ rows with checksum/],
      [noEnd, /incomplete: it has no end/],
      [missing, /Cannot read/],
    ];
    for (const [file, message] of cases) {
      const error = await refusal(() => restoreDatabase(target, file, { replace: true }));
      expect(error.message, path.basename(file)).toMatch(message);
    }
    expect(await snapshot(target)).toEqual(before);
  });

  it("rolls everything back when the restore fails halfway (a duplicate key in the data)", async () => {
    const target = (await createTestDatabase("seeded")).url;
    const before = await snapshot(target);
    // A file whose own checksums agree, but whose Partner data holds one row twice: COPY fails on the key after the
    // schema was dropped and recreated and earlier tables were copied.
    const text = gunzipSync(await readFile(backupFile)).toString("utf8");
    const start = text.indexOf('COPY "public"."Partner"');
    const firstRow = text.indexOf("\n", start) + 1;
    const row = text.slice(firstRow, text.indexOf("\n", firstRow) + 1);
    const doubled = text.slice(0, firstRow) + row + text.slice(firstRow);
    const dataEnd = doubled.indexOf("\n\\.\n", start) + 1;
    const data = doubled.slice(firstRow, dataEnd);
    const { createHash } = await import("node:crypto");
    const md5 = createHash("md5").update(data).digest("hex");
    const manifestLine = doubled.slice(doubled.indexOf("--@end "), doubled.indexOf("\n", doubled.indexOf("--@end ")));
    const manifest = JSON.parse(manifestLine.slice(7)) as { tables: Record<string, { rows: number; dataMd5: string }> };
    const partner = manifest.tables.Partner as { rows: number; dataMd5: string };
    partner.rows += 1;
    partner.dataMd5 = md5;
    const file = path.join(folder, "duplicate-key.sql.gz");
    await writeFile(file, gzipSync(doubled.replace(manifestLine, `--@end ${JSON.stringify(manifest)}`)));
    await verifyBackup(file); // the file itself is consistent

    const error = await refusal(() => restoreDatabase(target, file, { replace: true }));
    expect(error.message).toMatch(/Restoring failed .*duplicate key.*left as it was/s);
    expect(await snapshot(target)).toEqual(before);
  });

  it("refuses a backup whose migrations this version of the app does not know", async () => {
    const dir = path.join(folder, "older-migrations");
    const newest = (await verifyBackup(backupFile)).header.migrations.at(-1)?.name as string;
    await cp(path.resolve("prisma/migrations"), dir, { recursive: true });
    await rm(path.join(dir, newest), { recursive: true });
    const fresh = await freshDatabase();
    const error = await refusal(() => restoreDatabase(fresh, backupFile, { migrationsDir: dir }));
    expect(error.message).toMatch(new RegExp(`migration ${newest} is unknown here`));
    expect(
      await withClient(
        fresh,
        async (client) => (await client.query("SELECT 1 FROM pg_tables WHERE schemaname = 'public'")).rowCount,
      ),
    ).toBe(0);
  });
});

describe("the commands", () => {
  it("npm run db:backup and db:restore work on DATABASE_URL and print the row counts", async () => {
    const file = path.join(folder, "cli", "cli.sql.gz");
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, NODE_ENV: "production" };
    const run = (script: string, args: string[], target = url) =>
      spawnSync(process.execPath, ["--import", "tsx", path.join("server", "cli", script), ...args], {
        env: { ...env, DATABASE_URL: target },
        encoding: "utf8",
        timeout: 120_000,
      });

    const backup = run("backup.ts", [file]);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/Backup written: .*cli\.sql\.gz/);
    expect(backup.stdout).toMatch(/AuditEvent\s+\d+/);
    expect(backup.stdout).toMatch(/_prisma_migrations\s+\d+/);

    const fresh = await freshDatabase();
    const refused = run("restore.ts", [file], (await createTestDatabase("seeded")).url);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/not empty/);

    const restore = run("restore.ts", [file], fresh);
    expect(restore.status, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/Backup checked/);
    expect(restore.stdout).toMatch(/Restored; every table checked/);
    expect(await snapshot(fresh)).toEqual(await snapshot(url));

    const usage = run("restore.ts", []);
    expect(usage.status).toBe(1);
    expect(usage.stderr).toMatch(/Usage: npm run db:restore -- FILE \[--replace\]/);
  });
});
