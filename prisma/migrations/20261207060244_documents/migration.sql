-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'DOWNLOAD';

-- AlterEnum
ALTER TYPE "AuditEntity" ADD VALUE 'DOCUMENT';

-- CreateTable
CREATE TABLE "Document" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER,
    "activityId" INTEGER,
    "workingGroupId" INTEGER,
    "fileName" VARCHAR(255) NOT NULL,
    "mediaType" VARCHAR(200) NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "restricted" BOOLEAN NOT NULL DEFAULT false,
    "text" TEXT,
    "uploadedById" VARCHAR(64),
    "uploadedByName" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Document_agreementId_idx" ON "Document"("agreementId");

-- CreateIndex
CREATE INDEX "Document_activityId_idx" ON "Document"("activityId");

-- CreateIndex
CREATE INDEX "Document_workingGroupId_idx" ON "Document"("workingGroupId");

-- CreateIndex
CREATE INDEX "Document_sha256_idx" ON "Document"("sha256");

-- CreateIndex
CREATE INDEX "Document_text_trgm_idx" ON "Document" USING GIN ("text" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_workingGroupId_fkey" FOREIGN KEY ("workingGroupId") REFERENCES "WorkingGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A document belongs to exactly one record (not expressible in the Prisma schema).
ALTER TABLE "Document" ADD CONSTRAINT "Document_one_parent_check"
  CHECK (num_nonnulls("agreementId", "activityId", "workingGroupId") = 1);
