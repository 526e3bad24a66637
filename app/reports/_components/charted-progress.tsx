// A report's milestone chart (dossier, annual report): the working groups chartedProgress picks (at most the
// dashboard's number, those with the most milestones), and a line saying so when there are more; nothing without
// milestones.
import { chartedProgress, type MilestoneProgressRow } from "@/server/export/report-data";
import { fmt } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import type { ReportMessages } from "@/server/i18n/messages";
import { MilestoneProgressChart } from "./milestone-progress-chart";

export function ChartedProgress({
  id,
  progress,
  r,
  locale,
}: {
  id: string;
  progress: readonly MilestoneProgressRow[];
  r: ReportMessages;
  locale: Locale;
}) {
  const charted = chartedProgress(progress);
  if (!charted.length) return null;
  return (
    <MilestoneProgressChart
      id={id}
      title={r.progressChart}
      hint={
        charted.length < progress.length
          ? fmt(r.progressChartTop, { shown: charted.length, total: progress.length }, locale)
          : undefined
      }
      rows={charted}
    />
  );
}
