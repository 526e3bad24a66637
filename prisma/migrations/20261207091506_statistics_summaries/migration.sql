-- The dashboard's figures kept by the database (issue 20): at stress scale (100,000 agreements, 1,000,000 status
-- changes, 500,000 activities) counting them from the records took ~1.7 s. Every insert, update and delete of an
-- agreement, status change, activity link, area link, working group or milestone adjusts them here, in the same
-- transaction (statement-level triggers with transition tables: a COPY or a bulk update is one set-based step), so
-- every write path (services, import, bulk changes, seed, restore, scripts) keeps them right and a rolled-back change
-- leaves them untouched. The app only reads them (server/services/statistics/dashboard.ts); the test
-- server/services/statistics/exact.test.ts compares them with a full recount after random changes.
--
-- Concurrency: counters change only by `n = n + delta` (an upsert in key order, so two transactions never lock the
-- same rows in opposite orders); a per-agreement figure that must be recounted (a deleted status change may have been
-- the latest) first locks the agreement's row, then recounts in a new statement that sees whatever committed before
-- the lock was granted.

-- CreateTable
CREATE TABLE "StatisticsCount" (
    "key" VARCHAR(200) NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "StatisticsCount_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "StatisticsAgreement" (
    "agreementId" INTEGER NOT NULL,
    "status" "AgreementStatus" NOT NULL,
    "type" "AgreementType" NOT NULL,
    "continent" "Continent",
    "inForceFrom" DATE,
    "inForceUntil" DATE,
    "lastEventOn" DATE,
    "previousEventOn" DATE,
    "eventDays" datemultirange NOT NULL DEFAULT '{}'::datemultirange,
    "firstPendingDueOn" DATE,

    CONSTRAINT "StatisticsAgreement_pkey" PRIMARY KEY ("agreementId")
);

-- CreateTable
CREATE TABLE "StatisticsWorkingGroup" (
    "workingGroupId" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "pending" INTEGER NOT NULL,

    CONSTRAINT "StatisticsWorkingGroup_pkey" PRIMARY KEY ("workingGroupId")
);

-- CreateIndex
CREATE INDEX "StatisticsWorkingGroup_pending_workingGroupId_idx" ON "StatisticsWorkingGroup"("pending" DESC, "workingGroupId");

-- The last day a date stands for at its precision ("valid until 2026" runs to 31 December 2026).
CREATE FUNCTION "statistics_last_day"(d DATE, p "DatePrecision") RETURNS DATE IMMUTABLE LANGUAGE sql AS $$
  SELECT CASE p
    WHEN 'MONTH' THEN (date_trunc('month', d::timestamp) + interval '1 month - 1 day')::date
    WHEN 'YEAR' THEN (date_trunc('year', d::timestamp) + interval '1 year - 1 day')::date
    ELSE d END
$$;

-- The agreement counter's key: status, type, decade signed (partnerships only), partner continent.
CREATE FUNCTION "statistics_agreement_key"(s "AgreementStatus", t "AgreementType", signed DATE, c "Continent")
RETURNS TEXT IMMUTABLE LANGUAGE sql AS $$
  SELECT 'agreement|' || s::text || '|' || t::text || '|'
    || coalesce(CASE WHEN t = 'PARTNERSHIP' AND signed IS NOT NULL
                     THEN ((date_part('year', signed)::int / 10) * 10)::text END, '')
    || '|' || coalesce(c::text, '')
$$;

-- Adds deltas to counters: one upsert in key order (no deadlock between two writers), zero deltas left out; a
-- counter that reaches zero is removed (so the rows are the same however the counts came about, e.g. after a restore;
-- a concurrent upsert of a removed key waits for the removal's commit and then inserts).
CREATE FUNCTION "statistics_add"(keys TEXT[], deltas INT[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  emptied TEXT[];
BEGIN
  IF cardinality(keys) = 0 THEN RETURN; END IF;
  WITH up AS (
    INSERT INTO "StatisticsCount" ("key", "n")
    SELECT d.key, sum(d.delta)::int FROM unnest(keys, deltas) AS d(key, delta)
    GROUP BY d.key HAVING sum(d.delta) <> 0 ORDER BY d.key
    ON CONFLICT ("key") DO UPDATE SET "n" = "StatisticsCount"."n" + EXCLUDED."n"
    RETURNING "key", "n")
  SELECT array_agg(up."key") INTO emptied FROM up WHERE up."n" = 0;
  IF emptied IS NOT NULL THEN DELETE FROM "StatisticsCount" WHERE "key" = ANY(emptied) AND "n" = 0; END IF;
END
$$;

-- The days of these agreements' status changes and activities, and the latest (their rows locked first, in id
-- order; then recounted in a statement of its own, which sees every change committed before the lock was granted).
CREATE FUNCTION "statistics_recount_events"(ids INT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "StatisticsAgreement" WHERE "agreementId" = ANY(ids) ORDER BY "agreementId" FOR UPDATE;
  UPDATE "StatisticsAgreement" s SET ("lastEventOn", "previousEventOn", "eventDays") = (
      SELECT (array_agg(e.d ORDER BY e.d DESC))[1], (array_agg(e.d ORDER BY e.d DESC))[2],
             coalesce(range_agg(daterange(e.d, e.d, '[]')), '{}') FROM (
        SELECT sc."effectiveOn" AS d FROM "StatusChange" sc WHERE sc."agreementId" = s."agreementId"
        UNION
        SELECT aa."activityStartOn" FROM "ActivityAgreement" aa
         WHERE aa."agreementId" = s."agreementId" AND aa."activityStartOn" IS NOT NULL) e)
   WHERE s."agreementId" = ANY(ids);
END
$$;

-- Adds event days (`days[i]` of agreement `ids[i]`) without reading the history: the latest two days and the set of
-- days only grow (rows locked first, in id order, then updated from their values as committed by then).
CREATE FUNCTION "statistics_add_events"(ids INT[], days DATE[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "StatisticsAgreement" WHERE "agreementId" = ANY(ids) ORDER BY "agreementId" FOR UPDATE;
  UPDATE "StatisticsAgreement" s
     SET "lastEventOn" = greatest(s."lastEventOn", x.latest),
         "previousEventOn" = (SELECT t.d FROM unnest(x.added || ARRAY[s."lastEventOn", s."previousEventOn"]) AS t(d)
                               WHERE t.d IS NOT NULL GROUP BY t.d ORDER BY t.d DESC OFFSET 1 LIMIT 1),
         "eventDays" = s."eventDays" + x.ranges
    FROM (SELECT e.id, max(e.d) AS latest, array_agg(DISTINCT e.d) AS added,
                 range_agg(daterange(e.d, e.d, '[]')) AS ranges
            FROM unnest(ids, days) AS e(id, d) WHERE e.d IS NOT NULL GROUP BY e.id) x
   WHERE s."agreementId" = x.id;
END
$$;

-- Recounts the earliest pending milestone's due date of these agreements (rows locked first, in id order). Pending:
-- PENDING_MILESTONE_STATUSES (server/services/working-group/milestone-rules.ts).
CREATE FUNCTION "statistics_recount_milestones"(ids INT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "StatisticsAgreement" WHERE "agreementId" = ANY(ids) ORDER BY "agreementId" FOR UPDATE;
  UPDATE "StatisticsAgreement" s SET "firstPendingDueOn" = (
      SELECT min(m."dueOn") FROM "WorkingGroup" g JOIN "Milestone" m ON m."workingGroupId" = g."id"
       WHERE g."agreementId" = s."agreementId" AND m."status" IN ('OPEN', 'IN_PROGRESS'))
   WHERE s."agreementId" = ANY(ids);
END
$$;

-- Agreements: the counter per status/type/decade/continent and the agreement's own row.
CREATE FUNCTION "statistics_agreement_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  keys TEXT[] := '{}';
  deltas INT[] := '{}';
BEGIN
  -- Most updates (a title, a note, a version) change nothing counted: then no old row differs from every new row in
  -- what is counted (EXCEPT hashes both sides; a join of the two transition tables, which have no statistics, was
  -- planned as a nested loop: 0.8 s for 1,000 rows).
  IF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (
      SELECT o."id", o."status", o."type", o."signedOn", o."partnerContinent", o."validFrom", o."validUntil",
             o."validUntilPrecision" FROM old_rows o
      EXCEPT
      SELECT n."id", n."status", n."type", n."signedOn", n."partnerContinent", n."validFrom", n."validUntil",
             n."validUntilPrecision" FROM new_rows n) THEN
      RETURN NULL;
    END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT keys || coalesce(array_agg("statistics_agreement_key"(o."status", o."type", o."signedOn", o."partnerContinent")), '{}'),
           deltas || coalesce(array_agg(-1), '{}')
      INTO keys, deltas FROM old_rows o;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT keys || coalesce(array_agg("statistics_agreement_key"(n."status", n."type", n."signedOn", n."partnerContinent")), '{}'),
           deltas || coalesce(array_agg(1), '{}')
      INTO keys, deltas FROM new_rows n;
  END IF;
  PERFORM "statistics_add"(keys, deltas);

  IF TG_OP = 'DELETE' THEN
    DELETE FROM "StatisticsAgreement" s USING old_rows o WHERE s."agreementId" = o."id";
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE "StatisticsAgreement" s
       SET "status" = n."status", "type" = n."type", "continent" = n."partnerContinent",
           "inForceFrom" = coalesce(n."validFrom", n."signedOn"),
           "inForceUntil" = "statistics_last_day"(n."validUntil", n."validUntilPrecision")
      FROM new_rows n
     WHERE s."agreementId" = n."id"
       AND (s."status", s."type", s."continent", s."inForceFrom", s."inForceUntil") IS DISTINCT FROM
           (n."status", n."type", n."partnerContinent", coalesce(n."validFrom", n."signedOn"),
            "statistics_last_day"(n."validUntil", n."validUntilPrecision"));
  ELSE
    INSERT INTO "StatisticsAgreement" ("agreementId", "status", "type", "continent", "inForceFrom", "inForceUntil")
    SELECT n."id", n."status", n."type", n."partnerContinent", coalesce(n."validFrom", n."signedOn"),
           "statistics_last_day"(n."validUntil", n."validUntilPrecision")
      FROM new_rows n ORDER BY n."id";
    -- Records written before their agreement (a restore copies tables one by one): counted as well.
    PERFORM "statistics_recount_events"(ids), "statistics_recount_milestones"(ids)
      FROM (SELECT array_agg(n."id") AS ids FROM new_rows n
             WHERE EXISTS (SELECT 1 FROM "StatusChange" sc WHERE sc."agreementId" = n."id")
                OR EXISTS (SELECT 1 FROM "ActivityAgreement" aa WHERE aa."agreementId" = n."id")
                OR EXISTS (SELECT 1 FROM "WorkingGroup" g WHERE g."agreementId" = n."id")) x
     WHERE x.ids IS NOT NULL;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Agreement_statistics_insert" AFTER INSERT ON "Agreement"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_agreement_changed"();
CREATE TRIGGER "Agreement_statistics_update" AFTER UPDATE ON "Agreement"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_agreement_changed"();
CREATE TRIGGER "Agreement_statistics_delete" AFTER DELETE ON "Agreement"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_agreement_changed"();

-- Status changes and activity links: new ones add their days; a changed or deleted one may have been the latest, so
-- the agreements a statement touched are recounted.
CREATE FUNCTION "statistics_event_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids INT[];
  days DATE[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF TG_TABLE_NAME = 'StatusChange' THEN
      SELECT array_agg(n."agreementId"), array_agg(n."effectiveOn") INTO ids, days FROM new_rows n;
    ELSE
      SELECT array_agg(n."agreementId"), array_agg(n."activityStartOn") INTO ids, days
        FROM new_rows n WHERE n."activityStartOn" IS NOT NULL;
    END IF;
    IF ids IS NOT NULL THEN PERFORM "statistics_add_events"(ids, days); END IF;
    RETURN NULL;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT id ORDER BY id) INTO ids FROM (
      SELECT o."agreementId" AS id FROM old_rows o UNION ALL SELECT n."agreementId" FROM new_rows n) x;
  ELSE
    SELECT array_agg(DISTINCT o."agreementId" ORDER BY o."agreementId") INTO ids FROM old_rows o;
  END IF;
  IF ids IS NOT NULL THEN PERFORM "statistics_recount_events"(ids); END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "StatusChange_statistics_insert" AFTER INSERT ON "StatusChange"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_event_changed"();
CREATE TRIGGER "StatusChange_statistics_update" AFTER UPDATE ON "StatusChange"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_event_changed"();
CREATE TRIGGER "StatusChange_statistics_delete" AFTER DELETE ON "StatusChange"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_event_changed"();
CREATE TRIGGER "ActivityAgreement_statistics_insert" AFTER INSERT ON "ActivityAgreement"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_event_changed"();
CREATE TRIGGER "ActivityAgreement_statistics_update" AFTER UPDATE ON "ActivityAgreement"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_event_changed"();
CREATE TRIGGER "ActivityAgreement_statistics_delete" AFTER DELETE ON "ActivityAgreement"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_event_changed"();

-- Area links: the counter per area and link status.
CREATE FUNCTION "statistics_area_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  keys TEXT[] := '{}';
  deltas INT[] := '{}';
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT keys || coalesce(array_agg('area|' || o."areaId" || '|' || o."status"::text), '{}'),
           deltas || coalesce(array_agg(-1), '{}')
      INTO keys, deltas FROM old_rows o;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT keys || coalesce(array_agg('area|' || n."areaId" || '|' || n."status"::text), '{}'),
           deltas || coalesce(array_agg(1), '{}')
      INTO keys, deltas FROM new_rows n;
  END IF;
  PERFORM "statistics_add"(keys, deltas);
  RETURN NULL;
END
$$;

CREATE TRIGGER "AgreementArea_statistics_insert" AFTER INSERT ON "AgreementArea"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_area_changed"();
CREATE TRIGGER "AgreementArea_statistics_update" AFTER UPDATE ON "AgreementArea"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_area_changed"();
CREATE TRIGGER "AgreementArea_statistics_delete" AFTER DELETE ON "AgreementArea"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_area_changed"();

-- Working groups: the counter per status; a group moved or deleted changes its agreements' pending milestones.
CREATE FUNCTION "statistics_working_group_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  keys TEXT[] := '{}';
  deltas INT[] := '{}';
  ids INT[];
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT keys || coalesce(array_agg('workingGroup|' || o."status"::text), '{}'),
           deltas || coalesce(array_agg(-1), '{}')
      INTO keys, deltas FROM old_rows o;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT keys || coalesce(array_agg('workingGroup|' || n."status"::text), '{}'),
           deltas || coalesce(array_agg(1), '{}')
      INTO keys, deltas FROM new_rows n;
  END IF;
  PERFORM "statistics_add"(keys, deltas);
  IF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT o."agreementId" ORDER BY o."agreementId") INTO ids FROM old_rows o;
  ELSIF TG_OP = 'UPDATE' THEN
    -- The old and the new agreement of each moved group (EXCEPT: no join of the two transition tables).
    SELECT array_agg(DISTINCT x.id ORDER BY x.id) INTO ids FROM (
      (SELECT o."id" AS g, o."agreementId" AS id FROM old_rows o EXCEPT SELECT n."id", n."agreementId" FROM new_rows n)
      UNION ALL
      (SELECT n."id", n."agreementId" FROM new_rows n EXCEPT SELECT o."id", o."agreementId" FROM old_rows o)) x;
  END IF;
  IF ids IS NOT NULL THEN PERFORM "statistics_recount_milestones"(ids); END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "WorkingGroup_statistics_insert" AFTER INSERT ON "WorkingGroup"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_working_group_changed"();
CREATE TRIGGER "WorkingGroup_statistics_update" AFTER UPDATE ON "WorkingGroup"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_working_group_changed"();
CREATE TRIGGER "WorkingGroup_statistics_delete" AFTER DELETE ON "WorkingGroup"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_working_group_changed"();

-- Milestones: per working group its milestones and pending ones (an upsert in id order, deltas only), and the
-- earliest pending due date of the agreements whose milestones changed.
CREATE FUNCTION "statistics_milestone_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  groups INT[] := '{}';
  totals INT[] := '{}';
  pendings INT[] := '{}';
  crossed INT;
  ids INT[];
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT groups || coalesce(array_agg(o."workingGroupId"), '{}'), totals || coalesce(array_agg(-1), '{}'),
           pendings || coalesce(array_agg(CASE WHEN o."status" IN ('OPEN', 'IN_PROGRESS') THEN -1 ELSE 0 END), '{}')
      INTO groups, totals, pendings FROM old_rows o;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT groups || coalesce(array_agg(n."workingGroupId"), '{}'), totals || coalesce(array_agg(1), '{}'),
           pendings || coalesce(array_agg(CASE WHEN n."status" IN ('OPEN', 'IN_PROGRESS') THEN 1 ELSE 0 END), '{}')
      INTO groups, totals, pendings FROM new_rows n;
  END IF;
  -- The groups with milestones at all ("milestoneGroups"): those whose count left or reached zero.
  WITH d AS (
    SELECT x.id, sum(x.total)::int AS total, sum(x.pending)::int AS pending
      FROM unnest(groups, totals, pendings) AS x(id, total, pending)
     GROUP BY 1 HAVING sum(x.total) <> 0 OR sum(x.pending) <> 0),
  up AS (
    INSERT INTO "StatisticsWorkingGroup" ("workingGroupId", "total", "pending")
    SELECT d.id, d.total, d.pending FROM d ORDER BY 1
    ON CONFLICT ("workingGroupId") DO UPDATE SET "total" = "StatisticsWorkingGroup"."total" + EXCLUDED."total",
                                                 "pending" = "StatisticsWorkingGroup"."pending" + EXCLUDED."pending"
    RETURNING "workingGroupId" AS id, "total")
  SELECT coalesce(sum(CASE WHEN up."total" > 0 AND up."total" - d.total <= 0 THEN 1
                           WHEN up."total" <= 0 AND up."total" - d.total > 0 THEN -1 ELSE 0 END), 0)::int
    INTO crossed FROM up JOIN d ON d.id = up.id;
  IF crossed <> 0 THEN PERFORM "statistics_add"(ARRAY['milestoneGroups'], ARRAY[crossed]); END IF;
  DELETE FROM "StatisticsWorkingGroup" WHERE "workingGroupId" = ANY(groups) AND "total" = 0 AND "pending" = 0;
  SELECT array_agg(DISTINCT g."agreementId" ORDER BY g."agreementId") INTO ids
    FROM "WorkingGroup" g WHERE g."id" = ANY(groups);
  IF ids IS NOT NULL THEN PERFORM "statistics_recount_milestones"(ids); END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Milestone_statistics_insert" AFTER INSERT ON "Milestone"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_milestone_changed"();
CREATE TRIGGER "Milestone_statistics_update" AFTER UPDATE ON "Milestone"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_milestone_changed"();
CREATE TRIGGER "Milestone_statistics_delete" AFTER DELETE ON "Milestone"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_milestone_changed"();

-- Per-agreement rows: in-force agreements counted per type and year of their latest event ("lastEvent|TYPE|YEAR",
-- the year empty for none), so "quiet" (no event for years) sums whole years and reads only the rows of one year.
CREATE FUNCTION "statistics_event_key"(t "AgreementType", latest DATE) RETURNS TEXT IMMUTABLE LANGUAGE sql AS $$
  SELECT 'lastEvent|' || t::text || '|' || coalesce(date_part('year', latest)::int::text, '')
$$;

CREATE FUNCTION "statistics_facts_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  keys TEXT[] := '{}';
  deltas INT[] := '{}';
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT keys || coalesce(array_agg("statistics_event_key"(o."type", o."lastEventOn")), '{}'),
           deltas || coalesce(array_agg(-1), '{}')
      INTO keys, deltas FROM old_rows o WHERE o."status" IN ('SIGNED', 'ACTIVE', 'DORMANT', 'SUSPENDED');
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT keys || coalesce(array_agg("statistics_event_key"(n."type", n."lastEventOn")), '{}'),
           deltas || coalesce(array_agg(1), '{}')
      INTO keys, deltas FROM new_rows n WHERE n."status" IN ('SIGNED', 'ACTIVE', 'DORMANT', 'SUSPENDED');
  END IF;
  PERFORM "statistics_add"(keys, deltas);
  RETURN NULL;
END
$$;

CREATE TRIGGER "StatisticsAgreement_statistics_insert" AFTER INSERT ON "StatisticsAgreement"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_facts_changed"();
CREATE TRIGGER "StatisticsAgreement_statistics_update" AFTER UPDATE ON "StatisticsAgreement"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_facts_changed"();
CREATE TRIGGER "StatisticsAgreement_statistics_delete" AFTER DELETE ON "StatisticsAgreement"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_facts_changed"();

-- The figures of the records there are.
INSERT INTO "StatisticsAgreement" ("agreementId", "status", "type", "continent", "inForceFrom", "inForceUntil",
                                   "lastEventOn", "previousEventOn", "eventDays", "firstPendingDueOn")
SELECT a."id", a."status", a."type", a."partnerContinent", coalesce(a."validFrom", a."signedOn"),
       "statistics_last_day"(a."validUntil", a."validUntilPrecision"),
       ev.latest, ev.previous, coalesce(ev.days, '{}'), ms.first
  FROM "Agreement" a
  LEFT JOIN (SELECT e.id, (array_agg(e.d ORDER BY e.d DESC))[1] AS latest,
                    (array_agg(e.d ORDER BY e.d DESC))[2] AS previous,
                    range_agg(daterange(e.d, e.d, '[]')) AS days FROM (
               SELECT "agreementId" AS id, "effectiveOn" AS d FROM "StatusChange"
               UNION
               SELECT "agreementId", "activityStartOn" FROM "ActivityAgreement" WHERE "activityStartOn" IS NOT NULL) e
              GROUP BY 1) ev
         ON ev.id = a."id"
  LEFT JOIN (SELECT g."agreementId", min(m."dueOn") AS first FROM "WorkingGroup" g
               JOIN "Milestone" m ON m."workingGroupId" = g."id"
              WHERE m."status" IN ('OPEN', 'IN_PROGRESS') GROUP BY 1) ms
         ON ms."agreementId" = a."id";

INSERT INTO "StatisticsCount" ("key", "n")
SELECT * FROM (
SELECT "statistics_agreement_key"("status", "type", "signedOn", "partnerContinent"), count(*)::int AS n
  FROM "Agreement" GROUP BY 1
UNION ALL
SELECT 'area|' || "areaId" || '|' || "status"::text, count(*)::int FROM "AgreementArea" GROUP BY 1
UNION ALL
SELECT 'workingGroup|' || "status"::text, count(*)::int FROM "WorkingGroup" GROUP BY 1
UNION ALL
SELECT 'milestoneGroups', count(DISTINCT "workingGroupId")::int FROM "Milestone") counts
WHERE n <> 0;

INSERT INTO "StatisticsWorkingGroup" ("workingGroupId", "total", "pending")
SELECT "workingGroupId", count(*)::int, (count(*) FILTER (WHERE "status" IN ('OPEN', 'IN_PROGRESS')))::int
  FROM "Milestone" GROUP BY 1;

-- Each date-dependent figure as an index range (IN_FORCE_STATUSES: SIGNED, ACTIVE, DORMANT, SUSPENDED), read from
-- the index alone (the columns a figure filters or groups by are included).
-- In force, expired, expiring: by the end of validity, and by the start for those not begun yet.
CREATE INDEX "StatisticsAgreement_inForceUntil_idx" ON "StatisticsAgreement" ("inForceUntil")
  INCLUDE ("status", "type", "continent", "inForceFrom", "firstPendingDueOn", "lastEventOn") WHERE "status" IN ('SIGNED', 'ACTIVE', 'DORMANT', 'SUSPENDED');
CREATE INDEX "StatisticsAgreement_inForceFrom_idx" ON "StatisticsAgreement" ("inForceFrom")
  INCLUDE ("status", "type", "continent", "inForceUntil", "lastEventOn") WHERE "status" IN ('SIGNED', 'ACTIVE', 'DORMANT', 'SUSPENDED');
-- Quiet (in force) and stalled (proposed or in negotiation): by the latest event.
CREATE INDEX "StatisticsAgreement_quiet_idx" ON "StatisticsAgreement" ("lastEventOn")
  INCLUDE ("type", "inForceFrom", "inForceUntil", "previousEventOn") WHERE "status" IN ('SIGNED', 'ACTIVE', 'DORMANT', 'SUSPENDED');
CREATE INDEX "StatisticsAgreement_stalled_idx" ON "StatisticsAgreement" ("lastEventOn")
  INCLUDE ("type", "firstPendingDueOn", "previousEventOn") WHERE "status" IN ('PROPOSED', 'IN_NEGOTIATION');
-- Signed, not marked active: by the start.
CREATE INDEX "StatisticsAgreement_signed_idx" ON "StatisticsAgreement" ("inForceFrom")
  INCLUDE ("type", "inForceUntil", "firstPendingDueOn") WHERE "status" = 'SIGNED';
-- Overdue milestones (any status but ended).
CREATE INDEX "StatisticsAgreement_firstPendingDueOn_idx" ON "StatisticsAgreement" ("firstPendingDueOn")
  INCLUDE ("type", "status") WHERE "status" <> 'ENDED';

-- Each figure reads a few thousand index entries: starting parallel workers for them costs more than it saves (and
-- under many concurrent requests takes cores from the others).
ALTER TABLE "StatisticsAgreement" SET (parallel_workers = 0);
ALTER TABLE "StatisticsWorkingGroup" SET (parallel_workers = 0);
