// Checks a loaded database against the domain rules (server/domain/), with SQL so that it scales to the stress
// data: each agreement's status history is a path of allowed transitions (AGREEMENT_TRANSITIONS) ending at its
// current status, with non-decreasing effective dates up to the reference day, scopes only on dormant/suspended
// changes, stored dates matching their precision; plus row counts, cooperation areas, countries and continents,
// milestones and activities. And checksums of every table, to show that a seed gives the same data every time.
import type { ClientBase } from "pg";
import { AGREEMENT_TRANSITIONS, SCOPED_STATUSES } from "../server/domain/agreement-status";
import { COOPERATION_AREAS } from "../server/domain/cooperation-areas";
import { COUNTRIES } from "./data/places";
import { TABLE_NAMES, type TableName } from "./dataset";
import { REFERENCE_DATE } from "./dates";

export interface VerifyOptions {
  /** Rows each table must have. */
  expectedCounts?: Partial<Record<TableName, number>>;
  /** No effective or done date may lie after this day (YYYY-MM-DD). */
  referenceDate?: string;
  /** How many examples to report per check. */
  examples?: number;
}

export interface VerifyResult {
  ok: boolean;
  /** One line per violation found (at most `examples` per check), then how many more there were. */
  problems: string[];
}

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
const list = (items: readonly string[]) => items.map(literal).join(", ");

/** A date column whose value must be the first day of the period its precision column names. */
function precisionMismatch(column: string): string {
  const date = `"${column}"`;
  const precision = `"${column}Precision"`;
  return `(${date} IS NOT NULL AND ((${precision} = 'MONTH' AND extract(day FROM ${date}) <> 1)
    OR (${precision} = 'YEAR' AND (extract(month FROM ${date}) <> 1 OR extract(day FROM ${date}) <> 1))))`;
}

function checks(referenceDate: string): { name: string; sql: string }[] {
  const transitions = Object.entries(AGREEMENT_TRANSITIONS).flatMap(([from, tos]) =>
    tos.map((to) => `(${literal(from)}, ${literal(to)})`),
  );
  const scoped = list(SCOPED_STATUSES);
  const ref = `DATE ${literal(referenceDate)}`;
  const countries = COUNTRIES.map((country) => `(${literal(country.code)}, ${literal(country.continent)})`).join(", ");
  return [
    {
      name: "history",
      sql: `
        WITH allowed(f, t) AS (VALUES ${transitions.join(", ")}),
        h AS (
          SELECT s.id, s."agreementId", s."fromStatus"::text AS f, s."toStatus"::text AS t, s.scope, s."effectiveOn",
                 s."effectiveOnPrecision"::text AS p,
                 row_number() OVER w AS n, lag(s."toStatus"::text) OVER w AS prev_to, lag(s."effectiveOn") OVER w AS prev_on
          FROM "StatusChange" s
          WINDOW w AS (PARTITION BY s."agreementId" ORDER BY s."recordedAt", s.id)
        ),
        bad AS (
          SELECT id, "agreementId", n, CASE
            WHEN n = 1 AND f IS NOT NULL THEN 'the first change has fromStatus ' || f
            WHEN n > 1 AND f IS DISTINCT FROM prev_to THEN format('fromStatus %s, but the previous change went to %s', f, prev_to)
            WHEN n > 1 AND NOT EXISTS (SELECT 1 FROM allowed a WHERE a.f = h.f AND a.t = h.t)
              THEN format('%s → %s is not an allowed transition', f, t)
            WHEN n > 1 AND "effectiveOn" < prev_on THEN format('effective %s, before the previous change (%s)', "effectiveOn", prev_on)
            WHEN "effectiveOn" > ${ref} THEN format('effective %s, after the reference day', "effectiveOn")
            WHEN scope IS NOT NULL AND t NOT IN (${scoped}) THEN format('a scope on a change to %s', t)
            WHEN (p = 'MONTH' AND extract(day FROM "effectiveOn") <> 1)
              OR (p = 'YEAR' AND (extract(month FROM "effectiveOn") <> 1 OR extract(day FROM "effectiveOn") <> 1))
              THEN format('effective %s does not match its precision %s', "effectiveOn", p)
          END AS why
          FROM h
        )
        SELECT format('StatusChange %s (agreement %s, step %s): %s', id, "agreementId", n, why) AS problem,
               count(*) OVER () AS total
        FROM bad WHERE why IS NOT NULL ORDER BY id LIMIT $1`,
    },
    {
      name: "current status",
      sql: `
        WITH latest AS (
          SELECT DISTINCT ON (s."agreementId") s."agreementId", s."toStatus", s."effectiveOn", s."effectiveOnPrecision", s.scope
          FROM "StatusChange" s ORDER BY s."agreementId", s."recordedAt" DESC, s.id DESC
        ),
        bad AS (
          SELECT a.id, CASE
            WHEN l."agreementId" IS NULL THEN 'no status history'
            WHEN a.status <> l."toStatus" THEN format('status %s, but the history ends at %s', a.status, l."toStatus")
            WHEN a."statusSince" IS DISTINCT FROM l."effectiveOn" OR a."statusSincePrecision" <> l."effectiveOnPrecision"
              THEN format('statusSince %s (%s), but the last change took effect %s (%s)', a."statusSince",
                          a."statusSincePrecision", l."effectiveOn", l."effectiveOnPrecision")
            WHEN a."statusScope" IS DISTINCT FROM l.scope THEN 'statusScope differs from the last change''s scope'
          END AS why
          FROM "Agreement" a LEFT JOIN latest l ON l."agreementId" = a.id
        )
        SELECT format('Agreement %s: %s', id, why) AS problem, count(*) OVER () AS total
        FROM bad WHERE why IS NOT NULL ORDER BY id LIMIT $1`,
    },
    {
      name: "agreement fields",
      sql: `
        WITH bad AS (
          SELECT id, CASE
            WHEN "statusScope" IS NOT NULL AND status::text NOT IN (${scoped}) THEN format('a scope while %s', status)
            WHEN "validUntil" < "validFrom" THEN 'validUntil before validFrom'
            WHEN "signedOn" > ${ref} OR "councilDecisionOn" > ${ref} OR "countersignedOn" > ${ref}
              THEN 'signed, decided or countersigned after the reference day'
            WHEN "predecessorId" = id THEN 'its own predecessor'
            WHEN ${precisionMismatch("councilDecisionOn")} OR ${precisionMismatch("signedOn")}
              OR ${precisionMismatch("countersignedOn")} OR ${precisionMismatch("validFrom")}
              OR ${precisionMismatch("validUntil")} OR ${precisionMismatch("statusSince")}
              THEN 'a date that does not match its precision'
          END AS why
          FROM "Agreement"
        )
        SELECT format('Agreement %s: %s', id, why) AS problem, count(*) OVER () AS total
        FROM bad WHERE why IS NOT NULL ORDER BY id LIMIT $1`,
    },
    {
      name: "partners",
      sql: `
        WITH known(code, continent) AS (VALUES ${countries}),
        bad AS (
          SELECT p.id, CASE
            WHEN p."countryCode" !~ '^[A-Z]{2}$' THEN format('country code %L is not ISO 3166-1 alpha-2', p."countryCode")
            WHEN k.code IS NOT NULL AND k.continent <> p.continent::text
              THEN format('in %s, which is in %s, but its continent is %s', p."countryCode", k.continent, p.continent)
            WHEN (p.latitude IS NULL) <> (p.longitude IS NULL) THEN 'only one of latitude and longitude'
          END AS why
          FROM "Partner" p LEFT JOIN known k ON k.code = p."countryCode"
        )
        SELECT format('Partner %s: %s', id, why) AS problem, count(*) OVER () AS total
        FROM bad WHERE why IS NOT NULL ORDER BY id LIMIT $1`,
    },
    {
      name: "cooperation areas",
      sql: `
        SELECT format('Cooperation area %s is missing', wanted.code) AS problem, count(*) OVER () AS total
        FROM unnest(ARRAY[${list(COOPERATION_AREAS.map((area) => area.code))}]::text[]) AS wanted(code)
        WHERE NOT EXISTS (SELECT 1 FROM "CooperationArea" c WHERE c.code = wanted.code) LIMIT $1`,
    },
    {
      name: "milestones",
      sql: `
        WITH bad AS (
          SELECT id, CASE
            WHEN status = 'DONE' AND "doneOn" IS NULL THEN 'done without a done date'
            WHEN status <> 'DONE' AND "doneOn" IS NOT NULL THEN format('%s with a done date', status)
            WHEN "doneOn" > ${ref} THEN 'done after the reference day'
          END AS why
          FROM "Milestone"
        )
        SELECT format('Milestone %s: %s', id, why) AS problem, count(*) OVER () AS total
        FROM bad WHERE why IS NOT NULL ORDER BY id LIMIT $1`,
    },
    {
      name: "activities",
      sql: `
        SELECT format('Activity %s: ends %s, before it starts (%s)', id, "endOn", "startOn") AS problem,
               count(*) OVER () AS total
        FROM "Activity" WHERE "endOn" < "startOn" ORDER BY id LIMIT $1`,
    },
  ];
}

/** Checks the data in the database `client` is connected to; prints nothing. */
export async function verify(client: ClientBase, options: VerifyOptions = {}): Promise<VerifyResult> {
  const examples = options.examples ?? 5;
  const problems: string[] = [];

  const counted = await client.query<Record<string, string>>(
    `SELECT ${TABLE_NAMES.map((table) => `(SELECT count(*) FROM "${table}") AS "${table}"`).join(", ")}`,
  );
  for (const [table, expected] of Object.entries(options.expectedCounts ?? {})) {
    const actual = Number(counted.rows[0]?.[table]);
    if (actual !== expected) problems.push(`[counts] ${table}: ${actual} rows, expected ${expected}`);
  }

  for (const check of checks(options.referenceDate ?? REFERENCE_DATE)) {
    const { rows } = await client.query<{ problem: string; total: string }>(check.sql, [examples]);
    for (const row of rows) problems.push(`[${check.name}] ${row.problem}`);
    const total = Number(rows[0]?.total ?? 0);
    if (total > rows.length) problems.push(`[${check.name}] … and ${total - rows.length} more`);
  }
  return { ok: problems.length === 0, problems };
}

/** The order that makes a table's dump canonical: its primary key. */
const ORDER_BY: Readonly<Record<TableName, string>> = {
  CooperationArea: "id",
  Partner: "id",
  Agreement: "id",
  StatusChange: "id",
  AgreementArea: `"agreementId", "areaId"`,
  Person: "id",
  WorkingGroup: "id",
  WorkingGroupMember: `"workingGroupId", "personId"`,
  Milestone: "id",
  Activity: "id",
  ActivityAgreement: `"activityId", "agreementId"`,
  ActivityArea: `"activityId", "areaId"`,
  ActivityParticipant: `"activityId", "personId"`,
};

/**
 * An md5 per table over its rows as text, in primary-key order (the md5 of the rows' md5s, which stays small for a
 * million rows), in a fixed time zone and date style so that timestamps print the same on any server.
 */
export async function checksums(client: ClientBase): Promise<Record<TableName, string>> {
  const result = {} as Record<TableName, string>;
  await client.query("BEGIN READ ONLY");
  try {
    await client.query("SET LOCAL TimeZone = 'UTC'");
    await client.query("SET LOCAL DateStyle = 'ISO, YMD'");
    await client.query("SET LOCAL extra_float_digits = 1");
    for (const table of TABLE_NAMES) {
      const { rows } = await client.query<{ md5: string | null }>(
        `SELECT md5(string_agg(md5(t::text), '' ORDER BY ${ORDER_BY[table]
          .split(", ")
          .map((column) => `t.${column}`)
          .join(", ")})) AS md5 FROM "${table}" t`,
      );
      result[table] = rows[0]?.md5 ?? "(empty)";
    }
  } finally {
    await client.query("COMMIT");
  }
  return result;
}
