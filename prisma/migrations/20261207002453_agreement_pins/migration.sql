-- CreateTable
CREATE TABLE "AgreementPin" (
    "agreementId" INTEGER NOT NULL,
    "pinnedById" VARCHAR(64),
    "pinnedBy" VARCHAR(200) NOT NULL,
    "pinnedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementPin_pkey" PRIMARY KEY ("agreementId")
);

-- CreateIndex
CREATE INDEX "AgreementPin_pinnedAt_idx" ON "AgreementPin"("pinnedAt");

-- AddForeignKey
ALTER TABLE "AgreementPin" ADD CONSTRAINT "AgreementPin_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
