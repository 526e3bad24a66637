-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "ownerPersonId" INTEGER;

-- CreateIndex
CREATE INDEX "Commitment_ownerPersonId_idx" ON "Commitment"("ownerPersonId");

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_ownerPersonId_fkey" FOREIGN KEY ("ownerPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The owner text named a person only when it matched exactly one Cologne-side person (no partner city, not
-- erased) by name, letter case and outer spaces aside (the rule the owner notices used until now). Those
-- commitments get that person as their owner reference, and the text, which was that person's name, is emptied:
-- the name now comes from the person (and goes with it when the person is erased, GDPR Art. 17). Every other text
-- (a unit, an unknown or ambiguous name) stays as it is; nothing is guessed.
WITH "unique_match" AS (
    SELECT c."id" AS "commitmentId", MIN(p."id") AS "personId"
    FROM "Commitment" c
    JOIN "Person" p
      ON p."partnerId" IS NULL
     AND p."erasedAt" IS NULL
     AND lower(btrim(p."name")) = lower(btrim(c."ownerCologne"))
    WHERE c."ownerCologne" IS NOT NULL AND btrim(c."ownerCologne") <> ''
    GROUP BY c."id"
    HAVING COUNT(*) = 1
)
UPDATE "Commitment" c
SET "ownerPersonId" = m."personId", "ownerCologne" = NULL, "version" = c."version" + 1
FROM "unique_match" m
WHERE c."id" = m."commitmentId";
