"use client";
// The working groups' milestones by status as a chart (the dashboard's milestone chart) with its data table, in the
// annual report and the dossier. Drawn at once (DrawAllCharts): the page is printed, not scrolled.
import { ChartCard } from "@/app/_components/chart-card";
import { DrawAllCharts, MilestoneChart, WhenNearViewport } from "@/app/_components/dashboard/lazy-charts";
import { useI18n } from "@/app/_i18n/client";
import { MILESTONE_STATUSES } from "@/server/domain/enums";
import { MILESTONE_STATUS_COLORS } from "@/server/domain/status-colors";
import type { MilestoneProgressRow } from "@/server/export/report-data";

export function MilestoneProgressChart({
  id,
  title,
  hint,
  rows,
}: {
  id: string;
  title: string;
  hint?: string;
  rows: MilestoneProgressRow[];
}) {
  const { m } = useI18n();
  return (
    <DrawAllCharts>
      <ChartCard
        id={id}
        title={title}
        hint={hint}
        legend={MILESTONE_STATUSES.map((status) => [m.enums.milestoneStatus[status], MILESTONE_STATUS_COLORS[status]])}
        table={{
          head: [m.dashboard.workingGroup, ...MILESTONE_STATUSES.map((status) => m.enums.milestoneStatus[status])],
          rows: rows.map((row) => [row.name, ...MILESTONE_STATUSES.map((status) => row[status])]),
        }}
      >
        <WhenNearViewport>
          <MilestoneChart rows={rows} />
        </WhenNearViewport>
      </ChartCard>
    </DrawAllCharts>
  );
}
