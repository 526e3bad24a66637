-- The dashboard's figures that depend on the day (in force today, quiet, needing attention, milestones due soon or
-- overdue), kept by the database like the other counters (migration statistics_summaries) instead of counted from
-- index ranges on every read (issue 20: at stress scale that read ~60,000 index entries, ~15 ms of every request).
--
-- They are kept as of one day, "StatisticsDay"."day": counters 'dated|…' in "StatisticsCount", each row of
-- "StatisticsAgreement" and each pending milestone adding to the counters its figures as of that day
-- ("statistics_dated_keys", "statistics_milestone_dated_keys": the only place the rules are written in SQL). The
-- triggers below keep them in the same transaction as each change. When the day changes, the first read of the new
-- day recounts them for it ("statistics_roll_day": one pass over the per-agreement rows and pending milestones).
--
-- Concurrency: a writer that changes them holds a share lock on the day's row until it commits; the recount takes
-- that row's lock exclusively (waiting at most 100 ms: a reader that cannot have it computes the figures itself
-- instead, "statistics_dated_counts"), then recounts in statements that see every change committed before its lock
-- was granted. While writers overlap without a gap, reads keep computing (~0.1-0.2 s at stress scale) until one
-- recount gets the row. A day of NULL (or no row, e.g. after a TRUNCATE of the derived tables) means nothing is kept
-- yet: writers leave the dated counters alone and the next read recounts.

-- CreateTable
CREATE TABLE "StatisticsDay" (
    "id" INTEGER NOT NULL,
    "day" DATE,

    CONSTRAINT "StatisticsDay_pkey" PRIMARY KEY ("id")
);

INSERT INTO "StatisticsDay" ("id", "day") VALUES (1, NULL);

-- `d` less `years` years as the app computes it (server/services/shared/dates.ts addYears: 29 February becomes
-- 1 March in a year without one).
CREATE FUNCTION "statistics_years_before"(d DATE, years INT) RETURNS DATE IMMUTABLE LANGUAGE sql AS $$
  SELECT ((date_trunc('month', d::timestamp) - make_interval(years => years))::date + (date_part('day', d)::int - 1))
$$;

-- No status change and no activity from `since` to `d`: none at all, the latest before `since`, or the latest after
-- `d` (a planned activity) and none of the days within the window (the one before it earlier than `since`, or also
-- after `d` and no day of the multirange within the window).
CREATE FUNCTION "statistics_no_event"(last_on DATE, previous_on DATE, days datemultirange, since DATE, d DATE)
RETURNS BOOLEAN IMMUTABLE LANGUAGE sql AS $$
  SELECT last_on IS NULL OR last_on < since
      OR (last_on > d AND (previous_on IS NULL OR previous_on < since
                           OR (previous_on > d AND NOT days && daterange(since, d, '[]'))))
$$;

-- The dated counters an agreement's row (StatisticsAgreement) adds 1 to as of day `d`. The rules are those of the
-- agreement list's filters (server/services/agreement/attention.ts, in-force.ts, quiet.ts; the test
-- server/services/statistics/exact.test.ts compares the figures with them after random changes):
--   in force: a status in IN_FORCE_STATUSES (SIGNED, ACTIVE, DORMANT, SUSPENDED), begun by `d`, not run out;
--   quiet (QUIET_YEARS = 3) and stalled (STALLED_YEARS = 3): no status change and no activity in the window
--     from that many years before `d` to `d`;
--   running out: within EXPIRING_DAYS = 180; signed and not marked active: after SIGNED_WAIT_DAYS = 90.
-- Keys:
--   'dated|notInForce|CONTINENT|TYPE|EARLY': status in force, not in force on `d`; EARLY 1 if its latest event lies
--     before the year the quiet window begins in (or there is none) — the dashboard subtracts these from the
--     counters by status;
--   'dated|quietRest|TYPE': quiet, in force, not counted by whole years ('lastEvent|…' counters): the latest event
--     in the window's first year, or a planned one;
--   'dated|reason|REASON': a reason for attention;
--   'dated|attention|TYPE': needs attention for any reason.
-- Each is one expression (no FROM, no WITH), so that PostgreSQL inlines it into the statement that calls it: a call
-- per row costs microseconds, not a plan of its own. STABLE, not IMMUTABLE: an enum's cast to text is only stable,
-- and PostgreSQL does not inline a function declared more immutable than its body.
CREATE FUNCTION "statistics_dated_keys"(
  status "AgreementStatus", type "AgreementType", continent "Continent", from_on DATE, until_on DATE,
  last_on DATE, previous_on DATE, days datemultirange, first_due_on DATE, d DATE
) RETURNS TEXT[] STABLE LANGUAGE sql AS $$
  SELECT array_remove(ARRAY[
    CASE WHEN status IN ('SIGNED', 'ACTIVE', 'DORMANT', 'SUSPENDED')
              AND NOT ((from_on IS NULL OR from_on <= d) AND (until_on IS NULL OR until_on >= d)) THEN
      'dated|notInForce|' || coalesce(continent::text, '') || '|' || type::text || '|'
        || CASE WHEN last_on IS NULL OR last_on < make_date(date_part('year', d)::int - 3, 1, 1) THEN '1' ELSE '0' END
    END,
    CASE WHEN status IN ('SIGNED', 'ACTIVE', 'DORMANT', 'SUSPENDED')
              AND (from_on IS NULL OR from_on <= d) AND (until_on IS NULL OR until_on >= d)
              AND last_on >= make_date(date_part('year', d)::int - 3, 1, 1)
              AND "statistics_no_event"(last_on, previous_on, days, "statistics_years_before"(d, 3), d) THEN
      'dated|quietRest|' || type::text
    END,
    CASE WHEN status IN ('SIGNED', 'ACTIVE', 'DORMANT', 'SUSPENDED') AND until_on < d THEN 'dated|reason|EXPIRED' END,
    CASE WHEN status IN ('SIGNED', 'ACTIVE', 'DORMANT', 'SUSPENDED') AND until_on BETWEEN d AND d + 180 THEN
      'dated|reason|EXPIRING'
    END,
    CASE WHEN status = 'SUSPENDED' THEN 'dated|reason|SUSPENDED' END,
    CASE WHEN status = 'DORMANT' THEN 'dated|reason|DORMANT' END,
    CASE WHEN status IN ('PROPOSED', 'IN_NEGOTIATION')
              AND "statistics_no_event"(last_on, previous_on, days, "statistics_years_before"(d, 3), d) THEN
      'dated|reason|STALLED'
    END,
    CASE WHEN status = 'SIGNED' AND (from_on IS NULL OR from_on <= d - 90) THEN 'dated|reason|SIGNED_NOT_ACTIVE' END,
    CASE WHEN status <> 'ENDED' AND first_due_on < d THEN 'dated|reason|OVERDUE_MILESTONES' END,
    -- Any of the reasons above (expired or running out, for the two statuses not counted whole).
    CASE WHEN status IN ('SUSPENDED', 'DORMANT')
              OR (status IN ('SIGNED', 'ACTIVE') AND until_on <= d + 180)
              OR (status IN ('PROPOSED', 'IN_NEGOTIATION')
                  AND "statistics_no_event"(last_on, previous_on, days, "statistics_years_before"(d, 3), d))
              OR (status = 'SIGNED' AND (from_on IS NULL OR from_on <= d - 90))
              OR (status <> 'ENDED' AND first_due_on < d) THEN
      'dated|attention|' || type::text
    END
  ], NULL)
$$;

-- The dated counters a milestone adds 1 to as of day `d`: pending (PENDING_MILESTONE_STATUSES) and overdue, or due
-- within DUE_SOON_DAYS = 30 (server/services/working-group/milestone-filters.ts).
CREATE FUNCTION "statistics_milestone_dated_keys"(status "MilestoneStatus", due_on DATE, d DATE)
RETURNS TEXT[] IMMUTABLE LANGUAGE sql AS $$
  SELECT CASE WHEN status NOT IN ('OPEN', 'IN_PROGRESS') OR due_on IS NULL THEN '{}'::TEXT[]
              WHEN due_on < d THEN ARRAY['dated|overdue']
              WHEN due_on <= d + 30 THEN ARRAY['dated|dueSoon']
              ELSE '{}'::TEXT[] END
$$;

-- Every dated counter as of day `d`, counted from the rows (the recount, and a reader's answer while the recount
-- cannot run).
CREATE FUNCTION "statistics_dated_counts"(d DATE) RETURNS TABLE ("key" TEXT, "n" INT) STABLE LANGUAGE sql AS $$
  SELECT k, count(*)::int FROM (
    SELECT unnest("statistics_dated_keys"(f."status", f."type", f."continent", f."inForceFrom", f."inForceUntil",
                                          f."lastEventOn", f."previousEventOn", f."eventDays", f."firstPendingDueOn", d)) AS k
      FROM "StatisticsAgreement" f
    UNION ALL
    SELECT unnest("statistics_milestone_dated_keys"(m."status", m."dueOn", d))
      FROM "Milestone" m WHERE m."status" IN ('OPEN', 'IN_PROGRESS') AND m."dueOn" <= d + 30
  ) x GROUP BY k
$$;

-- The day the dated counters are kept for, share-locked until the writer commits (NULL: none kept). Creates the row
-- if a TRUNCATE removed it.
CREATE FUNCTION "statistics_dated_day"() RETURNS DATE LANGUAGE plpgsql AS $$
DECLARE
  kept DATE;
BEGIN
  SELECT "day" INTO kept FROM "StatisticsDay" WHERE "id" = 1 FOR SHARE;
  IF NOT FOUND THEN
    INSERT INTO "StatisticsDay" ("id", "day") VALUES (1, NULL) ON CONFLICT DO NOTHING;
    SELECT "day" INTO kept FROM "StatisticsDay" WHERE "id" = 1 FOR SHARE;
  END IF;
  RETURN kept;
END
$$;

-- Recounts the dated counters for day `target` unless they are kept for it (or a later day: a server whose clock is
-- behind never moves them back). Returns whether they are now kept for `target`; false when it could not have the
-- day's row within 100 ms (writers share-lock it until they commit; another recount holds it) — the caller then
-- computes the figures itself. Only in READ COMMITTED (as its own statement): each statement after the lock must see
-- every change committed before the lock was granted, which a snapshot taken earlier would not.
CREATE FUNCTION "statistics_roll_day"(target DATE) RETURNS BOOLEAN LANGUAGE plpgsql AS $$
DECLARE
  kept DATE;
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN RETURN false; END IF;
  PERFORM set_config('lock_timeout', '100ms', true);
  BEGIN
    SELECT "day" INTO kept FROM "StatisticsDay" WHERE "id" = 1 FOR UPDATE;
    IF NOT FOUND THEN
      -- A TRUNCATE removed the row (a writer that created it meanwhile makes this wait, at most the timeout).
      INSERT INTO "StatisticsDay" ("id", "day") VALUES (1, NULL) ON CONFLICT DO NOTHING;
      SELECT "day" INTO kept FROM "StatisticsDay" WHERE "id" = 1 FOR UPDATE;
    END IF;
  EXCEPTION WHEN lock_not_available THEN
    RETURN false;
  END;
  PERFORM set_config('lock_timeout', '0', true);
  IF kept = target THEN RETURN true; END IF;
  IF kept > target THEN RETURN false; END IF;
  DELETE FROM "StatisticsCount" WHERE "key" LIKE 'dated|%';
  INSERT INTO "StatisticsCount" ("key", "n") SELECT c."key", c."n" FROM "statistics_dated_counts"(target) c ORDER BY 1;
  UPDATE "StatisticsDay" SET "day" = target WHERE "id" = 1;
  RETURN true;
END
$$;

CREATE FUNCTION "statistics_dated_agreement_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d DATE;
  keys TEXT[] := '{}';
  deltas INT[] := '{}';
BEGIN
  -- A statement that changed no row (an update whose values were already there) changes nothing here.
  IF TG_OP = 'DELETE' THEN
    IF NOT EXISTS (SELECT 1 FROM old_rows) THEN RETURN NULL; END IF;
  ELSIF NOT EXISTS (SELECT 1 FROM new_rows) THEN
    RETURN NULL;
  END IF;
  d := "statistics_dated_day"();
  IF d IS NULL THEN RETURN NULL; END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT keys || coalesce(array_agg(k), '{}'), deltas || coalesce(array_agg(-1), '{}') INTO keys, deltas
      FROM old_rows o, unnest("statistics_dated_keys"(o."status", o."type", o."continent", o."inForceFrom",
             o."inForceUntil", o."lastEventOn", o."previousEventOn", o."eventDays", o."firstPendingDueOn", d)) AS k;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT keys || coalesce(array_agg(k), '{}'), deltas || coalesce(array_agg(1), '{}') INTO keys, deltas
      FROM new_rows n, unnest("statistics_dated_keys"(n."status", n."type", n."continent", n."inForceFrom",
             n."inForceUntil", n."lastEventOn", n."previousEventOn", n."eventDays", n."firstPendingDueOn", d)) AS k;
  END IF;
  PERFORM "statistics_add"(keys, deltas);
  RETURN NULL;
END
$$;

CREATE TRIGGER "StatisticsAgreement_dated_insert" AFTER INSERT ON "StatisticsAgreement"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_dated_agreement_changed"();
CREATE TRIGGER "StatisticsAgreement_dated_update" AFTER UPDATE ON "StatisticsAgreement"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_dated_agreement_changed"();
CREATE TRIGGER "StatisticsAgreement_dated_delete" AFTER DELETE ON "StatisticsAgreement"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_dated_agreement_changed"();

CREATE FUNCTION "statistics_dated_milestone_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d DATE;
  pending BOOLEAN := false;
  keys TEXT[] := '{}';
  deltas INT[] := '{}';
BEGIN
  -- Only pending milestones with a due date count (a milestone done before and after, or one without a due date,
  -- changes nothing here and takes no lock).
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    pending := EXISTS (SELECT 1 FROM old_rows o WHERE o."status" IN ('OPEN', 'IN_PROGRESS') AND o."dueOn" IS NOT NULL);
  END IF;
  IF NOT pending AND TG_OP IN ('INSERT', 'UPDATE') THEN
    pending := EXISTS (SELECT 1 FROM new_rows n WHERE n."status" IN ('OPEN', 'IN_PROGRESS') AND n."dueOn" IS NOT NULL);
  END IF;
  IF NOT pending THEN RETURN NULL; END IF;
  d := "statistics_dated_day"();
  IF d IS NULL THEN RETURN NULL; END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT keys || coalesce(array_agg(k), '{}'), deltas || coalesce(array_agg(-1), '{}') INTO keys, deltas
      FROM old_rows o, unnest("statistics_milestone_dated_keys"(o."status", o."dueOn", d)) AS k;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT keys || coalesce(array_agg(k), '{}'), deltas || coalesce(array_agg(1), '{}') INTO keys, deltas
      FROM new_rows n, unnest("statistics_milestone_dated_keys"(n."status", n."dueOn", d)) AS k;
  END IF;
  PERFORM "statistics_add"(keys, deltas);
  RETURN NULL;
END
$$;

CREATE TRIGGER "Milestone_dated_insert" AFTER INSERT ON "Milestone"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_dated_milestone_changed"();
CREATE TRIGGER "Milestone_dated_update" AFTER UPDATE ON "Milestone"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_dated_milestone_changed"();
CREATE TRIGGER "Milestone_dated_delete" AFTER DELETE ON "Milestone"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_dated_milestone_changed"();

-- The index ranges the dashboard counted these figures from are no longer read (the attention list reads agreements
-- by title); every write paid for them.
DROP INDEX "StatisticsAgreement_inForceUntil_idx";
DROP INDEX "StatisticsAgreement_inForceFrom_idx";
DROP INDEX "StatisticsAgreement_quiet_idx";
DROP INDEX "StatisticsAgreement_stalled_idx";
DROP INDEX "StatisticsAgreement_signed_idx";
DROP INDEX "StatisticsAgreement_firstPendingDueOn_idx";
ALTER TABLE "StatisticsDay" SET (parallel_workers = 0);
