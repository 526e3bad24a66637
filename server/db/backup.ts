// Backing the database up into one file and restoring it, with nothing but the app's own code: the embedded
// PostgreSQL package ships no pg_dump or pg_restore (only initdb, pg_ctl and postgres), and the pg_dump Debian
// offers (15) refuses to dump a PostgreSQL 18 server. So the app writes the backup itself, in PostgreSQL's own
// plain format, gzip-compressed:
//
//   --@backup {…}          what, when, from which server, and the applied migrations with their checksums
//   --@schema {…} + SQL    the schema: Prisma's _prisma_migrations table, then every applied migration's SQL
//                          (read from prisma/migrations, checked against the checksum the database recorded)
//   --@data {…} + COPY     each table's rows exactly as `COPY … TO STDOUT` wrote them, ended by \.
//   --@sequences + setval  where each id sequence stood
//   --@end {…}             per table: rows, an MD5 of its COPY data and a checksum of its rows as the database
//                          computed them; the sequences; a fingerprint of the schema
//
// All of it is read in one REPEATABLE READ snapshot, so a backup taken while the app runs is consistent. A DBA can
// restore the file with standard tools into an empty database (`gunzip -c FILE | psql -v ON_ERROR_STOP=1`).
//
// Restoring reads the whole file first and checks every section against the manifest (a damaged or truncated file
// is refused before the database is touched), refuses a database that holds data unless asked to replace it, and
// then does everything in ONE transaction: drop and recreate the schema `public` (DROP is not blocked by the audit
// trail's TRUNCATE/DELETE-refusing triggers), run the schema, copy the rows in (foreign keys are dropped for the
// copy and added again afterwards, which checks every reference), set the sequences, and compare every table's
// row count and checksum, the sequences and the schema fingerprint with the manifest. Any failure rolls it all
// back: the database is exactly as it was before. The tables the database derives by triggers (DERIVED_TABLES: the
// dashboard's counters) are neither written nor checked: the schema creates them and the triggers fill them as the
// rows are copied in, in that same transaction.
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, open, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { DERIVED_TABLES } from "./derived-tables";

export const BACKUP_FORMAT = "partnerschaften-backup";
export const BACKUP_VERSION = 1;
const MIGRATIONS_TABLE = "_prisma_migrations";

/** A refusal or failure with a message meant for the person running the command. */
export class BackupError extends Error {
  override name = "BackupError";
}

export interface MigrationEntry {
  name: string;
  checksum: string;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  serverVersion: string;
  database: string;
  migrations: MigrationEntry[];
}

export interface TableSummary {
  rows: number;
  /** MD5 of the table's COPY text as written in the file. */
  dataMd5: string;
  /** Order-independent checksum of the rows as the database renders them (see TABLE_CHECKSUM_SQL). */
  checksum: string;
}

export interface BackupManifest {
  tables: Record<string, TableSummary>;
  sequences: Record<string, { lastValue: string; isCalled: boolean }>;
  schema: string;
}

export interface BackupResult {
  file: string;
  bytes: number;
  header: BackupHeader;
  manifest: BackupManifest;
}

export interface RestoreOptions {
  /** Replace a database that holds data (default: refuse). */
  replace?: boolean;
  /** Where the migrations of this version of the app are (default prisma/migrations). */
  migrationsDir?: string;
  /** How long to wait for locks held by others (a running app) before giving up. */
  lockTimeoutMs?: number;
}

export interface BackupOptions {
  migrationsDir?: string;
}

/** Session settings that make every rendering of values (COPY, row checksums) the same on both sides. */
const SESSION_SETTINGS = [
  "SET client_encoding = 'UTF8'",
  "SET standard_conforming_strings = on",
  "SET TimeZone = 'UTC'",
  "SET DateStyle = 'ISO, YMD'",
  "SET IntervalStyle = 'postgres'",
  "SET extra_float_digits = 1",
  "SET bytea_output = 'hex'",
  "SET statement_timeout = 0",
].join("; ");

/** An order-independent checksum of a table's rows: the sum of the first 64 bits of each row's MD5. */
const TABLE_CHECKSUM_SQL = (table: string) =>
  `SELECT count(*)::text AS rows, coalesce(sum(('x' || left(md5(t::text), 16))::bit(64)::bigint::numeric), 0)::text AS sum FROM ${qualified(table)} t`;

/** Everything the schema `public` defines, one line per item, hashed in a fixed order. */
const SCHEMA_FINGERPRINT_SQL = `
  SELECT md5(coalesce(string_agg(line, E'\\n' ORDER BY line), '')) AS fingerprint FROM (
    SELECT format('column %s.%s %s %s %s %s', c.relname, a.attname, a.attnum, format_type(a.atttypid, a.atttypmod),
                  a.attnotnull, pg_get_expr(d.adbin, d.adrelid)) AS line
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm') AND a.attnum > 0
       AND NOT a.attisdropped
    UNION ALL
    SELECT format('constraint %s.%s %s', c.relname, k.conname, pg_get_constraintdef(k.oid))
      FROM pg_constraint k LEFT JOIN pg_class c ON c.oid = k.conrelid
     WHERE k.connamespace = 'public'::regnamespace
    UNION ALL
    SELECT format('index %s', indexdef) FROM pg_indexes WHERE schemaname = 'public'
    UNION ALL
    SELECT format('trigger %s', pg_get_triggerdef(t.oid))
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
     WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal
    UNION ALL
    SELECT format('function %s', pg_get_functiondef(p.oid))
      FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.prokind IN ('f', 'p')
    UNION ALL
    SELECT format('enum %s %s %s', t.typname, e.enumsortorder, e.enumlabel)
      FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typnamespace = 'public'::regnamespace
    UNION ALL
    SELECT format('sequence %s %s %s %s %s %s %s', sequencename, data_type, start_value, min_value, max_value,
                  increment_by, cycle)
      FROM pg_sequences WHERE schemaname = 'public'
  ) lines`;

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function qualified(name: string): string {
  return `"public".${quoteIdent(name)}`;
}

function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(SESSION_SETTINGS);
  return client;
}

// ------------------------------------------------------------------------------------------------------------
// COPY through node-postgres (its documented "Submittable" extension point)
// ------------------------------------------------------------------------------------------------------------

interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: NodeJS.ReadableStream & NodeJS.WritableStream & { writableNeedDrain?: boolean };
}

/** `COPY … TO STDOUT`: hands each chunk to `onChunk`; pauses the socket while `onChunk` asks to wait. */
class CopyToStdout implements pg.Submittable {
  readonly done: Promise<void>;
  private resolve!: () => void;
  private reject!: (error: Error) => void;
  private failed = false;
  private connection?: CopyConnection;

  constructor(
    private readonly sql: string,
    private readonly onChunk: (chunk: Buffer) => boolean,
    private readonly waitForDrain: () => Promise<void>,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  submit(connection: unknown): void {
    this.connection = connection as CopyConnection;
    this.connection.query(this.sql);
  }

  private waiting = false;

  handleCopyData(message: { chunk: Buffer }): void {
    if (!this.onChunk(message.chunk) && this.connection && !this.waiting) {
      const stream = this.connection.stream;
      this.waiting = true;
      stream.pause();
      const resume = () => {
        this.waiting = false;
        stream.resume();
      };
      this.waitForDrain().then(resume, resume);
    }
  }

  handleError(error: Error): void {
    this.failed = true;
    this.reject(error);
  }

  handleReadyForQuery(): void {
    if (!this.failed) this.resolve();
  }

  handleCommandComplete(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyInResponse(connection: CopyConnection): void {
    connection.sendCopyFail("unexpected COPY FROM");
  }
}

const COPY_CHUNK_BYTES = 1 << 18;
/** Size of the pieces the backup hands to gzip. */
const BATCH_BYTES = 1 << 18;

/** `COPY … FROM STDIN` fed with the lines of `lines` (each without its newline), with back-pressure. */
class CopyFromStdin implements pg.Submittable {
  readonly done: Promise<number>;
  private resolve!: (rows: number) => void;
  private reject!: (error: Error) => void;
  private failed = false;
  private rowCount = 0;

  constructor(
    private readonly sql: string,
    private readonly lines: AsyncIterable<Buffer>,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  submit(connection: unknown): void {
    (connection as CopyConnection).query(this.sql);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    this.pump(connection).catch((error: unknown) => {
      this.failed = true;
      connection.sendCopyFail(error instanceof Error ? error.message : String(error));
      this.reject(error instanceof Error ? error : new Error(String(error)));
    });
  }

  private async pump(connection: CopyConnection): Promise<void> {
    let parts: Buffer[] = [];
    let size = 0;
    const flush = async () => {
      connection.sendCopyFromChunk(Buffer.concat(parts, size));
      parts = [];
      size = 0;
      if (connection.stream.writableNeedDrain) {
        await new Promise<void>((resolve) => connection.stream.once("drain", () => resolve()));
      }
    };
    for await (const line of this.lines) {
      if (this.failed) return;
      parts.push(line, NEWLINE);
      size += line.length + 1;
      if (size >= COPY_CHUNK_BYTES) await flush();
    }
    if (this.failed) return;
    if (size) await flush();
    connection.endCopyFrom();
  }

  handleCommandComplete(message: { text?: string }): void {
    const match = /^COPY (\d+)/.exec(message.text ?? "");
    this.rowCount = match ? Number(match[1]) : 0;
  }

  handleReadyForQuery(): void {
    if (!this.failed) this.resolve(this.rowCount);
  }

  handleError(error: Error): void {
    this.failed = true;
    this.reject(error);
  }

  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

const NEWLINE = Buffer.from("\n");

// ------------------------------------------------------------------------------------------------------------
// Reading the database
// ------------------------------------------------------------------------------------------------------------

/** The tables of the schema `public` that hold data of their own (not the ones the database derives: rebuilt). */
async function publicTables(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p')
     ORDER BY relname`,
  );
  return rows.map((row) => row.name).filter((name) => !(DERIVED_TABLES as readonly string[]).includes(name));
}

/** Tables in an order in which every referenced table comes before the tables that refer to it (where possible). */
async function tablesInDependencyOrder(client: pg.ClientBase): Promise<string[]> {
  const tables = await publicTables(client);
  const { rows } = await client.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
      WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace AND k.conrelid <> k.confrelid`,
  );
  const parents = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const row of rows) parents.get(row.child)?.add(row.parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  let progress = true;
  while (progress && ordered.length < tables.length) {
    progress = false;
    for (const table of tables) {
      if (placed.has(table)) continue;
      if ([...(parents.get(table) ?? [])].every((parent) => placed.has(parent) || !parents.has(parent))) {
        ordered.push(table);
        placed.add(table);
        progress = true;
      }
    }
  }
  // A cycle of references (none today): the rest in name order; restoreDatabase drops the keys while copying.
  return [...ordered, ...tables.filter((table) => !placed.has(table))];
}

async function columnsOf(client: pg.ClientBase, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
      ORDER BY attnum`,
    [qualified(table)],
  );
  return rows.map((row) => row.name);
}

async function tableChecksum(client: pg.ClientBase, table: string): Promise<{ rows: number; checksum: string }> {
  const { rows } = await client.query<{ rows: string; sum: string }>(TABLE_CHECKSUM_SQL(table));
  const row = rows[0] as { rows: string; sum: string };
  return { rows: Number(row.rows), checksum: row.sum };
}

async function sequenceStates(client: pg.ClientBase): Promise<BackupManifest["sequences"]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'S'
     ORDER BY relname`,
  );
  const states: BackupManifest["sequences"] = {};
  for (const { name } of rows) {
    const result = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text, is_called FROM ${qualified(name)}`,
    );
    const state = result.rows[0] as { last_value: string; is_called: boolean };
    states[name] = { lastValue: state.last_value, isCalled: state.is_called };
  }
  return states;
}

async function schemaFingerprint(client: pg.ClientBase): Promise<string> {
  const { rows } = await client.query<{ fingerprint: string }>(SCHEMA_FINGERPRINT_SQL);
  return (rows[0] as { fingerprint: string }).fingerprint;
}

/** CREATE TABLE for Prisma's own bookkeeping table, as the database has it (columns, defaults, keys, indexes). */
async function migrationsTableDdl(client: pg.ClientBase): Promise<string> {
  const table = qualified(MIGRATIONS_TABLE);
  const columns = await client.query<{ name: string; type: string; notnull: boolean; def: string | null }>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull,
            pg_get_expr(d.adbin, d.adrelid) AS def
       FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
    [table],
  );
  const constraints = await client.query<{ name: string; def: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conrelid = $1::regclass AND contype IN ('p', 'u', 'c') ORDER BY conname`,
    [table],
  );
  const indexes = await client.query<{ def: string }>(
    `SELECT pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
      WHERE i.indrelid = $1::regclass
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
      ORDER BY 1`,
    [table],
  );
  const lines = [
    ...columns.rows.map(
      (column) =>
        `    ${quoteIdent(column.name)} ${column.type}${column.notnull ? " NOT NULL" : ""}${column.def ? ` DEFAULT ${column.def}` : ""}`,
    ),
    ...constraints.rows.map((constraint) => `    CONSTRAINT ${quoteIdent(constraint.name)} ${constraint.def}`),
  ];
  return [`CREATE TABLE ${table} (\n${lines.join(",\n")}\n);`, ...indexes.rows.map((index) => `${index.def};`)].join(
    "\n",
  );
}

function sha256(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The migrations this database has applied, with their SQL from `dir`, checked against the recorded checksums. */
async function appliedMigrations(client: pg.ClientBase, dir: string): Promise<(MigrationEntry & { sql: string })[]> {
  const { rows } = await client.query<MigrationEntry>(
    `SELECT migration_name AS name, checksum FROM ${qualified(MIGRATIONS_TABLE)}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  const migrations: (MigrationEntry & { sql: string })[] = [];
  for (const row of rows) {
    let sql: Buffer;
    try {
      sql = await readFile(path.join(dir, row.name, "migration.sql"));
    } catch {
      throw new BackupError(
        `The database has applied the migration ${row.name}, which ${dir} does not hold: back it up with the ` +
          "version of the app that runs it.",
      );
    }
    if (sha256(sql) !== row.checksum) {
      throw new BackupError(
        `The migration ${row.name} in ${dir} differs from the one the database applied (checksums differ): back ` +
          "it up with the version of the app that runs it.",
      );
    }
    migrations.push({ name: row.name, checksum: row.checksum, sql: sql.toString("utf8") });
  }
  return migrations;
}

// ------------------------------------------------------------------------------------------------------------
// Backup
// ------------------------------------------------------------------------------------------------------------

/** Writes a backup of the database at `url` to `file` (through `file.partial`, renamed when complete). */
export async function backupDatabase(url: string, file: string, options: BackupOptions = {}): Promise<BackupResult> {
  const migrationsDir = path.resolve(options.migrationsDir ?? "prisma/migrations");
  const target = path.resolve(file);
  const partial = `${target}.partial`;
  await mkdir(path.dirname(target), { recursive: true });

  const client = await connect(url);
  const gzip = createGzip({ level: 6 });
  const output = createWriteStream(partial, { mode: 0o600 });
  const written = pipeline(gzip, output);
  // A failure of the file (disk full) must end the backup, not leave it waiting for a drain that never comes.
  let writeError: Error | undefined;
  written.catch((error: Error) => {
    writeError = error;
  });
  const write = (text: string | Buffer): boolean => (writeError ? true : gzip.write(text));
  const drained = () =>
    new Promise<void>((resolve, reject) => {
      if (writeError) return reject(writeError);
      const onDrain = () => resolve();
      gzip.once("drain", onDrain);
      written.catch((error: Error) => {
        gzip.off("drain", onDrain);
        reject(error);
      });
    });

  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await tablesInDependencyOrder(client);
    if (!tables.includes(MIGRATIONS_TABLE)) {
      throw new BackupError("This database has no _prisma_migrations table: it is not (yet) a database of this app.");
    }
    const migrations = await appliedMigrations(client, migrationsDir);
    const { rows: info } = await client.query<{ version: string; database: string }>(
      "SELECT current_setting('server_version') AS version, current_database() AS database",
    );
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      serverVersion: info[0]?.version ?? "",
      database: info[0]?.database ?? "",
      migrations: migrations.map(({ name, checksum }) => ({ name, checksum })),
    };

    write(
      [
        "-- Partnerschaften Köln: database backup. Restore: npm run db:restore -- FILE [--replace]",
        "-- Or, into an empty database, with PostgreSQL's tools: gunzip -c FILE | psql -v ON_ERROR_STOP=1 -d DATABASE",
        `--@backup ${JSON.stringify(header)}`,
        "SET client_encoding = 'UTF8';",
        "SET standard_conforming_strings = on;",
        "SET check_function_bodies = false;",
        "SET TimeZone = 'UTC';",
        "BEGIN;",
        `--@schema ${JSON.stringify({ name: MIGRATIONS_TABLE })}`,
        await migrationsTableDdl(client),
        "",
      ].join("\n"),
    );
    for (const migration of migrations) {
      write(`--@schema ${JSON.stringify({ name: migration.name })}\n`);
      write(migration.sql.endsWith("\n") ? migration.sql : `${migration.sql}\n`);
    }

    const manifest: BackupManifest = { tables: {}, sequences: {}, schema: await schemaFingerprint(client) };
    for (const table of tables) {
      const columns = await columnsOf(client, table);
      const columnList = columns.map(quoteIdent).join(", ");
      write(`--@data ${JSON.stringify({ table, columns })}\n`);
      write(`COPY ${qualified(table)} (${columnList}) FROM stdin;\n`);
      const md5 = createHash("md5");
      let lines = 0;
      // The server sends one message per row; they are gathered into larger pieces for gzip. (They are copied:
      // node-postgres reuses its receive buffer.)
      let batch = Buffer.allocUnsafe(BATCH_BYTES);
      let used = 0;
      const flush = (): boolean => {
        if (!used) return true;
        const piece = batch.subarray(0, used);
        batch = Buffer.allocUnsafe(BATCH_BYTES);
        used = 0;
        return write(piece);
      };
      const copy = new CopyToStdout(
        `COPY ${qualified(table)} (${columnList}) TO STDOUT`,
        (chunk) => {
          md5.update(chunk);
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
          if (chunk.length > BATCH_BYTES - used) {
            const ok = flush();
            if (chunk.length >= BATCH_BYTES) return write(Buffer.from(chunk)) && ok;
            chunk.copy(batch, 0);
            used = chunk.length;
            return ok;
          }
          chunk.copy(batch, used);
          used += chunk.length;
          return true;
        },
        drained,
      );
      await client.query(copy);
      await copy.done;
      flush();
      if (writeError) throw writeError;
      write("\\.\n");
      const counted = await tableChecksum(client, table);
      if (counted.rows !== lines) {
        throw new BackupError(`Table ${table}: COPY wrote ${lines} rows, the table has ${counted.rows}.`);
      }
      manifest.tables[table] = { rows: lines, dataMd5: md5.digest("hex"), checksum: counted.checksum };
    }

    manifest.sequences = await sequenceStates(client);
    write("--@sequences\n");
    for (const [name, state] of Object.entries(manifest.sequences)) {
      write(`SELECT pg_catalog.setval(${quoteLiteral(qualified(name))}, ${state.lastValue}, ${state.isCalled});\n`);
    }
    write(`--@end ${JSON.stringify(manifest)}\nCOMMIT;\n`);
    await client.query("COMMIT");
    gzip.end();
    await written;
    await rename(partial, target);
    return { file: target, bytes: (await stat(target)).size, header, manifest };
  } catch (error) {
    gzip.destroy();
    await written.catch(() => {});
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

// ------------------------------------------------------------------------------------------------------------
// Reading a backup file
// ------------------------------------------------------------------------------------------------------------

type BackupItem =
  | { kind: "header"; header: BackupHeader }
  | { kind: "schema"; name: string; sql: string }
  | { kind: "data"; table: string; columns: string[]; lines: AsyncIterable<Buffer> }
  | { kind: "setval"; sql: string }
  | { kind: "end"; manifest: BackupManifest };

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

async function assertGzip(file: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, "r");
  } catch (error) {
    throw new BackupError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    if (bytesRead < 2 || !head.equals(GZIP_MAGIC)) {
      throw new BackupError(`${file} is not a backup made by \`npm run db:backup\` (it is not gzip-compressed).`);
    }
  } finally {
    await handle.close();
  }
}

/** The file's lines (without "\n"), decompressed; a damaged or cut-off file fails with a BackupError. */
async function* fileLines(file: string): AsyncGenerator<Buffer> {
  const input = createReadStream(file).pipe(createGunzip());
  let rest = Buffer.alloc(0);
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      let buffer = rest.length ? Buffer.concat([rest, chunk]) : chunk;
      let start = 0;
      for (let end = buffer.indexOf(10, start); end !== -1; end = buffer.indexOf(10, start)) {
        yield Buffer.from(buffer.subarray(start, end));
        start = end + 1;
      }
      buffer = buffer.subarray(start);
      rest = Buffer.from(buffer);
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(
      `${file} is damaged or incomplete (${error instanceof Error ? error.message : String(error)}); nothing was restored.`,
    );
  }
  if (rest.length) yield rest;
}

function parseMarker<T>(line: string, marker: string, file: string): T {
  try {
    return JSON.parse(line.slice(marker.length)) as T;
  } catch {
    throw new BackupError(`${file} is damaged: unreadable ${marker.trim()} line.`);
  }
}

/** The file's sections, in order. Data lines are handed out lazily: read them before asking for the next item. */
async function* readBackup(file: string): AsyncGenerator<BackupItem> {
  await assertGzip(file);
  const lines = fileLines(file);
  try {
    yield* parseBackup(file, lines);
  } finally {
    await lines.return(undefined); // closes the file when a reader stops early
  }
}

async function* parseBackup(file: string, lines: AsyncGenerator<Buffer>): AsyncGenerator<BackupItem> {
  let sawHeader = false;
  let pendingSchema: { name: string; sql: string[] } | null = null;
  let inSequences = false;
  let sawEnd = false;

  const flushSchema = function* (): Generator<BackupItem> {
    if (pendingSchema) yield { kind: "schema", name: pendingSchema.name, sql: pendingSchema.sql.join("\n") };
    pendingSchema = null;
  };

  while (true) {
    const next = await lines.next();
    if (next.done) break;
    const line = next.value.toString("utf8");
    if (sawEnd) {
      if (line.trim() === "" || line.trim() === "COMMIT;") continue;
      throw new BackupError(`${file} is damaged: text after the end of the backup.`);
    }
    if (line.startsWith("--@backup ")) {
      const header = parseMarker<BackupHeader>(line, "--@backup ", file);
      if (header.format !== BACKUP_FORMAT) throw new BackupError(`${file} is not a backup of this app.`);
      if (header.version > BACKUP_VERSION) {
        throw new BackupError(`${file} was written by a newer version of the app (format ${header.version}).`);
      }
      sawHeader = true;
      yield { kind: "header", header };
      continue;
    }
    if (!sawHeader) {
      if (line.startsWith("--") || line.trim() === "") continue;
      throw new BackupError(`${file} is not a backup made by \`npm run db:backup\` (no header).`);
    }
    if (line.startsWith("--@schema ")) {
      yield* flushSchema();
      pendingSchema = { name: parseMarker<{ name: string }>(line, "--@schema ", file).name, sql: [] };
      continue;
    }
    if (line.startsWith("--@data ")) {
      yield* flushSchema();
      const { table, columns } = parseMarker<{ table: string; columns: string[] }>(line, "--@data ", file);
      const copyLine = await lines.next();
      if (copyLine.done || !copyLine.value.toString("utf8").startsWith("COPY ")) {
        throw new BackupError(`${file} is damaged: the data of table ${table} has no COPY line.`);
      }
      let finished = false;
      const rows = async function* (): AsyncGenerator<Buffer> {
        while (true) {
          const row = await lines.next();
          if (row.done) throw new BackupError(`${file} is incomplete: the data of table ${table} is cut off.`);
          if (row.value.length === 2 && row.value[0] === 0x5c && row.value[1] === 0x2e) break; // "\."
          yield row.value;
        }
        finished = true;
      };
      const item: BackupItem = { kind: "data", table, columns, lines: rows() };
      yield item;
      if (!finished) {
        // The consumer did not read the rows: skip them.
        for await (const _ of item.lines) {
          // skipping
        }
      }
      continue;
    }
    if (line.startsWith("--@sequences")) {
      yield* flushSchema();
      inSequences = true;
      continue;
    }
    if (line.startsWith("--@end ")) {
      yield* flushSchema();
      sawEnd = true;
      yield { kind: "end", manifest: parseMarker<BackupManifest>(line, "--@end ", file) };
      continue;
    }
    if (pendingSchema) {
      pendingSchema.sql.push(line);
      continue;
    }
    if (inSequences && line.startsWith("SELECT pg_catalog.setval(")) {
      yield { kind: "setval", sql: line };
      continue;
    }
    if (line.trim() === "" || line.startsWith("--") || line.startsWith("SET ") || line === "BEGIN;") continue;
    throw new BackupError(`${file} is damaged: unexpected line "${line.slice(0, 60)}".`);
  }
  if (!sawHeader) throw new BackupError(`${file} is not a backup made by \`npm run db:backup\` (no header).`);
  if (!sawEnd) throw new BackupError(`${file} is incomplete: it has no end (the backup was cut off).`);
}

export interface VerifiedBackup {
  header: BackupHeader;
  manifest: BackupManifest;
  schemaSections: string[];
}

/**
 * Reads the whole file and checks it: gzip's own CRC, the structure, and every table's row count and MD5 against
 * the manifest. Throws a BackupError that says what is wrong.
 */
export async function verifyBackup(file: string): Promise<VerifiedBackup> {
  let header: BackupHeader | undefined;
  let manifest: BackupManifest | undefined;
  const schemaSections: string[] = [];
  const found = new Map<string, { rows: number; dataMd5: string }>();
  for await (const item of readBackup(file)) {
    if (item.kind === "header") header = item.header;
    else if (item.kind === "schema") schemaSections.push(item.name);
    else if (item.kind === "data") {
      const md5 = createHash("md5");
      let rows = 0;
      for await (const line of item.lines) {
        md5.update(line);
        md5.update(NEWLINE);
        rows++;
      }
      found.set(item.table, { rows, dataMd5: md5.digest("hex") });
    } else if (item.kind === "end") manifest = item.manifest;
  }
  if (!header || !manifest) throw new BackupError(`${file} is incomplete.`);
  for (const [table, expected] of Object.entries(manifest.tables)) {
    const actual = found.get(table);
    if (!actual) throw new BackupError(`${file} is damaged: the data of table ${table} is missing.`);
    if (actual.rows !== expected.rows || actual.dataMd5 !== expected.dataMd5) {
      throw new BackupError(
        `${file} is damaged: table ${table} has ${actual.rows} rows with checksum ${actual.dataMd5}, the backup ` +
          `recorded ${expected.rows} rows with checksum ${expected.dataMd5}.`,
      );
    }
  }
  for (const table of found.keys()) {
    if (!manifest.tables[table]) throw new BackupError(`${file} is damaged: table ${table} is not in its manifest.`);
  }
  const expectedSchema = [MIGRATIONS_TABLE, ...header.migrations.map((migration) => migration.name)];
  if (schemaSections.join("\n") !== expectedSchema.join("\n")) {
    throw new BackupError(`${file} is damaged: its schema sections do not match its list of migrations.`);
  }
  return { header, manifest, schemaSections };
}

// ------------------------------------------------------------------------------------------------------------
// Restore
// ------------------------------------------------------------------------------------------------------------

/** The migrations of the backup must be this app's own (same names, same checksums): its SQL is run as it is. */
async function checkMigrationsKnown(header: BackupHeader, dir: string): Promise<void> {
  for (const migration of header.migrations) {
    let sql: Buffer;
    try {
      sql = await readFile(path.join(dir, migration.name, "migration.sql"));
    } catch {
      throw new BackupError(
        `The backup was made by a newer or different version of the app: its migration ${migration.name} is ` +
          "unknown here. Restore it with the version that made it.",
      );
    }
    if (sha256(sql) !== migration.checksum) {
      throw new BackupError(
        `The backup's migration ${migration.name} differs from this version's: restore it with the version that made it.`,
      );
    }
  }
}

/** Tables of `public` that hold at least one row (Prisma's bookkeeping table does not count). */
export async function tablesWithData(client: pg.ClientBase): Promise<string[]> {
  const withData: string[] = [];
  for (const table of await publicTables(client)) {
    if (table === MIGRATIONS_TABLE) continue;
    const { rows } = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${qualified(table)}) AS any`);
    if (rows[0]?.any) withData.push(table);
  }
  return withData;
}

export interface RestoreResult {
  header: BackupHeader;
  tables: Record<string, number>;
  replaced: boolean;
}

/**
 * Restores `file` into the database at `url`, in one transaction: afterwards the database holds exactly what the
 * backup holds (checked table by table), or, if anything fails, exactly what it held before.
 */
export async function restoreDatabase(url: string, file: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const migrationsDir = path.resolve(options.migrationsDir ?? "prisma/migrations");
  const { header, manifest } = await verifyBackup(file);
  await checkMigrationsKnown(header, migrationsDir);

  const client = await connect(url);
  try {
    const withData = await tablesWithData(client);
    if (withData.length && !options.replace) {
      throw new BackupError(
        `The database is not empty (${withData.length} tables hold data, e.g. ${withData.slice(0, 3).join(", ")}): ` +
          "nothing was restored. Use --replace to replace ALL of its data with the backup.",
      );
    }

    await client.query("BEGIN");
    try {
      await client.query(`SET LOCAL lock_timeout = ${Math.max(1, Math.round(options.lockTimeoutMs ?? 15_000))}`);
      const { rows: owner } = await client.query<{ owner: string }>(
        "SELECT nspowner::regrole::text AS owner FROM pg_namespace WHERE nspname = 'public'",
      );
      await client.query("DROP SCHEMA IF EXISTS public CASCADE");
      await client.query(owner[0] ? `CREATE SCHEMA public AUTHORIZATION ${owner[0].owner}` : "CREATE SCHEMA public");
      await client.query("GRANT USAGE ON SCHEMA public TO PUBLIC");
      await client.query("SET LOCAL search_path TO public");
      await client.query("SET LOCAL check_function_bodies = false");

      let foreignKeys: { table: string; name: string; def: string }[] | null = null;
      const copied: Record<string, number> = {};
      for await (const item of readBackup(file)) {
        if (item.kind === "schema") {
          await client.query(item.sql);
        } else if (item.kind === "data") {
          if (!foreignKeys) {
            // Rows go in table by table; references are checked once all are in, when the keys are added again.
            const { rows } = await client.query<{ table: string; name: string; def: string }>(
              `SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS def
                 FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
                WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace ORDER BY c.relname, k.conname`,
            );
            foreignKeys = rows;
            for (const key of foreignKeys) {
              await client.query(`ALTER TABLE ${qualified(key.table)} DROP CONSTRAINT ${quoteIdent(key.name)}`);
            }
          }
          const copy = new CopyFromStdin(
            `COPY ${qualified(item.table)} (${item.columns.map(quoteIdent).join(", ")}) FROM STDIN`,
            item.lines,
          );
          await client.query(copy);
          copied[item.table] = await copy.done;
        } else if (item.kind === "setval") {
          await client.query(item.sql);
        }
      }
      for (const key of foreignKeys ?? []) {
        await client.query(`ALTER TABLE ${qualified(key.table)} ADD CONSTRAINT ${quoteIdent(key.name)} ${key.def}`);
      }

      // The restored database must be the backed-up one: rows, sequences and schema.
      const problems: string[] = [];
      const tables = await publicTables(client);
      for (const table of new Set([...tables, ...Object.keys(manifest.tables)])) {
        const expected = manifest.tables[table];
        if (!expected || !tables.includes(table)) {
          problems.push(`table ${table} ${expected ? "is missing" : "is not in the backup"}`);
          continue;
        }
        const actual = await tableChecksum(client, table);
        if (actual.rows !== expected.rows || actual.checksum !== expected.checksum) {
          problems.push(`table ${table}: ${actual.rows} rows (checksum ${actual.checksum}), expected ${expected.rows}`);
        }
      }
      const sequences = await sequenceStates(client);
      if (JSON.stringify(sequences) !== JSON.stringify(manifest.sequences)) problems.push("the sequences differ");
      if ((await schemaFingerprint(client)) !== manifest.schema) {
        problems.push("the schema differs from the backed-up one");
      }
      if (problems.length) {
        throw new BackupError(
          `The restored data does not match the backup (${problems.join("; ")}); nothing was restored.`,
        );
      }
      await client.query("COMMIT");
      await client.query("ANALYZE").catch(() => {});
      return { header, tables: copied, replaced: withData.length > 0 };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      if ((error as { code?: string }).code === "55P03") {
        throw new BackupError(
          "The database is in use (is the app still running?): stop it first; nothing was restored.",
        );
      }
      if (error instanceof BackupError) throw error;
      throw new BackupError(
        `Restoring failed (${error instanceof Error ? error.message : String(error)}); the database was left as it was.`,
      );
    }
  } finally {
    await client.end().catch(() => {});
  }
}

/** "12.3 KiB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** One line per table, "name  rows", and the total. */
export function rowTable(counts: Record<string, number>): string[] {
  const names = Object.keys(counts).sort((a, b) => a.localeCompare(b));
  const width = Math.max(...names.map((name) => name.length), 5);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return [
    ...names.map((name) => `  ${name.padEnd(width)}  ${String(counts[name]).padStart(9)}`),
    `  ${"total".padEnd(width)}  ${String(total).padStart(9)}`,
  ];
}
