-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "referenceNumber" VARCHAR(100);
