-- The partner's continent and country on each agreement (issue 6): the agreement list filtered by continent or
-- country looked up the partner of every agreement it passed over (the capped count: 280 lookups among 50,000
-- partners, 10 ms at stress scale). The database keeps the copies; the app never writes them.

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "partnerContinent" "Continent",
ADD COLUMN     "partnerCountryCode" CHAR(2);

-- An agreement takes its partner's place whenever it is written (any insert or update: the copies cannot be set
-- otherwise, whatever a statement says).
CREATE FUNCTION "agreement_partner_place"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT p."continent", p."countryCode" INTO NEW."partnerContinent", NEW."partnerCountryCode"
  FROM "Partner" p WHERE p."id" = NEW."partnerId";
  RETURN NEW;
END
$$;

CREATE TRIGGER "Agreement_partner_place" BEFORE INSERT OR UPDATE ON "Agreement"
FOR EACH ROW EXECUTE FUNCTION "agreement_partner_place"();

-- A partner that moves (continent or country corrected) moves its agreements along.
CREATE FUNCTION "partner_place_to_agreements"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Agreement" SET "partnerContinent" = NEW."continent", "partnerCountryCode" = NEW."countryCode"
  WHERE "partnerId" = NEW."id";
  RETURN NULL;
END
$$;

CREATE TRIGGER "Partner_place_to_agreements" AFTER UPDATE OF "continent", "countryCode" ON "Partner"
FOR EACH ROW WHEN (OLD."continent" IS DISTINCT FROM NEW."continent" OR OLD."countryCode" IS DISTINCT FROM NEW."countryCode")
EXECUTE FUNCTION "partner_place_to_agreements"();

-- The agreements there are (the trigger fills them in).
UPDATE "Agreement" SET "partnerId" = "partnerId";

-- CreateIndex
CREATE INDEX "Agreement_partnerContinent_idx" ON "Agreement"("partnerContinent");

-- CreateIndex
CREATE INDEX "Agreement_partnerCountryCode_idx" ON "Agreement"("partnerCountryCode");
