-- AlterEnum
ALTER TYPE "AuditEntity" ADD VALUE 'SAVED_VIEW';

-- CreateTable
CREATE TABLE "SavedView" (
    "id" SERIAL NOT NULL,
    "list" VARCHAR(40) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "query" VARCHAR(4000) NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "ownerId" VARCHAR(64) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SavedView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SavedView_list_shared_idx" ON "SavedView"("list", "shared");

-- CreateIndex
CREATE UNIQUE INDEX "SavedView_ownerId_list_name_key" ON "SavedView"("ownerId", "list", "name");

-- AddForeignKey
ALTER TABLE "SavedView" ADD CONSTRAINT "SavedView_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
