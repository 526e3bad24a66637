-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'ERASE';

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "erasedAt" TIMESTAMPTZ(3),
ADD COLUMN     "erasedById" VARCHAR(64),
ADD COLUMN     "erasedByName" VARCHAR(200);

-- CreateTable
CREATE TABLE "AuthLimit" (
    "key" VARCHAR(400) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "lastAttemptAt" TIMESTAMPTZ(3) NOT NULL,
    "knownAddress" VARCHAR(100),

    CONSTRAINT "AuthLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "AuthLimit_lastAttemptAt_idx" ON "AuthLimit"("lastAttemptAt");

-- GDPR Art. 17 (issue 18, written by hand: Prisma's schema has no notation for functions). The audit trail stays
-- append-only, with one exception: erase_person_from_audit() may replace a person's personal fields in their events'
-- snapshots (and the event's label) by a marker, nothing else. It runs with its owner's rights (SECURITY DEFINER);
-- the app's own role has no UPDATE right on "AuditEvent" and may only call this function (server/db/roles.ts).
CREATE OR REPLACE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('partnerships.erasing', true) = 'on'
     AND (to_jsonb(NEW) - 'changes' - 'entityLabel') = (to_jsonb(OLD) - 'changes' - 'entityLabel') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE FUNCTION "erase_person_from_audit"(person_id integer, marker text, fields text[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  erased integer;
BEGIN
  PERFORM set_config('partnerships.erasing', 'on', true);
  UPDATE "AuditEvent" e SET
    "entityLabel" = marker,
    changes = CASE WHEN jsonb_typeof(e.changes) = 'object' THEN (
      SELECT coalesce(jsonb_object_agg(f.k, CASE WHEN f.k = ANY (fields) THEN jsonb_build_object(
          'before', CASE WHEN coalesce(f.v -> 'before', 'null'::jsonb) = 'null'::jsonb THEN 'null'::jsonb
                         ELSE to_jsonb(marker) END,
          'after', CASE WHEN coalesce(f.v -> 'after', 'null'::jsonb) = 'null'::jsonb THEN 'null'::jsonb
                        ELSE to_jsonb(marker) END)
        ELSE f.v END), '{}'::jsonb)
      FROM jsonb_each(e.changes) AS f(k, v)) ELSE e.changes END
  WHERE e."entityType" = 'PERSON' AND e."entityId" = person_id::text;
  GET DIAGNOSTICS erased = ROW_COUNT;
  PERFORM set_config('partnerships.erasing', 'off', true);
  RETURN erased;
END
$$;

REVOKE ALL ON FUNCTION "erase_person_from_audit"(integer, text, text[]) FROM PUBLIC;
