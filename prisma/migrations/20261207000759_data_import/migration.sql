-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('AGREEMENTS');

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "importId" INTEGER;

-- CreateTable
CREATE TABLE "DataImport" (
    "id" SERIAL NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "fileName" VARCHAR(255) NOT NULL,
    "content" BYTEA NOT NULL,
    "actorId" VARCHAR(64) NOT NULL,
    "actorName" VARCHAR(200) NOT NULL,
    "mapping" JSONB,
    "planHash" CHAR(64),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "appliedAt" TIMESTAMPTZ(3),
    "summary" JSONB,

    CONSTRAINT "DataImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DataImport_tokenHash_key" ON "DataImport"("tokenHash");

-- CreateIndex
CREATE INDEX "DataImport_expiresAt_idx" ON "DataImport"("expiresAt");

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_importId_fkey" FOREIGN KEY ("importId") REFERENCES "DataImport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
