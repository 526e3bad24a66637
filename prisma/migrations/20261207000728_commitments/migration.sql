-- CreateEnum
CREATE TYPE "CommitmentStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- AlterEnum
ALTER TYPE "AuditEntity" ADD VALUE 'COMMITMENT';

-- CreateTable
CREATE TABLE "Commitment" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "quote" VARCHAR(4000),
    "quoteLanguage" VARCHAR(20),
    "ownerCologne" VARCHAR(300),
    "ownerPartner" VARCHAR(300),
    "dueOn" DATE,
    "dueOnPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "status" "CommitmentStatus" NOT NULL DEFAULT 'OPEN',
    "statusReason" VARCHAR(2000),
    "statusChangedBy" VARCHAR(200),
    "statusChangedAt" TIMESTAMPTZ(3),
    "workingGroupId" INTEGER,
    "source" VARCHAR(1000),
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Commitment_agreementId_idx" ON "Commitment"("agreementId");

-- CreateIndex
CREATE INDEX "Commitment_workingGroupId_idx" ON "Commitment"("workingGroupId");

-- CreateIndex
CREATE INDEX "Commitment_status_dueOn_idx" ON "Commitment"("status", "dueOn");

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_workingGroupId_fkey" FOREIGN KEY ("workingGroupId") REFERENCES "WorkingGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;
