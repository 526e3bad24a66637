-- CreateTable
CREATE TABLE "MailSettings" (
    "userId" VARCHAR(64) NOT NULL,
    "digest" BOOLEAN NOT NULL DEFAULT false,
    "kinds" VARCHAR(20)[],
    "language" VARCHAR(2) NOT NULL DEFAULT 'de',
    "ownerNotices" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MailSettings_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "MailRun" (
    "id" SERIAL NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "day" DATE NOT NULL,
    "jobId" VARCHAR(64),
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "planned" INTEGER NOT NULL DEFAULT 0,
    "sent" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "error" VARCHAR(2000),

    CONSTRAINT "MailRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailDelivery" (
    "id" SERIAL NOT NULL,
    "key" VARCHAR(400) NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "day" DATE NOT NULL,
    "userId" VARCHAR(64),
    "recipient" VARCHAR(320) NOT NULL,
    "subject" VARCHAR(500) NOT NULL,
    "entries" INTEGER NOT NULL DEFAULT 0,
    "status" VARCHAR(10) NOT NULL,
    "claimToken" VARCHAR(64) NOT NULL,
    "claimedAt" TIMESTAMPTZ(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "sentAt" TIMESTAMPTZ(3),
    "messageId" VARCHAR(400) NOT NULL,
    "lastError" VARCHAR(2000),
    "runId" INTEGER,

    CONSTRAINT "MailDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MailRun_startedAt_idx" ON "MailRun"("startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "MailDelivery_key_key" ON "MailDelivery"("key");

-- CreateIndex
CREATE INDEX "MailDelivery_status_claimedAt_idx" ON "MailDelivery"("status", "claimedAt");

-- CreateIndex
CREATE INDEX "MailDelivery_runId_idx" ON "MailDelivery"("runId");

-- AddForeignKey
ALTER TABLE "MailSettings" ADD CONSTRAINT "MailSettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailDelivery" ADD CONSTRAINT "MailDelivery_runId_fkey" FOREIGN KEY ("runId") REFERENCES "MailRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;
