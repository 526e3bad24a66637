-- The milestone trigger of the statistics (migration statistics_summaries) reads its groups' agreements with a share
-- lock. A milestone written while another transaction moved its group to another agreement could leave the new
-- agreement's earliest pending due date without that milestone until its next recount (found by review).
CREATE OR REPLACE FUNCTION "statistics_milestone_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
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
  -- FOR SHARE: a group being moved to another agreement by a concurrent transaction is waited for, and its new
  -- agreement is the one recounted (read without the lock, the move's own recount and this one could both miss the
  -- milestone). The lock is taken after the group's own rows, as a move takes its locks: no cycle.
  SELECT array_agg(DISTINCT s.id ORDER BY s.id) INTO ids FROM (
    SELECT g."agreementId" AS id FROM "WorkingGroup" g WHERE g."id" = ANY(groups) ORDER BY g."id" FOR SHARE) s;
  IF ids IS NOT NULL THEN PERFORM "statistics_recount_milestones"(ids); END IF;
  RETURN NULL;
END
$$;
