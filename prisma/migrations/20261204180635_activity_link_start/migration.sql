-- The activity's start on each link between an activity and an agreement (issue 6): the dashboard's "quiet"
-- agreements (in force, no status change and no activity in three years) joined every link to its activity to learn
-- when it began (530,000 links and 90,000 activities at stress scale: most of the dashboard's 0.7 s in the
-- database, done thrice by parallel workers). The database keeps the copy; the app never writes it.

-- AlterTable
ALTER TABLE "ActivityAgreement" ADD COLUMN     "activityStartOn" DATE;

-- A link takes its activity's start whenever it is written (any insert or update: the copy cannot be set otherwise,
-- whatever a statement says).
CREATE FUNCTION "activity_link_start"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT act."startOn" INTO NEW."activityStartOn" FROM "Activity" act WHERE act."id" = NEW."activityId";
  RETURN NEW;
END
$$;

CREATE TRIGGER "ActivityAgreement_activity_start" BEFORE INSERT OR UPDATE ON "ActivityAgreement"
FOR EACH ROW EXECUTE FUNCTION "activity_link_start"();

-- An activity whose start changes moves its links along.
CREATE FUNCTION "activity_start_to_links"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ActivityAgreement" SET "activityStartOn" = NEW."startOn" WHERE "activityId" = NEW."id";
  RETURN NULL;
END
$$;

CREATE TRIGGER "Activity_start_to_links" AFTER UPDATE OF "startOn" ON "Activity"
FOR EACH ROW WHEN (OLD."startOn" IS DISTINCT FROM NEW."startOn")
EXECUTE FUNCTION "activity_start_to_links"();

-- The links there are (the trigger fills them in).
UPDATE "ActivityAgreement" SET "activityId" = "activityId";

-- DropIndex (the index below starts with the same column)
DROP INDEX "ActivityAgreement_agreementId_idx";

-- CreateIndex
CREATE INDEX "ActivityAgreement_agreementId_activityStartOn_idx" ON "ActivityAgreement"("agreementId", "activityStartOn");

-- CreateIndex
CREATE INDEX "ActivityAgreement_activityStartOn_agreementId_idx" ON "ActivityAgreement"("activityStartOn", "agreementId");
