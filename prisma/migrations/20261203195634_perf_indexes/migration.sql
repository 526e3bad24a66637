-- Indexes for the list, text search, the detail page and the dashboard at country and stress scale (issue 6;
-- measured with `npm run bench`, plans checked with `npx tsx bench/explain.ts`).

-- Trigram indexes make ILIKE '%text%' (the lists' text search) an index lookup instead of a scan of every row.
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: a database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- DropIndex
DROP INDEX "Agreement_status_idx";

-- DropIndex
DROP INDEX "Agreement_signedOn_idx";

-- CreateIndex
CREATE INDEX "Partner_nameDe_trgm_idx" ON "Partner" USING GIN ("nameDe" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Partner_nameEn_trgm_idx" ON "Partner" USING GIN ("nameEn" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Partner_nameLocal_trgm_idx" ON "Partner" USING GIN ("nameLocal" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Agreement_status_type_idx" ON "Agreement"("status", "type");

-- CreateIndex
CREATE INDEX "Agreement_signedOn_id_idx" ON "Agreement"("signedOn", "id");

-- CreateIndex
CREATE INDEX "Agreement_title_id_idx" ON "Agreement"("title", "id");

-- CreateIndex
CREATE INDEX "Agreement_predecessorId_idx" ON "Agreement"("predecessorId");

-- CreateIndex
CREATE INDEX "Agreement_title_trgm_idx" ON "Agreement" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Agreement_notes_trgm_idx" ON "Agreement" USING GIN ("notes" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "StatusChange_effectiveOn_agreementId_idx" ON "StatusChange"("effectiveOn", "agreementId");

-- Newest first (the dashboard's recent agreements, the list sorted by date descending): Prisma's schema cannot say
-- NULLS LAST for an index, so this one is written by hand (schema.prisma mentions it at the Agreement model).
CREATE INDEX "Agreement_signedOn_desc_idx" ON "Agreement"("signedOn" DESC NULLS LAST, "id");
