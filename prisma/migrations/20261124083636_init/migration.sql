-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "Continent" AS ENUM ('AFRICA', 'ASIA', 'EUROPE', 'NORTH_AMERICA', 'SOUTH_AMERICA', 'OCEANIA');

-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('CITY', 'REGION', 'DISTRICT');

-- CreateEnum
CREATE TYPE "AgreementType" AS ENUM ('PARTNERSHIP', 'FRIENDSHIP', 'PROJECT_PARTNERSHIP', 'CONTACT', 'MEMORANDUM_OF_UNDERSTANDING', 'COOPERATION_AGREEMENT', 'CLIMATE_PARTNERSHIP');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('PROPOSED', 'IN_NEGOTIATION', 'SIGNED', 'ACTIVE', 'DORMANT', 'SUSPENDED', 'ENDED');

-- CreateEnum
CREATE TYPE "AreaLinkStatus" AS ENUM ('PLANNED', 'ACTIVE', 'DORMANT', 'ENDED');

-- CreateEnum
CREATE TYPE "WorkingGroupStatus" AS ENUM ('ANNOUNCED', 'FORMING', 'ACTIVE', 'PAUSED', 'CONCLUDED', 'DISSOLVED');

-- CreateEnum
CREATE TYPE "MilestoneStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ActivityType" AS ENUM ('VISIT', 'DELEGATION', 'CONFERENCE', 'SIGNING', 'MEETING', 'EXCHANGE', 'EVENT');

-- CreateTable
CREATE TABLE "Partner" (
    "id" SERIAL NOT NULL,
    "nameDe" VARCHAR(200) NOT NULL,
    "nameEn" VARCHAR(200) NOT NULL,
    "nameLocal" VARCHAR(200),
    "countryCode" CHAR(2) NOT NULL,
    "continent" "Continent" NOT NULL,
    "kind" "PartnerKind" NOT NULL DEFAULT 'CITY',
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "website" VARCHAR(500),
    "notes" TEXT,
    "source" VARCHAR(1000),
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" SERIAL NOT NULL,
    "type" "AgreementType" NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "partnerId" INTEGER NOT NULL,
    "councilDecisionOn" DATE,
    "councilDecisionOnPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "signedOn" DATE,
    "signedOnPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "countersignedOn" DATE,
    "countersignedOnPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "validFrom" DATE,
    "validFromPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "validUntil" DATE,
    "validUntilPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "status" "AgreementStatus" NOT NULL,
    "statusScope" VARCHAR(500),
    "statusSince" DATE,
    "statusSincePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "responsibleUnit" VARCHAR(200),
    "predecessorId" INTEGER,
    "source" VARCHAR(1000),
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusChange" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "fromStatus" "AgreementStatus",
    "toStatus" "AgreementStatus" NOT NULL,
    "scope" VARCHAR(500),
    "reason" VARCHAR(2000) NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "effectiveOnPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "changedBy" VARCHAR(200) NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationArea" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(50) NOT NULL,
    "nameDe" VARCHAR(200) NOT NULL,
    "nameEn" VARCHAR(200) NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CooperationArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementArea" (
    "agreementId" INTEGER NOT NULL,
    "areaId" INTEGER NOT NULL,
    "status" "AreaLinkStatus" NOT NULL DEFAULT 'PLANNED',
    "notes" VARCHAR(2000),

    CONSTRAINT "AgreementArea_pkey" PRIMARY KEY ("agreementId","areaId")
);

-- CreateTable
CREATE TABLE "WorkingGroup" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "name" VARCHAR(300) NOT NULL,
    "goal" TEXT,
    "status" "WorkingGroupStatus" NOT NULL,
    "leadCologneId" INTEGER,
    "leadPartnerId" INTEGER,
    "source" VARCHAR(1000),
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WorkingGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkingGroupMember" (
    "workingGroupId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "role" VARCHAR(200),

    CONSTRAINT "WorkingGroupMember_pkey" PRIMARY KEY ("workingGroupId","personId")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" SERIAL NOT NULL,
    "workingGroupId" INTEGER NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "dueOn" DATE,
    "status" "MilestoneStatus" NOT NULL DEFAULT 'OPEN',
    "doneOn" DATE,
    "notes" VARCHAR(2000),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" SERIAL NOT NULL,
    "type" "ActivityType" NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "startOn" DATE NOT NULL,
    "endOn" DATE,
    "place" VARCHAR(300),
    "partnerId" INTEGER,
    "description" TEXT,
    "outcome" TEXT,
    "source" VARCHAR(1000),
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityAgreement" (
    "activityId" INTEGER NOT NULL,
    "agreementId" INTEGER NOT NULL,

    CONSTRAINT "ActivityAgreement_pkey" PRIMARY KEY ("activityId","agreementId")
);

-- CreateTable
CREATE TABLE "ActivityArea" (
    "activityId" INTEGER NOT NULL,
    "areaId" INTEGER NOT NULL,

    CONSTRAINT "ActivityArea_pkey" PRIMARY KEY ("activityId","areaId")
);

-- CreateTable
CREATE TABLE "ActivityParticipant" (
    "activityId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "role" VARCHAR(200),

    CONSTRAINT "ActivityParticipant_pkey" PRIMARY KEY ("activityId","personId")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "role" VARCHAR(200),
    "organisation" VARCHAR(300),
    "partnerId" INTEGER,
    "email" VARCHAR(320),
    "notes" TEXT,
    "source" VARCHAR(1000),
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Partner_countryCode_idx" ON "Partner"("countryCode");

-- CreateIndex
CREATE INDEX "Partner_continent_idx" ON "Partner"("continent");

-- CreateIndex
CREATE INDEX "Agreement_partnerId_idx" ON "Agreement"("partnerId");

-- CreateIndex
CREATE INDEX "Agreement_status_idx" ON "Agreement"("status");

-- CreateIndex
CREATE INDEX "Agreement_type_idx" ON "Agreement"("type");

-- CreateIndex
CREATE INDEX "Agreement_signedOn_idx" ON "Agreement"("signedOn");

-- CreateIndex
CREATE INDEX "StatusChange_agreementId_recordedAt_idx" ON "StatusChange"("agreementId", "recordedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CooperationArea_code_key" ON "CooperationArea"("code");

-- CreateIndex
CREATE INDEX "AgreementArea_areaId_status_idx" ON "AgreementArea"("areaId", "status");

-- CreateIndex
CREATE INDEX "WorkingGroup_agreementId_idx" ON "WorkingGroup"("agreementId");

-- CreateIndex
CREATE INDEX "WorkingGroup_status_idx" ON "WorkingGroup"("status");

-- CreateIndex
CREATE INDEX "WorkingGroupMember_personId_idx" ON "WorkingGroupMember"("personId");

-- CreateIndex
CREATE INDEX "Milestone_workingGroupId_idx" ON "Milestone"("workingGroupId");

-- CreateIndex
CREATE INDEX "Milestone_status_dueOn_idx" ON "Milestone"("status", "dueOn");

-- CreateIndex
CREATE INDEX "Activity_startOn_idx" ON "Activity"("startOn");

-- CreateIndex
CREATE INDEX "Activity_partnerId_idx" ON "Activity"("partnerId");

-- CreateIndex
CREATE INDEX "ActivityAgreement_agreementId_idx" ON "ActivityAgreement"("agreementId");

-- CreateIndex
CREATE INDEX "ActivityArea_areaId_idx" ON "ActivityArea"("areaId");

-- CreateIndex
CREATE INDEX "ActivityParticipant_personId_idx" ON "ActivityParticipant"("personId");

-- CreateIndex
CREATE INDEX "Person_partnerId_idx" ON "Person"("partnerId");

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusChange" ADD CONSTRAINT "StatusChange_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementArea" ADD CONSTRAINT "AgreementArea_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementArea" ADD CONSTRAINT "AgreementArea_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "CooperationArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroup" ADD CONSTRAINT "WorkingGroup_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroup" ADD CONSTRAINT "WorkingGroup_leadCologneId_fkey" FOREIGN KEY ("leadCologneId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroup" ADD CONSTRAINT "WorkingGroup_leadPartnerId_fkey" FOREIGN KEY ("leadPartnerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroupMember" ADD CONSTRAINT "WorkingGroupMember_workingGroupId_fkey" FOREIGN KEY ("workingGroupId") REFERENCES "WorkingGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroupMember" ADD CONSTRAINT "WorkingGroupMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_workingGroupId_fkey" FOREIGN KEY ("workingGroupId") REFERENCES "WorkingGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityAgreement" ADD CONSTRAINT "ActivityAgreement_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityAgreement" ADD CONSTRAINT "ActivityAgreement_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityArea" ADD CONSTRAINT "ActivityArea_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityArea" ADD CONSTRAINT "ActivityArea_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "CooperationArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityParticipant" ADD CONSTRAINT "ActivityParticipant_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityParticipant" ADD CONSTRAINT "ActivityParticipant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;
