-- CreateEnum
CREATE TYPE "HumanRightsReviewStatus" AS ENUM ('NOT_REVIEWED', 'REVIEWED', 'CONCERNS_NOTED');

-- CreateTable
CREATE TABLE "HumanRightsReview" (
    "partnerId" INTEGER NOT NULL,
    "status" "HumanRightsReviewStatus" NOT NULL DEFAULT 'NOT_REVIEWED',
    "lastReviewedOn" DATE,
    "nextDueOn" DATE,
    "note" VARCHAR(4000),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "HumanRightsReview_pkey" PRIMARY KEY ("partnerId")
);

-- CreateIndex
CREATE INDEX "HumanRightsReview_status_idx" ON "HumanRightsReview"("status");

-- CreateIndex
CREATE INDEX "HumanRightsReview_nextDueOn_idx" ON "HumanRightsReview"("nextDueOn");

-- AddForeignKey
ALTER TABLE "HumanRightsReview" ADD CONSTRAINT "HumanRightsReview_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;
