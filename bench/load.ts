// Loading a generated data set into a migrated database: one transaction (refuse or truncate, cooperation areas,
// COPY per table, sequences), then ANALYZE. A database that already holds data is refused unless `replace`.
import type { ClientBase } from "pg";
import { DERIVED_TABLES } from "../server/db/derived-tables";
import { COOPERATION_AREAS } from "../server/domain/cooperation-areas";
import { copyRows } from "./copy";
import { type Dataset, TABLE_NAMES, type TableName } from "./dataset";

export interface TableTiming {
  table: TableName | "demo seed" | "foreign keys" | "ANALYZE";
  rows: number;
  ms: number;
}

/** The domain tables, children first: the list that is checked for data and truncated by --replace. */
const TRUNCATE_ORDER = [...TABLE_NAMES].reverse();

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export class DatabaseNotEmptyError extends Error {
  constructor(readonly tables: readonly string[]) {
    super(
      `The database already holds data (rows in ${tables.join(", ")}); nothing was written. ` +
        "Use --replace to delete ALL partnership data in it and load the generated data instead.",
    );
    this.name = "DatabaseNotEmptyError";
  }
}

/**
 * Refuses a database whose domain tables hold rows (the cooperation areas, which a migration or the seed may have
 * written, do not count), or empties them all in the current transaction when `replace` is set.
 */
export async function emptyOrRefuse(client: ClientBase, replace: boolean): Promise<void> {
  const checked = TABLE_NAMES.filter((table) => table !== "CooperationArea");
  const { rows } = await client.query<Record<string, boolean>>(
    `SELECT ${checked.map((table) => `EXISTS (SELECT 1 FROM ${quote(table)}) AS ${quote(table)}`).join(", ")}`,
  );
  const withRows = checked.filter((table) => rows[0]?.[table]);
  if (withRows.length === 0) return;
  if (!replace) throw new DatabaseNotEmptyError(withRows);
  await truncateDomainTables(client);
}

/**
 * Empties the domain tables and restarts their ids (the generated data is the same only if its ids are), in the
 * current transaction. The app never reuses ids, so that its audit trail cannot point at a new record with an old
 * record's id: a database whose audit trail names any of these records is refused instead.
 */
export async function truncateDomainTables(client: ClientBase): Promise<void> {
  await refuseAuditedRecords(client);
  // No CASCADE: if a table outside the domain refers to these, this fails and nothing changes.
  // The counters derived from these tables by triggers go with them (TRUNCATE fires no row triggers).
  await client.query(`TRUNCATE ${[...DERIVED_TABLES, ...TRUNCATE_ORDER].map(quote).join(", ")} RESTART IDENTITY`);
}

/** Throws if the app's audit trail (if the schema has one) names any partnership record. */
export async function refuseAuditedRecords(client: ClientBase): Promise<void> {
  const audit = await client.query<{ present: boolean }>(`SELECT to_regclass('"AuditEvent"') IS NOT NULL AS present`);
  if (audit.rows[0]?.present) {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM "AuditEvent" WHERE "entityType"::text <> 'USER'`,
    );
    const audited = Number(rows[0]?.n ?? 0);
    if (audited > 0) {
      throw new Error(
        `The database's audit trail records ${audited} change(s) to its partnership data; replacing the data would ` +
          "restart the ids and the trail would point at generated records. Nothing was written. Use a new " +
          "database (for the embedded one: delete bench/.data/<scale>).",
      );
    }
  }
}

/** Writes the cooperation areas that are missing; returns every area's id, by index in COOPERATION_AREAS. */
async function ensureCooperationAreas(client: ClientBase): Promise<number[]> {
  const values = COOPERATION_AREAS.map((_, i) => `($${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4})`);
  await client.query(
    `INSERT INTO "CooperationArea" (code, "nameDe", "nameEn", "sortOrder") VALUES ${values.join(", ")}
     ON CONFLICT (code) DO NOTHING`,
    COOPERATION_AREAS.flatMap((area, index) => [area.code, area.nameDe, area.nameEn, index]),
  );
  const { rows } = await client.query<{ id: number; code: string }>(`SELECT id, code FROM "CooperationArea"`);
  const ids = new Map(rows.map((row) => [row.code, row.id]));
  return COOPERATION_AREAS.map((area) => {
    const id = ids.get(area.code);
    if (id === undefined) throw new Error(`Cooperation area ${area.code} is missing after the insert`);
    return id;
  });
}

interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

/** Drops the foreign keys of `tables` (in the current transaction) and returns them for adding back. */
async function dropForeignKeys(client: ClientBase, tables: readonly string[]): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(
    `SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS definition
     FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.contype = 'f' AND n.nspname = current_schema() AND c.relname = ANY($1::text[])
     ORDER BY c.relname, k.conname`,
    [tables],
  );
  for (const key of rows) await client.query(`ALTER TABLE ${quote(key.table)} DROP CONSTRAINT ${quote(key.name)}`);
  return rows;
}

/**
 * Loads `dataset` in one transaction and analyses the tables afterwards. `client` must not be in a transaction.
 * Returns the time each table took (generating its COPY text and the server's work overlap).
 */
export async function loadDataset(
  client: ClientBase,
  dataset: Dataset,
  options: { replace: boolean; log?: (line: string) => void },
): Promise<TableTiming[]> {
  const log = options.log ?? (() => {});
  const timings: TableTiming[] = [];
  await client.query("BEGIN");
  try {
    await client.query("SET LOCAL synchronous_commit = off");
    await emptyOrRefuse(client, options.replace);
    let started = performance.now();
    const areaIds = await ensureCooperationAreas(client);
    // Checking each row's foreign keys one by one is most of a COPY's time; the constraints are dropped for the
    // load and added again (same definitions, same transaction), which checks all rows at once with one join each.
    const foreignKeys = await dropForeignKeys(
      client,
      dataset.tables.map((table) => table.name),
    );
    timings.push({ table: "CooperationArea", rows: areaIds.length, ms: performance.now() - started });
    for (const table of dataset.tables) {
      started = performance.now();
      const copied = await copyRows(client, table.name, table.columns, table.rows({ areaIds }));
      if (copied !== table.rowCount)
        throw new Error(`${table.name}: copied ${copied} rows, expected ${table.rowCount}`);
      const ms = performance.now() - started;
      timings.push({ table: table.name, rows: copied, ms });
      log(
        `  ${table.name.padEnd(20)} ${copied.toLocaleString("en").padStart(9)} rows ${(ms / 1000).toFixed(2).padStart(7)} s`,
      );
    }
    started = performance.now();
    for (const key of foreignKeys) {
      await client.query(`ALTER TABLE ${quote(key.table)} ADD CONSTRAINT ${quote(key.name)} ${key.definition}`);
    }
    timings.push({ table: "foreign keys", rows: 0, ms: performance.now() - started });
    for (const table of dataset.tables.filter((t) => t.serialId)) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence($1, 'id'), GREATEST(COALESCE(MAX(id), 0), 1), MAX(id) IS NOT NULL)
         FROM ${quote(table.name)}`,
        [quote(table.name)],
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
  const started = performance.now();
  await client.query(`ANALYZE ${TABLE_NAMES.map(quote).join(", ")}`);
  timings.push({ table: "ANALYZE", rows: 0, ms: performance.now() - started });
  return timings;
}
