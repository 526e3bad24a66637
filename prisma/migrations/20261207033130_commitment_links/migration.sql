-- CreateTable
CREATE TABLE "CommitmentMilestone" (
    "commitmentId" INTEGER NOT NULL,
    "milestoneId" INTEGER NOT NULL,

    CONSTRAINT "CommitmentMilestone_pkey" PRIMARY KEY ("commitmentId","milestoneId")
);

-- CreateTable
CREATE TABLE "CommitmentActivity" (
    "commitmentId" INTEGER NOT NULL,
    "activityId" INTEGER NOT NULL,

    CONSTRAINT "CommitmentActivity_pkey" PRIMARY KEY ("commitmentId","activityId")
);

-- CreateIndex
CREATE INDEX "CommitmentMilestone_milestoneId_idx" ON "CommitmentMilestone"("milestoneId");

-- CreateIndex
CREATE INDEX "CommitmentActivity_activityId_idx" ON "CommitmentActivity"("activityId");

-- AddForeignKey
ALTER TABLE "CommitmentMilestone" ADD CONSTRAINT "CommitmentMilestone_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentMilestone" ADD CONSTRAINT "CommitmentMilestone_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentActivity" ADD CONSTRAINT "CommitmentActivity_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentActivity" ADD CONSTRAINT "CommitmentActivity_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
