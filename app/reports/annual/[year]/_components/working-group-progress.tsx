// The working groups' progress in the year: their milestones due or done in it, by status, as a chart; then per
// group (with its agreement's partner) each of those milestones with its status and date.
import { LabelBadge } from "@/app/_components/badges";
import { fmt, formatDate, partnerName } from "@/server/i18n/format";
import { ChartedProgress } from "../../../_components/charted-progress";
import { ReportSection, ReportTable, TruncatedNote } from "../../../_components/report-table";
import type { AnnualSectionProps } from "./annual-parts";

export function WorkingGroupProgress({ data, locale, m, r }: AnnualSectionProps) {
  const { year } = data;
  const title = fmt(r.workingGroupsInYear, { year }, locale);
  // "erledigt 3. August 2020"; "Offen, fällig 30. Juni 2020".
  const milestoneState = (milestone: AnnualSectionProps["data"]["workingGroups"][number]["milestones"][number]) =>
    milestone.doneOn
      ? fmt(r.milestoneDone, { date: formatDate(milestone.doneOn, locale) }, locale)
      : [
          m.enums.milestoneStatus[milestone.status],
          milestone.dueOn ? fmt(r.milestoneDue, { date: formatDate(milestone.dueOn, locale) }, locale) : null,
        ]
          .filter(Boolean)
          .join(", ");
  return (
    <ReportSection id="progress" title={title} className="report-section">
      {data.workingGroups.length ? <p>{fmt(r.workingGroupsInYearIntro, { year }, locale)}</p> : null}
      <TruncatedNote
        message={r.milestonesTruncated}
        shown={data.milestonesShown}
        total={data.milestonesTotal}
        locale={locale}
      />
      <ChartedProgress id="year-milestones" progress={data.progress} r={r} locale={locale} />
      {data.workingGroups.length ? (
        <ReportTable
          caption={title}
          widths={[36, 64]}
          heads={[m.dashboard.workingGroup, fmt(r.milestonesInYear, { year }, locale)]}
        >
          {data.workingGroups.map((group) => (
            <tr key={group.id}>
              <td>
                <strong>{group.name}</strong> <LabelBadge>{m.enums.workingGroupStatus[group.status]}</LabelBadge>
                <div className="small muted">
                  {partnerName(group.agreement.partner, locale)} · {group.agreement.title}
                </div>
              </td>
              <td>
                <ul className="report-milestones">
                  {group.milestones.map((milestone) => (
                    <li key={milestone.id}>
                      {milestone.title} <span className="small muted">({milestoneState(milestone)})</span>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </ReportTable>
      ) : (
        <p>{r.noMilestonesInYear}</p>
      )}
    </ReportSection>
  );
}
